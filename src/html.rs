//! HTML (or plain text) → blocks.
//!
//! HTML is tokenized by [`crate::tokenize`], after the WHATWG standard (character references
//! decoded, `script`/`style`/`title`/`textarea` read in their script, raw-text and RCDATA states). On top of it a
//! small tree builder keeps the stack of open elements — with the implied end tags a browser
//! applies for `p`, `li`, `dt`/`dd`, `td`/`th`, `tr`, `option` and `head` — and cuts the text into
//! blocks at block-level elements. Each block carries its kind (heading, paragraph, list item, …),
//! the share of its text inside links, and the hint words of its element and its ancestors
//! (`nav`, `footer`, `menu`, class and id words such as `sidebar`, `related`, `share`), which
//! [`crate::select`] uses to tell the article from the boilerplate.
//!
//! The stack is capped at [`PageLimits::max_depth`] elements: deeper elements are treated as
//! siblings of the deepest kept one, as Chromium's parser does past its depth limit of 512. So
//! deeply nested input costs linear time and bounded memory.
//!
//! Plain text (no markup) is split into blocks at blank lines and list bullets.

use crate::tokenize::{tokenize, Sink};
use crate::PageLimits;

/// The kind of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    Quote,
    Preformatted,
    Caption,
    /// Text directly inside a generic container (`div`, `section`, `span` soup, …).
    Text,
}

/// Hint bits: what an element or its ancestors say they are.
pub mod hint {
    pub const NAV: u32 = 1 << 0;
    pub const MENU: u32 = 1 << 1;
    pub const HEADER: u32 = 1 << 2;
    pub const FOOTER: u32 = 1 << 3;
    pub const SIDEBAR: u32 = 1 << 4;
    pub const COMMENT: u32 = 1 << 5;
    pub const RELATED: u32 = 1 << 6;
    pub const SHARE: u32 = 1 << 7;
    pub const AD: u32 = 1 << 8;
    pub const LOGIN: u32 = 1 << 9;
    pub const TICKER: u32 = 1 << 10;
    pub const FORM: u32 = 1 << 11;
    pub const COOKIE: u32 = 1 << 12;
    pub const TAGS: u32 = 1 << 13;
    pub const BREADCRUMB: u32 = 1 << 14;
    /// Bylines, datelines, credits: about the article, not of it.
    pub const BYLINE: u32 = 1 << 15;
    /// Captions of photos and galleries: about a picture, not the article's text.
    pub const CAPTION: u32 = 1 << 16;
    /// The names of the bits, in bit order, as reported.
    pub const NAMES: [&str; 17] = [
        "nav",
        "menu",
        "header",
        "footer",
        "sidebar",
        "comment",
        "related",
        "share",
        "ad",
        "login",
        "ticker",
        "form",
        "cookie",
        "tags",
        "breadcrumb",
        "byline",
        "caption",
    ];

    /// The names of the bits set in `bits`.
    pub fn names(bits: u32) -> Vec<&'static str> {
        NAMES
            .iter()
            .enumerate()
            .filter(|(i, _)| bits >> i & 1 == 1)
            .map(|(_, n)| *n)
            .collect()
    }
}

/// Distinct languages a page's elements may declare ([`RawBlock::lang`]); past them (Wikipedia's
/// links to its other languages declare a few hundred, one each) elements declare none.
const MAX_DECLARED_LANGS: usize = 64;

/// The longest language tag kept: BCP 47 (RFC 5646, 4.4.1) asks for room for 35 characters.
const MAX_LANG_TAG: usize = 35;

/// Most of a JSON-LD script read (the rest is ignored): a news page's is a few kilobytes.
const MAX_LD_JSON_BYTES: usize = 256 * 1024;

/// A block of text as found in the page, before cleanup.
#[derive(Debug, Clone, PartialEq)]
pub struct RawBlock {
    pub kind: BlockKind,
    /// Heading level 1–6; 0 for other kinds.
    pub level: u8,
    /// The text, with the page's own whitespace.
    pub text: String,
    /// Non-space characters in the block, and how many of them are inside links.
    pub chars: u32,
    pub link_chars: u32,
    /// Link characters before the first character outside a link: a teaser's linked headline.
    pub lead_link_chars: u32,
    /// [`hint`] bits of the element and its ancestors.
    pub hints: u32,
    /// An ancestor is `<article>`, `<main>` or says it is the content (`class="article-body"`).
    pub in_article: bool,
    /// Which `<article>` element holds the block (the innermost, numbered from 1 in page order);
    /// 0 outside any.
    pub article_id: u32,
    /// Which `<table>` element holds the block (the innermost, numbered from 1 in page order); 0
    /// outside any.
    pub table_id: u32,
    /// An ancestor carries schema.org's `itemprop="articleBody"`: the publisher's own word for
    /// where the article is.
    pub declared_body: bool,
    /// The language an ancestor below `<body>` declares with its `lang` attribute (`<section
    /// lang="kk">`, an embedded post's `<p lang="en">`): 1 + its index in [`Parsed::langs`]; 0
    /// where none does (or it is blank: unknown). `<html lang>` is the page's, in [`PageMeta`].
    pub lang: u16,
}

impl RawBlock {
    /// Share of the block's characters inside links, in [0, 1].
    pub fn link_share(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Metadata a page declares.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageMeta {
    /// `<html lang>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_lang: Option<String>,
    /// `<title>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub og_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `article:published_time` or another published-date meta, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The calendar date of `published` as `YYYY-MM-DD`, when its format is known (ISO 8601,
    /// RFC 5322, a month name in English, Russian, Uzbek, Ukrainian or Belarusian, `19.11.2019`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_date: Option<String>,
    /// `<link rel="canonical">`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
}

/// The blocks of a page and what it says about itself.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub blocks: Vec<RawBlock>,
    pub meta: PageMeta,
    /// Whether the input was parsed as HTML (else as plain text).
    pub is_html: bool,
    /// Blocks past [`PageLimits::max_blocks`] were dropped.
    pub truncated: bool,
    /// Elements past [`PageLimits::max_depth`] were flattened.
    pub depth_limited: bool,
    /// The languages elements declare (see [`RawBlock::lang`]), each once, as written.
    pub langs: Vec<String>,
}

/// Whether `text` looks like HTML: a tag, comment or doctype early on.
pub fn looks_like_html(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(4096)];
    head.windows(2).any(|w| {
        w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!' || w[1] == b'/' || w[1] == b'?')
    })
}

