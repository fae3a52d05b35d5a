//! The serializable result of [`crate::normalize_page`].
//!
//! Field names serialize in camelCase, as JavaScript receives them.

use crate::decode::EncodingSource;
use crate::html::{BlockKind, PageMeta};

/// Serializes a score as a number with three decimals (0.7, not 0.7000000476837158).
pub(crate) fn round3<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*x) * 1000.0).round() / 1000.0)
}

/// One block of the page. Its language is read with the page's language as a prior (see
/// [`crate::detect::lang::detect_in`]), and a block under 25 letters left under 0.3 confidence
/// is `und`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockReport {
    /// `heading`, `paragraph`, `list-item`, `table-cell`, `quote`, `preformatted`, `caption`, `text`.
    pub kind: BlockKind,
    /// Heading level 1–6 (headings only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The cleaned text (see [`crate::clean`]).
    pub text: String,
    /// ISO 639-1 language code, or `und`.
    pub lang: &'static str,
    /// ISO 15924 script code (`Zyyy` when the block has no letters).
    pub script: &'static str,
    /// BCP 47 tag (`uz-Cyrl`, `ru`, `en`, `und-Latn`).
    pub tag: String,
    /// Confidence of the language, in [0, 1].
    #[serde(serialize_with = "round3")]
    pub confidence: f32,
    /// True when the block is navigation, a menu, a footer, a related-news list, … (kept, flagged).
    pub boilerplate: bool,
    /// Why it is boilerplate: hint words (`nav`, `menu`, `footer`, `related`, …), `links`,
    /// `teaser` (in a list of linked headlines with their excerpts), `repeated`, `short`,
    /// `context` (among boilerplate) or `outside` (away from the article).
    /// Empty for content.
    pub reasons: Vec<&'static str>,
    /// Share of the block's characters inside links, in [0, 1].
    #[serde(serialize_with = "round3")]
    pub link_share: f32,
    /// When the block changes language (a quotation in another language): its runs, in order,
    /// each with its text and language. Absent when the block is in one language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runs: Vec<crate::detect::lang::Run>,
    /// Words that mixed Latin and Cyrillic look-alike letters, as the page wrote them; the block
    /// text has them in one script.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mixed_script: Vec<String>,
    /// When the block's text was mojibake: what was undone (`UTF-8 read as windows-1251`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repaired: Vec<&'static str>,
    /// The block in another script, when the `translit` option asks for it and a system covers
    /// the block's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translit: Option<String>,
}

/// What [`crate::normalize_page`] returns.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageReport {
    /// The encoding the bytes were decoded with, by its WHATWG name (`UTF-8`, `windows-1251`).
    pub encoding: &'static str,
    /// How it was chosen: `bom`, `transport`, `meta`, `detected`, or `text` (input was a string).
    pub encoding_source: EncodingSource,
    /// Some bytes were malformed and became U+FFFD.
    pub had_errors: bool,
    /// Whether the input was read as HTML (else as plain text).
    pub is_html: bool,
    /// The page title (cleaned), if one was found.
    pub title: Option<String>,
    /// Language of the page's content blocks, weighted by length (`und` if none).
    pub lang: &'static str,
    /// Dominant script of the content blocks.
    pub script: &'static str,
    /// BCP 47 tag of the page language.
    pub tag: String,
    /// Confidence of the page language, in [0, 1].
    #[serde(serialize_with = "round3")]
    pub confidence: f32,
    /// Every language of the content blocks (all blocks when none is content), with its share of
    /// their characters, largest first: a page in several languages shows them all here, where
    /// `tag` names the largest and `confidence` is low.
    pub languages: Vec<LanguageShare>,
    /// What the page declares about itself.
    pub meta: PageMeta,
    /// Every block, in document order.
    pub blocks: Vec<BlockReport>,
    /// Who and what the content mentions, each name with its spellings merged across scripts,
    /// most mentioned first.
    pub names: Vec<crate::names::NameEntry>,
    /// Blocks past `maxBlocks` were dropped.
    pub truncated: bool,
    /// Elements nested deeper than `maxDepth` were flattened.
    pub depth_limited: bool,
}

/// One language of a page ([`PageReport::languages`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LanguageShare {
    pub lang: &'static str,
    pub script: &'static str,
    /// BCP 47 tag (`uz-Cyrl`, `ru`).
    pub tag: String,
    /// Share of the characters of the blocks whose language is known, in (0, 1].
    #[serde(serialize_with = "round3")]
    pub share: f32,
}

impl PageReport {
    /// The content (non-boilerplate) blocks.
    pub fn content(&self) -> impl Iterator<Item = &BlockReport> {
        self.blocks.iter().filter(|b| !b.boilerplate)
    }

    /// The article's body as plain text: the content blocks but the title and image captions,
    /// one block a paragraph (separated by a blank line).
    pub fn article_text(&self) -> String {
        self.body(false)
    }

    /// The article for a reader, as plain text: the title, a blank line, then the body as
    /// [`PageReport::article_text`] writes it. `transliterated`: each block, and the title when
    /// it is one of them, in its transliterated view where it has one (the `translit` option).
    pub fn article(&self, transliterated: bool) -> String {
        let body = self.body(transliterated);
        let Some(title) = self.title.as_deref() else {
            return body;
        };
        let title = self
            .title_block()
            .and_then(|b| b.translit.as_deref().filter(|_| transliterated))
            .unwrap_or(title);
        if body.is_empty() {
            title.to_string()
        } else {
            format!("{title}\n\n{body}")
        }
    }

    /// The content block the title is, when it is one: the first content block when the title
    /// was taken from it (a page with no heading or `<title>`, or plain text, whose first line is
    /// its title), else a heading of its text, else any content block of its text (a profile's
    /// name in a plain block after other content).
    fn title_block(&self) -> Option<&BlockReport> {
        let title = self.title.as_deref()?;
        let first = self.content().next().filter(|b| b.text == title);
        first
            .or_else(|| {
                self.content()
                    .find(|b| b.kind == BlockKind::Heading && b.text == title)
            })
            .or_else(|| self.content().find(|b| b.text == title))
    }

    fn body(&self, transliterated: bool) -> String {
        let title = self.title_block();
        let mut out = String::new();
        for b in self.content() {
            if b.kind == BlockKind::Caption || title.is_some_and(|t| std::ptr::eq(t, b)) {
                continue;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            let view = b.translit.as_deref().filter(|_| transliterated);
            out.push_str(view.unwrap_or(&b.text));
        }
        out
    }
}