/// Parses `text` as HTML if it looks like HTML, else as plain text.
pub fn parse(text: &str, limits: &PageLimits) -> Parsed {
    if looks_like_html(text) {
        parse_html(text, limits)
    } else {
        parse_text(text, limits)
    }
}

// ---------------------------------------------------------------------------------------------
// Element table

const F_BLOCK: u16 = 1; // starts and ends a block
const F_SKIP: u16 = 2; // its content is never text
const F_VOID: u16 = 4; // has no end tag
const F_LINK: u16 = 8; // text inside is link text
const F_ARTICLE: u16 = 16; // the content container
const F_CLOSES_P: u16 = 32; // its start tag closes an open <p>
const F_HEAD: u16 = 64; // belongs in <head>

struct TagInfo {
    flags: u16,
    kind: Option<BlockKind>,
    level: u8,
    hints: u32,
}

fn tag_info(name: &[u8]) -> TagInfo {
    use BlockKind::*;
    let b = F_BLOCK | F_CLOSES_P;
    let (flags, kind, level, hints) = match name {
        b"p" => (b, Some(Paragraph), 0, 0),
        b"h1" => (b, Some(Heading), 1, 0),
        b"h2" => (b, Some(Heading), 2, 0),
        b"h3" => (b, Some(Heading), 3, 0),
        b"h4" => (b, Some(Heading), 4, 0),
        b"h5" => (b, Some(Heading), 5, 0),
        b"h6" => (b, Some(Heading), 6, 0),
        b"li" => (F_BLOCK, Some(ListItem), 0, 0),
        b"dt" | b"dd" => (b, Some(ListItem), 0, 0),
        b"td" | b"th" => (F_BLOCK, Some(TableCell), 0, 0),
        b"blockquote" => (b, Some(Quote), 0, 0),
        b"pre" | b"listing" => (b, Some(Preformatted), 0, 0),
        b"figcaption" => (b, Some(Caption), 0, hint::CAPTION),
        b"caption" => (b, Some(Caption), 0, 0),
        b"nav" => (b, None, 0, hint::NAV),
        b"menu" => (b, None, 0, hint::MENU),
        b"header" => (b, None, 0, hint::HEADER),
        b"footer" => (b, None, 0, hint::FOOTER),
        b"aside" => (b, None, 0, hint::SIDEBAR),
        b"form" => (b, None, 0, hint::FORM),
        b"article" | b"main" => (b | F_ARTICLE, None, 0, 0),
        b"button" | b"select" | b"option" | b"optgroup" | b"label" => {
            (F_BLOCK, None, 0, hint::FORM)
        }
        // A dialog is drawn over the page (or not at all until opened), never the page's text.
        b"dialog" => (b, None, 0, hint::COOKIE),
        b"div" | b"section" | b"address" | b"center" | b"details" | b"dir" | b"dl"
        | b"fieldset" | b"figure" | b"hgroup" | b"ol" | b"ul" | b"summary" | b"legend"
        | b"search" => (b, None, 0, 0),
        b"table" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"body" | b"html" | b"frameset" => {
            (F_BLOCK, None, 0, 0)
        }
        b"hr" => (b | F_VOID, None, 0, 0),
        b"br" | b"wbr" | b"img" | b"input" | b"area" | b"col" | b"embed" | b"source" | b"track"
        | b"param" | b"keygen" | b"image" => (F_VOID, None, 0, 0),
        b"meta" | b"link" | b"base" => (F_VOID | F_HEAD, None, 0, 0),
        b"script" | b"style" | b"template" | b"noscript" | b"noembed" | b"noframes" => {
            (F_SKIP | F_HEAD, None, 0, 0)
        }
        b"title" => (F_HEAD, None, 0, 0),
        b"head" => (F_SKIP | F_HEAD, None, 0, 0),
        b"svg" | b"math" | b"iframe" | b"object" | b"canvas" | b"video" | b"audio"
        | b"textarea" | b"xmp" | b"frame" => (F_BLOCK | F_SKIP, None, 0, 0),
        b"a" => (F_LINK, None, 0, 0),
        _ => (0, None, 0, 0),
    };
    TagInfo {
        flags,
        kind,
        level,
        hints,
    }
}

/// Hint bits and the "this is the content" flag from one word of a class, id or role value.
fn word_hints(w: &str) -> (u32, bool) {
    let starts = |p: &str| w.starts_with(p);
    let bits = match w {
        "ad" | "ads" | "adv" | "advert" | "adverts" | "advertisement" | "banner" | "promo"
        | "reklama" | "sponsor" | "sponsored" | "adsbygoogle" => hint::AD,
        "tag" | "tags" | "tagcloud" | "keywords" | "rubric" | "rubrics" | "categories" => {
            hint::TAGS
        }
        "latest" | "popular" | "trending" | "related" | "recommended" | "recommend" | "similar"
        | "mostread" | "readmore" | "more" | "teaser" | "teasers" | "feed" | "lenta" | "also" => {
            hint::RELATED
        }
        "rates" | "rate" | "currency" | "currencies" | "exchange" | "weather" | "ticker"
        | "marquee" | "stock" | "breaking" | "kurs" => hint::TICKER,
        "login" | "signin" | "signup" | "auth" | "account" | "register" | "subscribe"
        | "subscription" | "newsletter" | "paywall" | "profile" => hint::LOGIN,
        "navigation" | "contentinfo" | "complementary" => match w {
            "navigation" => hint::NAV,
            "contentinfo" => hint::FOOTER,
            _ => hint::SIDEBAR,
        },
        "masthead" | "topbar" => hint::HEADER,
        "caption" | "captions" | "figcaption" | "gallery" | "slideshow" => hint::CAPTION,
        "copyright" => hint::FOOTER,
        "widget" | "widgets" | "rail" | "side" => hint::SIDEBAR,
        "reply" | "replies" | "discussion" | "disqus" => hint::COMMENT,
        "pagination" | "pager" | "paging" => hint::NAV,
        "popup" | "modal" | "overlay" | "consent" | "gdpr" | "dialog" | "alertdialog" => {
            hint::COOKIE
        }
        "search" | "searchform" => hint::FORM,
        "byline" | "bylines" | "author" | "authors" | "dateline" | "timestamp" | "published"
        | "pubdate" | "credit" | "credits" => hint::BYLINE,
        _ if starts("nav") => hint::NAV,
        _ if starts("menu") || starts("submenu") || starts("dropdown") || w == "menubar" => {
            hint::MENU
        }
        _ if starts("header") => hint::HEADER,
        _ if starts("footer") => hint::FOOTER,
        _ if starts("sidebar") || starts("aside") => hint::SIDEBAR,
        _ if starts("comment") => hint::COMMENT,
        _ if starts("related")
            || starts("recommend")
            || starts("popular")
            || starts("trending") =>
        {
            hint::RELATED
        }
        _ if starts("share") || starts("sharing") || starts("social") || starts("follow") => {
            hint::SHARE
        }
        _ if starts("advert") || starts("sponsor") || starts("banner") => hint::AD,
        _ if starts("breadcrumb") || starts("crumbs") => hint::BREADCRUMB,
        _ if starts("cookie") => hint::COOKIE,
        _ if starts("login") || starts("signin") || starts("subscri") => hint::LOGIN,
        _ if starts("ticker") => hint::TICKER,
        _ => 0,
    };
    let article = matches!(
        w,
        "article"
            | "content"
            | "post"
            | "entry"
            | "story"
            | "main"
            | "body"
            | "text"
            | "hentry"
            | "articlebody"
            | "maincontent"
            | "newsbody"
            | "fulltext"
    );
    (bits, article && bits == 0)
}

/// Hints from a class, id or role value: split into words at non-alphanumerics and at
/// lower→upper case changes (`mainMenu` → `main`, `menu`).
fn attr_hints(value: &str, bits: &mut u32, article: &mut bool) {
    for part in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let mut start = 0;
        let bytes = part.as_bytes();
        for i in 1..=bytes.len() {
            let boundary = i == bytes.len()
                || (bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase());
            if boundary {
                let w = part[start..i].to_ascii_lowercase();
                let (b, a) = word_hints(&w);
                *bits |= b;
                // A content word names the element only at the end of a camel-case compound
                // (`storyText`, `mainContent`), not inside one (`HeroTextBelow`: a teaser's part).
                *article |= a && i == bytes.len();
                start = i;
            }
        }
        // The whole part too: "mainmenu", "articlebody".
        if part.len() > 3 {
            let (b, a) = word_hints(&part.to_ascii_lowercase());
            *bits |= b;
            *article |= a;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tree builder

/// An element name, kept inline (names longer than 15 bytes are cut, which only matters for
/// matching end tags of custom elements with long equal prefixes).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Name {
    len: u8,
    bytes: [u8; 15],
}

impl Name {
    fn new(s: &[u8]) -> Self {
        let mut bytes = [0u8; 15];
        let len = s.len().min(15);
        bytes[..len].copy_from_slice(&s[..len]);
        Name {
            len: len as u8,
            bytes,
        }
    }
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
}

#[derive(Clone, Copy)]
struct Elem {
    name: Name,
    /// Cumulative over the ancestors:
    hints: u32,
    skip: bool,
    link: bool,
    article: bool,
    /// See [`RawBlock::article_id`].
    article_id: u32,
    /// See [`RawBlock::table_id`].
    table_id: u32,
    /// See [`RawBlock::declared_body`].
    declared_body: bool,
    /// See [`RawBlock::lang`].
    lang: u16,
    kind: Option<(BlockKind, u8)>,
    quote: bool,
    head: bool,
}

#[derive(Default)]
struct StartTag {
    name: Vec<u8>,
    class: Option<String>,
    id: Option<String>,
    role: Option<String>,
    property: Option<String>,
    meta_name: Option<String>,
    content: Option<String>,
    rel: Option<String>,
    href: Option<String>,
    lang: Option<String>,
    itemprop: Option<String>,
    datetime: Option<String>,
    type_: Option<String>,
}

struct Builder<'l> {
    limits: &'l PageLimits,
    stack: Vec<Elem>,
    /// Start tags not pushed because the stack was full, still open.
    overflow: usize,
    tag: StartTag,
    buf: String,
    chars: u32,
    link_chars: u32,
    /// The link characters seen when the first character outside a link came; None before.
    lead_link_chars: Option<u32>,
    ctx: Option<Elem>,
    in_title: bool,
    title: String,
    /// Inside `<script type="application/ld+json">`: its text so far (see [`crate::jsonld`]).
    ld_json: Option<String>,
    /// `<article>` elements entered so far.
    articles: u32,
    /// `<table>` elements entered so far.
    tables: u32,
    /// Where the last events leave two inline elements' texts: see [`Seam`].
    seam: Seam,
    /// The `href` (hashed) of the link last opened, and of the link last ended: two links side
    /// by side to one address are one link cut in pieces (`<a href=x>Arte</a><a href=x>mis</a>`).
    open_href: Option<u64>,
    ended_href: Option<u64>,
    out: Parsed,
}

/// The boundary between two sibling inline elements with nothing between them
/// (`<a>Terrence Sejnowski</a><span class="affiliation">Professor</span>`): browsers lay such
/// elements out apart by their style sheets far more often than they split a word, so their texts
/// are joined with a space unless the second goes on a word in lower case ([`Builder::text`]) —
/// but two links side by side to different addresses are always two (a scholar's interests,
/// `<a>machine learning</a><a>psychology</a>`): no page splits one word across two destinations.
/// (Editors do cut one link into pieces at one address, `<a href=x>Arte</a><a href=x>mis</a>`.)
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seam {
    None,
    /// An inline element with text before it has just ended (a link: `true`).
    Ended(bool),
    /// …and another has just started (both links: `true`).
    Started(bool),
}

/// A link's address, hashed (surrounding spaces left out, as browsers strip them).
fn href_hash(href: Option<&str>) -> Option<u64> {
    use std::hash::BuildHasher;
    href.map(|h| foldhash::fast::FixedState::with_seed(0).hash_one(h.trim()))
}

fn root() -> Elem {
    Elem {
        name: Name::new(b"#root"),
        hints: 0,
        skip: false,
        link: false,
        article: false,
        article_id: 0,
        table_id: 0,
        declared_body: false,
        lang: 0,
        kind: None,
        quote: false,
        head: false,
    }
}

impl<'l> Builder<'l> {
    fn new(limits: &'l PageLimits) -> Self {
        Builder {
            limits,
            stack: vec![root()],
            overflow: 0,
            tag: StartTag::default(),
            buf: String::new(),
            chars: 0,
            link_chars: 0,
            lead_link_chars: None,
            ctx: None,
            in_title: false,
            title: String::new(),
            ld_json: None,
            articles: 0,
            tables: 0,
            seam: Seam::None,
            open_href: None,
            ended_href: None,
            out: Parsed {
                is_html: true,
                ..Parsed::default()
            },
        }
    }

    fn top(&self) -> &Elem {
        // The root is never popped.
        &self.stack[self.stack.len() - 1]
    }

    fn flush(&mut self) {
        if let Some(ctx) = self.ctx.take() {
            if self.chars > 0 {
                if self.out.blocks.len() >= self.limits.max_blocks {
                    self.out.truncated = true;
                } else {
                    let (kind, level) = ctx.kind.unwrap_or(if ctx.quote {
                        (BlockKind::Quote, 0)
                    } else {
                        (BlockKind::Text, 0)
                    });
                    self.out.blocks.push(RawBlock {
                        kind,
                        level,
                        text: std::mem::take(&mut self.buf),
                        chars: self.chars,
                        link_chars: self.link_chars,
                        lead_link_chars: self.lead_link_chars.unwrap_or(self.link_chars),
                        hints: ctx.hints,
                        in_article: ctx.article,
                        article_id: ctx.article_id,
                        table_id: ctx.table_id,
                        declared_body: ctx.declared_body,
                        lang: ctx.lang,
                    });
                }
            }
        }
        self.buf.clear();
        self.chars = 0;
        self.link_chars = 0;
        self.lead_link_chars = None;
    }

    fn text(&mut self, s: &str) {
        if let Some(json) = &mut self.ld_json {
            if json.len() + s.len() <= MAX_LD_JSON_BYTES {
                json.push_str(s);
            }
            return;
        }
        if let Seam::Started(links) = std::mem::replace(&mut self.seam, Seam::None) {
            let prev = self.buf.chars().next_back();
            let next = s.chars().next();
            if let (Some(p), Some(n), Some(_)) = (prev, next, &self.ctx) {
                if !p.is_whitespace()
                    && n.is_alphanumeric()
                    && (links || !(p.is_alphabetic() && n.is_lowercase()))
                {
                    self.buf.push(' ');
                }
            }
        }
        if self.in_title {
            if self.title.len() < self.limits.max_block_bytes {
                self.title.push_str(s);
            }
            return;
        }
        let top = *self.top();
        if top.skip || top.head {
            return;
        }
        let n = s.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if n == 0 && self.ctx.is_none() {
            return;
        }
        if self.ctx.is_none() {
            self.ctx = Some(top);
        }
        if self.buf.len() + s.len() > self.limits.max_block_bytes {
            // A giant text node: cut it into blocks of at most max_block_bytes, at characters.
            let mut rest = s;
            while !rest.is_empty() {
                let room = self.limits.max_block_bytes.saturating_sub(self.buf.len());
                if room == 0 {
                    self.flush();
                    self.ctx = Some(top);
                    continue;
                }
                let mut cut = room.min(rest.len());
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                if cut == 0 {
                    // Not even one character fits after what the block holds: start a new one.
                    self.flush();
                    self.ctx = Some(top);
                    cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
                }
                let (piece, tail) = rest.split_at(cut);
                let k = piece.chars().filter(|c| !c.is_whitespace()).count() as u32;
                self.buf.push_str(piece);
                self.chars += k;
                if top.link {
                    self.link_chars += k;
                } else if k > 0 && self.lead_link_chars.is_none() {
                    self.lead_link_chars = Some(self.link_chars);
                }
                rest = tail;
            }
            return;
        }
        self.buf.push_str(s);
        self.chars += n;
        if top.link {
            self.link_chars += n;
        } else if n > 0 && self.lead_link_chars.is_none() {
            self.lead_link_chars = Some(self.link_chars);
        }
    }

    fn pop_to(&mut self, idx: usize) {
        // Keep the root.
        let idx = idx.max(1);
        if idx < self.stack.len() {
            self.stack.truncate(idx);
        }
    }

    /// Index of the topmost open element named `name`, searching no further down than an element
    /// in `stop_at` (the "scope" of list items, cells, paragraphs).
    fn find_open(&self, name: &[u8], stop_at: &[&[u8]]) -> Option<usize> {
        for i in (1..self.stack.len()).rev() {
            let n = self.stack[i].name.as_bytes();
            if n == name {
                return Some(i);
            }
            if stop_at.contains(&n) {
                return None;
            }
        }
        None
    }

    fn implied_end_tags(&mut self, name: &[u8], info: &TagInfo) {
        const SCOPE: &[&[u8]] = &[
            b"div", b"table", b"td", b"th", b"ul", b"ol", b"body", b"html", b"article", b"section",
        ];
        if info.flags & F_CLOSES_P != 0 {
            if let Some(i) = self.find_open(b"p", SCOPE) {
                self.pop_to(i);
            }
        }
        let closes: &[&[u8]] = match name {
            b"li" => &[b"li"],
            b"dt" | b"dd" => &[b"dt", b"dd"],
            b"td" | b"th" => &[b"td", b"th"],
            b"tr" => &[b"tr", b"td", b"th"],
            b"option" => &[b"option"],
            _ => &[],
        };
        let stop: &[&[u8]] = match name {
            b"li" => &[b"ul", b"ol", b"menu"],
            b"dt" | b"dd" => &[b"dl"],
            b"td" | b"th" | b"tr" => &[b"table"],
            b"option" => &[b"select", b"optgroup", b"datalist"],
            _ => &[],
        };
        for c in closes {
            if let Some(i) = self.find_open(c, stop) {
                self.pop_to(i);
            }
        }
        // Flow content in <head> closes it.
        if info.flags & F_HEAD == 0 && name != b"head" {
            if let Some(i) = self
                .stack
                .iter()
                .rposition(|e| e.name.as_bytes() == b"head")
            {
                self.pop_to(i);
            }
        }
    }

    fn start_tag(&mut self) {
        let tag = std::mem::take(&mut self.tag);
        self.open_element(&tag);
        // The name's buffer serves the next tag.
        self.tag.name = tag.name;
    }

    fn open_element(&mut self, tag: &StartTag) {
        let name = tag.name.as_slice();
        let info = tag_info(name);
        self.seam = if let (Seam::Ended(link), 0) =
            (self.seam, info.flags & (F_BLOCK | F_VOID | F_SKIP))
        {
            match name {
                b"sup" | b"sub" => Seam::None,
                b"a" => Seam::Started(link && href_hash(tag.href.as_deref()) != self.ended_href),
                _ => Seam::Started(false),
            }
        } else {
            Seam::None
        };
        if name == b"a" {
            self.open_href = href_hash(tag.href.as_deref());
        }
        match name {
            b"html" => {
                if let Some(lang) = &tag.lang {
                    self.out
                        .meta
                        .html_lang
                        .get_or_insert_with(|| lang.trim().to_string());
                }
            }
            b"meta" => self.meta(tag),
            b"link" => {
                let canonical = tag.rel.as_deref().is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    if let Some(href) = &tag.href {
                        self.out
                            .meta
                            .canonical
                            .get_or_insert_with(|| href.trim().to_string());
                    }
                }
            }
            b"title" => {
                // Only the first <title> outside <svg> counts, as in browsers.
                if !self.top().skip || self.top().head {
                    self.in_title = self.out.meta.title.is_none();
                }
                return;
            }
            b"script"
                if tag
                    .type_
                    .as_deref()
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                self.ld_json = Some(String::new());
            }
            b"time"
                if self.out.meta.published.is_none()
                    && tag.itemprop.as_deref() == Some("datePublished") =>
            {
                self.out.meta.published = tag.datetime.clone();
            }
            _ => {}
        }
        if tag.itemprop.as_deref() == Some("author") && self.out.meta.author.is_none() {
            if let Some(c) = &tag.content {
                self.out.meta.author = Some(c.trim().to_string());
            }
        }
        self.implied_end_tags(name, &info);
        if info.flags & F_BLOCK != 0 {
            self.flush();
        }
        if name == b"br" && self.ctx.is_some() {
            self.buf.push('\n');
        }
        if info.flags & F_VOID != 0 {
            return;
        }
        if self.stack.len() > self.limits.max_depth {
            self.overflow += 1;
            self.out.depth_limited = true;
            return;
        }
        let parent = *self.top();
        let mut hints = info.hints;
        let mut article = info.flags & F_ARTICLE != 0;
        // Classes of <html> and <body> describe the page's state (`has-sidebar`, `nav-open`), not
        // a region of it.
        if name != b"html" && name != b"body" {
            for v in [&tag.class, &tag.id, &tag.role].into_iter().flatten() {
                attr_hints(v, &mut hints, &mut article);
            }
        }
        // schema.org's `itemprop="articleBody"` is the publisher saying where the article is: it
        // outweighs the words of the element's own classes (`article-inner-content-breaking-news`).
        let declared = tag
            .itemprop
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case("articlebody"));
        if declared {
            hints = 0;
            article = true;
        }
        // Entering the content container (`<article>`, `class="post-content"`), the hints of the
        // layout around it (`<div class="page-with-sidebar">`) no longer apply.
        let inherited = if article && hints == 0 {
            // …but the content of a comment (`<div class="comment"><div class="content">`) is
            // still a comment, and that of a cookie dialog (`cli-tab-content`) still the dialog.
            parent.hints & (hint::COMMENT | hint::COOKIE)
        } else {
            parent.hints
        };
        let kind = match info.kind {
            Some(k) => Some((k, info.level)),
            None => parent.kind,
        };
        let article_id = if name == b"article" {
            self.articles += 1;
            self.articles
        } else {
            parent.article_id
        };
        let table_id = if name == b"table" {
            self.tables += 1;
            self.tables
        } else {
            parent.table_id
        };
        let lang = match tag.lang.as_deref().map(str::trim) {
            // `<html lang>` (kept as the page's) and `<body lang>` are a template's word for the
            // whole site, often left at its default; an element's is its author's for its part.
            Some(_) if name == b"html" || name == b"body" => parent.lang,
            Some("") => 0,
            Some(l) => self.lang_number(l),
            None => parent.lang,
        };
        self.stack.push(Elem {
            name: Name::new(name),
            hints: inherited | hints,
            skip: parent.skip || info.flags & F_SKIP != 0 && name != b"head",
            link: parent.link || info.flags & F_LINK != 0,
            article: parent.article || article,
            article_id,
            table_id,
            declared_body: parent.declared_body || declared,
            lang,
            kind,
            quote: parent.quote || name == b"blockquote",
            head: parent.head || name == b"head",
        });
    }

    /// 1 + the index of the declared language `lang` in [`Parsed::langs`], added if new (0 once
    /// a page has declared too many distinct ones to be anything but noise).
    fn lang_number(&mut self, lang: &str) -> u16 {
        let langs = &mut self.out.langs;
        if lang.len() > MAX_LANG_TAG {
            return 0;
        }
        if let Some(i) = langs.iter().position(|l| l == lang) {
            return i as u16 + 1;
        }
        if langs.len() >= MAX_DECLARED_LANGS {
            return 0;
        }
        langs.push(lang.to_string());
        langs.len() as u16
    }

    fn meta(&mut self, tag: &StartTag) {
        let Some(content) = tag.content.as_deref().map(str::trim) else {
            return;
        };
        let key = tag
            .property
            .as_deref()
            .or(tag.meta_name.as_deref())
            .or(tag.itemprop.as_deref())
            .unwrap_or("")
            .to_ascii_lowercase();
        let m = &mut self.out.meta;
        let slot = match key.as_str() {
            "og:title" => &mut m.og_title,
            "og:site_name" => &mut m.site_name,
            "description" | "og:description" => &mut m.description,
            "author" | "article:author" => &mut m.author,
            "article:published_time" | "datepublished" | "pubdate" | "date" => &mut m.published,
            _ => return,
        };
        if slot.is_none() && !content.is_empty() {
            *slot = Some(content.to_string());
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        if name == b"script" {
            if let Some(json) = self.ld_json.take() {
                let stated = crate::jsonld::read(&json);
                let meta = &mut self.out.meta;
                if meta.published.is_none() {
                    meta.published = stated.published;
                }
                if meta.author.is_none() {
                    meta.author = stated.author;
                }
            }
        }
        if name == b"title" {
            if self.in_title {
                self.in_title = false;
                let t = std::mem::take(&mut self.title);
                self.out.meta.title = Some(t);
            }
            return;
        }
        let info = tag_info(name);
        self.seam = if info.flags & (F_BLOCK | F_VOID | F_SKIP) == 0 && !self.buf.is_empty() {
            if name == b"a" {
                self.ended_href = self.open_href;
            }
            Seam::Ended(name == b"a")
        } else {
            Seam::None
        };
        if name == b"br" {
            // "</br>" is a <br> (WHATWG tree construction).
            if self.ctx.is_some() {
                self.buf.push('\n');
            }
            return;
        }
        if info.flags & F_VOID != 0 {
            return;
        }
        if self.overflow > 0 {
            self.overflow -= 1;
            return;
        }
        if let Some(i) = self.stack.iter().rposition(|e| e.name.as_bytes() == name) {
            if i > 0 {
                if info.flags & F_BLOCK != 0
                    || self.stack[i..]
                        .iter()
                        .any(|e| e.kind != self.stack[i - 1].kind)
                {
                    self.flush();
                }
                self.pop_to(i);
            }
        }
    }
}

impl Sink for Builder<'_> {
    fn start_tag(&mut self, name: &[u8]) {
        let mut tag = StartTag {
            name: std::mem::take(&mut self.tag.name),
            ..StartTag::default()
        };
        tag.name.clear();
        tag.name.extend_from_slice(name);
        self.tag = tag;
    }

    fn attribute(&mut self, name: &[u8], value: &[u8]) {
        let t = &mut self.tag;
        let slot = match name {
            b"class" => &mut t.class,
            b"id" => &mut t.id,
            b"role" => &mut t.role,
            b"property" => &mut t.property,
            b"name" => &mut t.meta_name,
            b"content" => &mut t.content,
            b"rel" => &mut t.rel,
            b"href" => &mut t.href,
            b"lang" => &mut t.lang,
            b"itemprop" => &mut t.itemprop,
            b"datetime" => &mut t.datetime,
            b"type" => &mut t.type_,
            _ => return,
        };
        // The first of duplicate attributes wins (WHATWG tokenizer).
        if slot.is_none() {
            let cap = value.len().min(4096);
            *slot = Some(String::from_utf8_lossy(&value[..cap]).into_owned());
        }
    }

    fn start_tag_done(&mut self) {
        self.start_tag();
    }

    fn end_tag(&mut self, name: &[u8]) {
        Builder::end_tag(self, name);
    }

    fn text(&mut self, text: &str) {
        Builder::text(self, text);
    }
}

/// Parses HTML into blocks.
pub fn parse_html(text: &str, limits: &PageLimits) -> Parsed {
    let mut builder = Builder::new(limits);
    tokenize(text, &mut builder);
    builder.flush();
    if builder.in_title {
        builder.out.meta.title = Some(std::mem::take(&mut builder.title));
    }
    let meta = &mut builder.out.meta;
    meta.published_date = meta
        .published
        .as_deref()
        .and_then(crate::date::calendar_date);
    builder.out
}

// ---------------------------------------------------------------------------------------------
// Plain text

const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '‣', '●', '○', '■', '□', '·', '-', '*', '–', '—', '+',
];

/// A bulleted line's text without its bullet.
fn strip_bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let mut chars = t.chars();
    let first = chars.next()?;
    if !BULLETS.contains(&first) {
        return None;
    }
    let rest = chars.as_str();
    // "- item" / "• item"; "•item" also for round bullets, never "-5" or "--".
    if rest.starts_with(char::is_whitespace) || (!first.is_ascii() && !matches!(first, '–' | '—'))
    {
        Some(rest.trim_start())
    } else {
        None
    }
}

/// The narrowest hard-wrapped text (in characters): shorter lines of about one length are a
/// list (a date, then two clocks), not a paragraph wrapped that narrow.
const WRAP_MIN_WIDTH: usize = 40;

/// Splits plain text into blocks: at blank lines, and each bulleted line is a list item. Within a
/// chunk between blank lines, lines are joined into one paragraph when they look hard-wrapped
/// (every line but the last within 100 characters, and too long to have taken the next line's
/// first word within the chunk's width), and kept one block per line otherwise (text copied from
/// a page: one paragraph per line, a menu's items).
pub fn parse_text(text: &str, limits: &PageLimits) -> Parsed {
    let mut out = Parsed::default();
    let mut chunk: Vec<&str> = Vec::new();
    let push = |out: &mut Parsed, kind: BlockKind, text: String| {
        let chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if chars == 0 {
            return;
        }
        if out.blocks.len() >= limits.max_blocks {
            out.truncated = true;
            return;
        }
        out.blocks.push(RawBlock {
            kind,
            level: 0,
            text,
            chars,
            link_chars: 0,
            lead_link_chars: 0,
            hints: 0,
            in_article: false,
            article_id: 0,
            table_id: 0,
            declared_body: false,
            lang: 0,
        });
    };
    let flush_chunk = |out: &mut Parsed, chunk: &mut Vec<&str>| {
        if chunk.is_empty() {
            return;
        }
        // Hard-wrapped: no line could have taken the next line's first word within the width
        // of the longest line (a menu's short lines could: News, Events Calendar).
        let len = |l: &str| l.trim().chars().count();
        let width = chunk.iter().map(|l| len(l)).max().unwrap_or(0);
        let wrapped = chunk.len() > 1
            && width >= WRAP_MIN_WIDTH
            && chunk.windows(2).all(|w| {
                let next = w[1]
                    .split_whitespace()
                    .next()
                    .map_or(0, |t| t.chars().count());
                len(w[0]) <= 100 && len(w[0]) + 1 + next > width
            });
        if wrapped {
            push(out, BlockKind::Paragraph, chunk.join(" "));
        } else {
            for line in chunk.iter() {
                push(out, BlockKind::Paragraph, line.to_string());
            }
        }
        chunk.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush_chunk(&mut out, &mut chunk);
        } else if let Some(item) = strip_bullet(line) {
            flush_chunk(&mut out, &mut chunk);
            push(&mut out, BlockKind::ListItem, item.to_string());
        } else {
            chunk.push(line);
        }
    }
    flush_chunk(&mut out, &mut chunk);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String, u32)> {
        parse_html(html, &PageLimits::default())
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text.trim().to_string(), b.hints))
            .collect()
    }

    #[test]
    fn kinds_and_text() {
        let b = blocks("<h1>Title</h1><p>One &amp; <b>two</b></p><ul><li>a<li>b</ul><blockquote>q</blockquote><pre>x\n y</pre>");
        let kinds: Vec<_> = b.iter().map(|x| (x.0, x.1.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "Title"),
                (BlockKind::Paragraph, "One & two"),
                (BlockKind::ListItem, "a"),
                (BlockKind::ListItem, "b"),
                (BlockKind::Quote, "q"),
                (BlockKind::Preformatted, "x\n y"),
            ]
        );
    }

    #[test]
    fn sibling_inline_elements_are_spaced_unless_a_word_goes_on() {
        let text = |html: &str| blocks(html).into_iter().map(|b| b.1).collect::<Vec<_>>();
        // A Google Scholar co-author: name, affiliation and e-mail in adjacent spans.
        assert_eq!(
            text("<li><a href='/u'>Terrence Sejnowski</a><span>Salk Institute</span><span>Verified email</span></li>"),
            ["Terrence Sejnowski Salk Institute Verified email"]
        );
        // Years of a chart, one span each.
        assert_eq!(
            text("<div><span>1990</span><span>1991</span><span>1992</span></div>"),
            ["1990 1991 1992"]
        );
        // A word split by markup, a footnote mark, punctuation and text outside elements stay as
        // they are.
        assert_eq!(
            text("<p><b>Ko</b><i>mpyuter</i> <a>word</a><sup>1</sup> <em>Tashkent</em><span>,</span> <b>O</b>zbek</p>"),
            ["Kompyuter word1 Tashkent, Ozbek"]
        );
        // Two links are two, whatever their case: a scholar's interests.
        assert_eq!(
            text("<div><a href='/1'>machine learning</a><a href='/2'>psychology</a><a href='/3'>cognitive science</a></div>"),
            ["machine learning psychology cognitive science"]
        );
        // A link cut into pieces at one address is still one word.
        assert_eq!(
            text("<p>join its <a href='/artemis'>Arte</a><a href=' /artemis'>mis m</a><a href='/artemis'>oon program</a>.</p>"),
            ["join its Artemis moon program."]
        );
    }

    #[test]
    fn scripts_styles_comments_are_not_text() {
        let b = blocks("<p>a<script>if (a<b) x='</p>'</script>b<style>p{}</style><!-- c --><noscript>n</noscript><template>t</template></p>");
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].1, "ab");
    }

    #[test]
    fn hints_and_links() {
        let p = parse_html(
            "<nav class='main-menu'><ul><li><a href=/>Home</a></li></ul></nav><div id=sidebarRight><p>x</p></div><article><p>Text <a>link</a></p></article>",
            &PageLimits::default(),
        );
        assert_eq!(p.blocks[0].hints, hint::NAV | hint::MENU);
        assert_eq!(p.blocks[0].link_share(), 1.0);
        assert_eq!(p.blocks[1].hints, hint::SIDEBAR);
        assert!(p.blocks[2].in_article);
        assert!((p.blocks[2].link_share() - 4.0 / 8.0).abs() < 1e-6);
        // A content container resets the layout's hints, but not a comment's; articles are
        // numbered, the innermost counting.
        let p = parse_html(
            "<div class='sidebar'><div class='post-content'><p>a</p></div></div>\
             <div class='comment'><div class='content'><p>b</p></div></div>\
             <article><p>c</p><article><p>d</p></article></article>",
            &PageLimits::default(),
        );
        assert_eq!(p.blocks[0].hints, 0);
        assert_eq!(p.blocks[1].hints, hint::COMMENT);
        let ids: Vec<u32> = p.blocks.iter().map(|b| b.article_id).collect();
        assert_eq!(ids, [0, 0, 1, 2]);
        // …nor a cookie dialog's.
        let cookie = parse_html(
            "<div class='cookie-law-info'><div class='cli-tab-content'><p>c</p></div></div>",
            &PageLimits::default(),
        );
        assert_eq!(cookie.blocks[0].hints, hint::COOKIE);
    }

    #[test]
    fn elements_declare_their_language() {
        let p = parse_html(
            "<html lang=ru><body lang=ru><p>a</p><section lang=' kk '><h2>b</h2><p>c \
             <span lang=en>d</span></p><div lang=' '><p>e</p></div></section>\
             <blockquote><p lang=en-US>f</p></blockquote><p lang=kk>g</p>\
             <p lang=abcdefghijklmnopqrstuvwxyzabcdefghijklmn>h</p>",
            &PageLimits::default(),
        );
        assert_eq!(p.meta.html_lang.as_deref(), Some("ru"));
        assert_eq!(p.langs, ["kk", "en", "en-US"]);
        let langs: Vec<(&str, u16)> = p.blocks.iter().map(|b| (b.text.trim(), b.lang)).collect();
        // `<html>`'s and `<body>`'s are the page's, not a part's; a block is its element's (the
        // span inside it is a word of it); a blank `lang` is unknown; a tag too long for BCP 47
        // is no declaration.
        assert_eq!(
            langs,
            [
                ("a", 0),
                ("b", 1),
                ("c d", 1),
                ("e", 0),
                ("f", 3),
                ("g", 1),
                ("h", 0)
            ]
        );
    }

    #[test]
    fn meta() {
        let p = parse_html(
            "<html lang=uz><head><title>T &mdash; x</title><meta property='og:title' content='OG'><meta property=og:site_name content=Daryo><link rel=canonical href='https://daryo.uz/a'><meta name=author content='A. B.'></head><body><p>x</p>",
            &PageLimits::default(),
        );
        assert_eq!(p.meta.html_lang.as_deref(), Some("uz"));
        assert_eq!(p.meta.title.as_deref(), Some("T — x"));
        assert_eq!(p.meta.og_title.as_deref(), Some("OG"));
        assert_eq!(p.meta.site_name.as_deref(), Some("Daryo"));
        assert_eq!(p.meta.canonical.as_deref(), Some("https://daryo.uz/a"));
        assert_eq!(p.meta.author.as_deref(), Some("A. B."));
        assert_eq!(p.blocks.len(), 1);
        // Stated in schema.org JSON-LD only, as many news sites do; its text is no block, and a
        // `</p>` or `<b>` inside the JSON is script text, not markup.
        let p = parse_html(
            r#"<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"<b>Toshkent</b></p>","datePublished":"2023-06-01T10:00:00+05:00",
            "author":[{"@type":"Person","name":"Dilshod Hamzayev"}]}</script>
            <script type="application/ld+json">{"datePublished":"1999-01-01","author":"Other"}</script>
            <script>var author = "not this";</script></head><body><p>x</p>"#,
            &PageLimits::default(),
        );
        assert_eq!(
            p.meta.published.as_deref(),
            Some("2023-06-01T10:00:00+05:00")
        );
        assert_eq!(p.meta.author.as_deref(), Some("Dilshod Hamzayev"));
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["x"]);
        // A CMS's empty date is none.
        let p = parse_html(
            r#"<script type="application/ld+json">{"datePublished":"0001-01-01T00:00:00Z"}</script><p>x</p>"#,
            &PageLimits::default(),
        );
        assert_eq!(p.meta.published, None);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000) + "<p>after</p>";
        let p = parse_html(&html, &PageLimits::default());
        assert!(p.depth_limited);
        let texts: Vec<_> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["deep", "after"]);
    }

    #[test]
    fn unclosed_and_stray_tags() {
        let b = blocks("<p>one<p>two</span></div><li>three");
        let texts: Vec<_> = b.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["one", "two", "three"]);
    }

    #[test]
    fn plain_text_blocks() {
        let p = parse_text("Title line\n\n• Menu\n  • Item two\nA long paragraph line that goes on and on, well past one hundred characters, as text copied from a page does.\nSecond paragraph.\n\na paragraph hard-wrapped at about forty-five\ncharacters, as plain text files often are\n\nOfficial Website of the Republic\nNews\nEvents Calendar\n", &PageLimits::default());
        let got: Vec<_> = p.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Paragraph, "Title line"),
                (BlockKind::ListItem, "Menu"),
                (BlockKind::ListItem, "Item two"),
                (BlockKind::Paragraph, "A long paragraph line that goes on and on, well past one hundred characters, as text copied from a page does."),
                (BlockKind::Paragraph, "Second paragraph."),
                (
                    BlockKind::Paragraph,
                    "a paragraph hard-wrapped at about forty-five characters, as plain text files often are"
                ),
                // A menu's lines, each short enough to have taken the next one's first word.
                (BlockKind::Paragraph, "Official Website of the Republic"),
                (BlockKind::Paragraph, "News"),
                (BlockKind::Paragraph, "Events Calendar"),
            ]
        );
    }
}
