//! Boilerplate or content, for each block; and the page title.
//!
//! A first heuristic in the manner of jusText (Pomikálek, "Removing Boilerplate and Duplicate
//! Content from Web Corpora", 2011): blocks are first classed on their own — *bad* when the page
//! marks them as navigation, menus, footers, related lists, sharing, login or tickers (element
//! names and class/id words), when most of their text is link text, or when a short text repeats
//! on the page; *good* when long (≥ 12 words) and sentence-like; *short* when under 5 words;
//! *neutral* otherwise — and neutral blocks and headings then take the class of their nearest
//! classed neighbours. Hint words that wrap most of the article-like text are the page's layout,
//! not boilerplate; and content far from the main run of content is flagged `outside`. Every
//! block stays in the report with the reasons for its flag.

use crate::html::{hint, BlockKind, RawBlock};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

/// The verdict on one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub boilerplate: bool,
    /// Why it is boilerplate (empty for content): `nav`, `menu`, …, `links`, `teaser`, `repeated`,
    /// `short`, `context`, `outside`.
    pub reasons: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Bad,
    Short,
    Neutral,
    Good,
}

const STRONG_HINTS: u32 = !hint::HEADER;

/// Words of a text: space-separated words with a letter; in Chinese and Japanese, which do not
/// separate words, every two ideographs or kana count as one (their average word length).
fn word_count(text: &str) -> usize {
    // One pass: words end at whitespace (as `split_whitespace` cuts them).
    let (mut words, mut cjk) = (0, 0);
    let (mut in_word, mut has_letter) = (false, false);
    for c in text.chars() {
        if c.is_whitespace() {
            words += usize::from(in_word && has_letter);
            (in_word, has_letter) = (false, false);
            continue;
        }
        in_word = true;
        if !c.is_ascii() && matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
        {
            cjk += 1;
        }
        has_letter = has_letter || crate::chars::is_letter(c);
    }
    words += usize::from(in_word && has_letter);
    words + cjk / 2
}

fn sentence_like(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', ')', '»', '”', '」', '）']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
        || text.as_bytes().windows(2).any(|w| w == b". ")
        || text.contains('。')
}

/// Text that reads as an article paragraph: long, sentence-like, few links.
fn body_like(b: &RawBlock, text: &str, words: usize) -> bool {
    words >= 12 && b.link_share() < 0.3 && (sentence_like(text) || words >= 30)
}

/// Hint words that wrap the article rather than mark boilerplate: a class such as
/// `has-cookie-banner` or `sidebar-layout` on a container of the whole page. A hint carried by more
/// than two thirds of the page's article-like text (at least 400 characters of it) is one — except
/// `comment`: a long discussion under a short post is still a discussion. (More than half was
/// too little: a cookie dialog's privacy overview can outweigh a short review; 0.6–0.7 measured
/// alike on the extraction development set, 0.8 lost a page whose whole body is in a paywall
/// container.)
fn wrapper_hints(blocks: &[RawBlock], texts: &[&str], words: &[usize]) -> u32 {
    // Where the publisher declares the article body (`itemprop="articleBody"`), only hints that
    // wrap most of that body are layout; a long site footer outside it is still a footer.
    let declared = blocks
        .iter()
        .zip(texts)
        .zip(words)
        .any(|((b, t), &n)| b.declared_body && body_like(b, t, n));
    let mut total = 0usize;
    let mut per_bit = [0usize; 32];
    for ((b, &text), &n) in blocks.iter().zip(texts).zip(words) {
        if !body_like(b, text, n) || (declared && !b.declared_body) {
            continue;
        }
        total += text.len();
        for (bit, n) in per_bit.iter_mut().enumerate() {
            if b.hints & STRONG_HINTS & !hint::COMMENT & (1 << bit) != 0 {
                *n += text.len();
            }
        }
    }
    if total < 400 {
        return page_form(blocks);
    }
    per_bit
        .iter()
        .enumerate()
        .filter(|(_, &n)| 3 * n > 2 * total)
        .fold(0, |acc, (bit, _)| acc | 1 << bit)
}

/// A page with little article-like text whose every part sits in one `<form>`, as ASP.NET Web
/// Forms pages do (a short announcement on a government site): the form is the page's layout,
/// not a search or login box. [`hint::FORM`] when more than two thirds of the page's text outside
/// links carries it, else 0. Other hints are not read so: a page of menus with next to no text
/// of its own would show them as its article.
fn page_form(blocks: &[RawBlock]) -> u32 {
    let (mut total, mut in_form) = (0u64, 0u64);
    for b in blocks {
        let own = u64::from(b.chars.saturating_sub(b.link_chars));
        total += own;
        if b.hints & hint::FORM != 0 {
            in_form += own;
        }
    }
    if total > 0 && 3 * in_form > 2 * total {
        hint::FORM
    } else {
        0
    }
}

/// A teaser: a linked headline (at least 15 characters, all of the block's beginning) followed by
/// text of its own (at least 20 characters) — a news list's item, a related post with its
/// excerpt.
fn teaser_like(b: &RawBlock) -> bool {
    b.kind != BlockKind::Heading
        && b.lead_link_chars >= 15
        && b.chars.saturating_sub(b.link_chars) >= 20
}

/// Fewest teasers in a row that make a list of teasers (`teaser`); one or two paragraphs may well
/// begin with a link.
const TEASER_RUN: usize = 3;

/// Which blocks are in a run of at least [`TEASER_RUN`] consecutive teasers.
fn teaser_runs(blocks: &[RawBlock]) -> Vec<bool> {
    let mut out = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let n = blocks[i..].iter().take_while(|b| teaser_like(b)).count();
        if n >= TEASER_RUN {
            out[i..i + n].iter_mut().for_each(|t| *t = true);
        }
        i += n.max(1);
    }
    out
}

/// How a block holds a date: first, before the rest of it ("24.06.2022 - Foreign Minister's
/// interview with…"), or alone, with a time or a section's name at most ("31.05.2023, 05:38",
/// "Tajikistan | 07.06.2023, 10:17").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dateline {
    Leads,
    Alone,
}

/// Whether and how `text` (of `words` words) is a dateline: [`calendar_date`] reads a date in it
/// when it has six words or fewer, or in its beginning up to the first separator (| • · – — or a
/// spaced hyphen) when that is four tokens at most.
///
/// [`calendar_date`]: crate::date::calendar_date
fn dateline(text: &str, words: usize) -> Option<Dateline> {
    if !text.bytes().take(80).any(|b| b.is_ascii_digit()) {
        return None;
    }
    let date = |t: &str| crate::date::calendar_date(t).is_some();
    if words <= 6 {
        return date(text).then_some(Dateline::Alone);
    }
    // A date of at most four tokens before the first separator.
    let end = [text.find(['|', '•', '·', '–', '—']), text.find(" - ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    let head = &text[..end];
    (head.split_ascii_whitespace().count() <= 4 && date(head)).then_some(Dateline::Leads)
}

/// Fewest datelines at even steps that make a list (`teaser`).
const DATELINE_RUN: usize = 3;

/// Lists of news items in text with no links to tell them by (text copied from a page): at least
/// [`DATELINE_RUN`] datelines at even steps of one to three blocks — a headline and its date, or
/// a dated headline and its excerpt, again and again. An item's other blocks go with its
/// dateline: after it when the date leads its block, around it (but never article-like text)
/// when the date stands alone. Not a list: datelines that are themselves article-like
/// (a chronology's paragraphs, each opening with its date).
/// `body` says which blocks are article-like ([`body_like`]).
fn dateline_lists(texts: &[&str], words: &[usize], body: &[bool]) -> Vec<bool> {
    let n = texts.len();
    let mut out = vec![false; n];
    let pos: Vec<(usize, Dateline)> = (0..n)
        .filter(|&i| !body[i])
        .filter_map(|i| dateline(texts[i], words[i]).map(|d| (i, d)))
        .collect();
    let mut s = 0;
    while s + 1 < pos.len() {
        let step = pos[s + 1].0 - pos[s].0;
        let mut e = s + 1;
        while e + 1 < pos.len() && pos[e + 1].0 - pos[e].0 == step {
            e += 1;
        }
        if step > 3 || e + 1 - s < DATELINE_RUN {
            s += 1;
            continue;
        }
        let (first, last) = (pos[s].0, pos[e].0);
        let leads = pos[s..=e].iter().filter(|p| p.1 == Dateline::Leads).count() * 2 > e + 1 - s;
        let (from, to) = if leads {
            (first, (last + step - 1).min(n - 1))
        } else {
            (first, last)
        };
        out[from..=to].iter_mut().for_each(|x| *x = true);
        if !leads {
            for k in (first.saturating_sub(step - 1)..first).chain(last + 1..(last + step).min(n)) {
                out[k] |= !body[k];
            }
        }
        s = e;
    }
    out
}

/// Words that name a section of other content when a short line of text says nothing else
/// ("Latest news", "Recommended", "Most read", "Comments (0)"): the hint words of
/// [`crate::html`]'s class and id vocabulary for related lists and comments, less the generic ones
/// (more, also, feed).
const SECTION_WORDS: &[&str] = &[
    "latest",
    "related",
    "recommended",
    "popular",
    "trending",
    "mostread",
    "similar",
    "comments",
];

/// A section's title in text with no markup (one to three words, one of them or all of them
/// joined among [`SECTION_WORDS`]): it and what follows it up to the next article-like text are
/// that section (`related`, `comment`).
fn section_title(text: &str, words: usize) -> Option<&'static str> {
    if words == 0 || words > 3 {
        return None;
    }
    let mut joined = String::new();
    let mut found = None;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if SECTION_WORDS.contains(&w.as_str()) {
            found = Some(w.clone());
        }
        joined.push_str(&w);
    }
    let word = found.or_else(|| SECTION_WORDS.contains(&joined.as_str()).then_some(joined))?;
    Some(if word == "comments" {
        "comment"
    } else {
        "related"
    })
}

/// The longest block that is a twin of the one before it (a headline of three words or more, not
/// a table's cell: a column's figures repeat): a longer text shown twice is left to
/// [`drop_repeats`].
const TWIN_MAX_BYTES: usize = 300;

/// Decides, for each block (with its cleaned text), whether it is boilerplate.
pub fn select(blocks: &[RawBlock], texts: &[&str]) -> Vec<Verdict> {
    // How often each text occurs, a block that repeats the one right before it not counted: the
    // headline a copied page shows twice in a row (its title, then its heading) is one headline,
    // not a menu item shown twice; the twin is `repeated`.
    let word_counts: Vec<usize> = texts.iter().map(|t| word_count(t)).collect();
    let twin = |i: usize| {
        i > 0
            && blocks[i].kind != BlockKind::TableCell
            && texts[i].len() <= TWIN_MAX_BYTES
            && texts[i] == texts[i - 1]
            && word_counts[i] >= 3
    };
    let mut seen: HashMap<&str, u32> = HashMap::new();
    for (i, t) in texts.iter().enumerate() {
        if !twin(i) {
            *seen.entry(*t).or_default() += 1;
        }
    }
    let wrappers = wrapper_hints(blocks, texts, &word_counts);
    let teasers = teaser_runs(blocks);
    let body: Vec<bool> = (0..blocks.len())
        .map(|i| body_like(&blocks[i], texts[i], word_counts[i]))
        .collect();
    let dated = dateline_lists(texts, &word_counts, &body);
    // Sections after a bare title line (not a menu's item, nor a subheading right before
    // article-like text), up to the next article-like text or the line that introduces it (a
    // headline).
    let mut section: Vec<Option<&'static str>> = vec![None; blocks.len()];
    let mut open: Option<&'static str> = None;
    for i in 0..blocks.len() {
        let b = &blocks[i];
        let introduces = body.get(i + 1) == Some(&true);
        if body[i] || introduces || b.kind == BlockKind::Heading {
            open = None;
        }
        if b.hints == 0 && b.kind != BlockKind::ListItem && !introduces {
            if let Some(r) = section_title(texts[i], word_counts[i]) {
                open = Some(r);
            }
        }
        section[i] = open;
    }
    let mut classes = Vec::with_capacity(blocks.len());
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(blocks.len());
    for (i, (((b, &text), &words), &teaser)) in blocks
        .iter()
        .zip(texts)
        .zip(&word_counts)
        .zip(&teasers)
        .enumerate()
    {
        let mut reasons = Vec::new();
        let strong = b.hints & STRONG_HINTS & !wrappers;
        if strong != 0 {
            reasons.extend(hint::names(strong));
        }
        if b.hints & hint::HEADER != 0 && !b.in_article {
            reasons.push("header");
        }
        if let Some(r) = section[i] {
            reasons.push(r);
        }
        if b.link_share() >= 0.5 {
            reasons.push("links");
        } else if teaser || dated[i] {
            reasons.push("teaser");
        }
        // A short text repeated on the page (a menu shown twice); headings and text inside the
        // article may repeat a menu item's words and still be content.
        let repeatable = b.kind != BlockKind::Heading && !b.in_article;
        if (repeatable && words < 10 && seen.get(text).copied().unwrap_or(0) > 1) || twin(i) {
            reasons.push("repeated");
        }
        let class = if !reasons.is_empty() {
            Class::Bad
        } else if b.kind == BlockKind::Heading {
            Class::Neutral
        } else if body[i] {
            Class::Good
        } else if words < 5 && !(b.in_article && words >= 2) {
            Class::Short
        } else {
            Class::Neutral
        };
        classes.push(class);
        verdicts.push(Verdict {
            boilerplate: matches!(class, Class::Bad | Class::Short),
            reasons: if class == Class::Short {
                vec!["short"]
            } else {
                reasons
            },
        });
    }
    // Neutral blocks and headings: content when the nearest classed block after them (headings,
    // and text introducing a paragraph) or before them (text continuing one) is good. A page
    // with no good block at all (a short note, a list) keeps its neutral blocks as content.
    // A data table is one unit: its cells, short ones too, go with the nearest classed block
    // before or after the table.
    let tables = data_tables(blocks, &classes);
    let any_good = classes.contains(&Class::Good);
    // A photo's caption is boilerplate, but text after it still continues the article before it.
    let caption: Vec<bool> = verdicts.iter().map(|v| v.reasons == ["caption"]).collect();
    let classed = |k: usize| !matches!(classes[k], Class::Neutral | Class::Short) && !caption[k];
    for i in 0..blocks.len() {
        if !any_good {
            break;
        }
        let (before, after) = match tables[i] {
            Some((first, last)) if classes[i] != Class::Bad => (first, last + 1),
            _ if classes[i] == Class::Neutral => (i, i + 1),
            _ => continue,
        };
        // (A block's own twin after it is passed over: the headline takes its class from the
        // text after the copy.)
        let own_twin = |k: usize| k == after && twin(k);
        let next = (after..blocks.len())
            .find(|&k| (classed(k) || caption[k]) && !own_twin(k))
            .map(|k| classes[k]);
        let prev = (0..before).rev().find(|&k| classed(k)).map(|k| classes[k]);
        let good = next == Some(Class::Good)
            || (blocks[i].kind != BlockKind::Heading && prev == Some(Class::Good));
        if good {
            verdicts[i] = Verdict {
                boilerplate: false,
                reasons: Vec::new(),
            };
        } else if classes[i] == Class::Neutral {
            verdicts[i] = Verdict {
                boilerplate: true,
                reasons: vec!["context"],
            };
        }
    }
    keep_main_article(blocks, texts, &mut verdicts);
    keep_main_region(blocks, texts, &mut verdicts);
    drop_repeats(texts, &mut verdicts);
    recall_short_pages(texts, &mut verdicts);
    verdicts
}

/// Content shorter than this (characters) is not an article the page is about: trafilatura's
/// `MIN_EXTRACTED_SIZE`, below which it falls back to a more inclusive extraction.
const MIN_CONTENT_CHARS: usize = 250;

/// A page whose content, so found, is under [`MIN_CONTENT_CHARS`] is no article: a profile, a
/// catalogue, a table of results, whose parts sit in regions the page marks as navigation or in a
/// form (a Google Scholar profile: the person's details in a short line, the citations and
/// co-authors under `role="navigation"`, the publications in a sortable form). There the blocks
/// flagged only for those regions (`nav`, `form`) — not link lists, menus, footers, dialogs,
/// repeats — are content too, as trafilatura keeps more when its first extraction is too short;
/// but only when they bring the content to [`MIN_CONTENT_CHARS`]: a search box beside a short
/// announcement stays a form.
fn recall_short_pages(texts: &[&str], verdicts: &mut [Verdict]) {
    let regional = |v: &Verdict| {
        v.boilerplate
            && !v.reasons.is_empty()
            && v.reasons.iter().all(|r| matches!(*r, "nav" | "form"))
    };
    let (mut content, mut recalled) = (0, 0);
    for (t, v) in texts.iter().zip(verdicts.iter()) {
        if !v.boilerplate {
            content += t.chars().count();
            if content >= MIN_CONTENT_CHARS {
                return;
            }
        } else if regional(v) {
            recalled += t.chars().count();
        }
    }
    if content + recalled < MIN_CONTENT_CHARS {
        return;
    }
    for v in verdicts.iter_mut().filter(|v| regional(v)) {
        *v = Verdict {
            boilerplate: false,
            reasons: Vec::new(),
        };
    }
}

/// Fewest cells of a data table.
const TABLE_MIN_CELLS: usize = 4;

/// The span of blocks `[first, last]` of each block's data table: a `<table>` (the innermost)
/// holding [`TABLE_MIN_CELLS`] or more cells and nothing else — no table inside it, no paragraph
/// or heading in a cell, no block marked as boilerplate by its hints or links — with no
/// article-like text in it (a standings table, a timetable, a price list rather than a page laid
/// out in a table). None outside such tables.
fn data_tables(blocks: &[RawBlock], classes: &[Class]) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; blocks.len()];
    let mut last: HashMap<u32, usize> = HashMap::new();
    for (k, b) in blocks.iter().enumerate() {
        last.insert(b.table_id, k);
    }
    let mut i = 0;
    while i < blocks.len() {
        let id = blocks[i].table_id;
        if id == 0 {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < blocks.len() && blocks[end].table_id == id {
            end += 1;
        }
        let cells = &blocks[i..end];
        let data = cells.len() >= TABLE_MIN_CELLS
            && last[&id] == end - 1
            && cells.iter().all(|b| b.kind == BlockKind::TableCell)
            && classes[i..end]
                .iter()
                .all(|c| matches!(c, Class::Short | Class::Neutral));
        if data {
            out[i..end].iter_mut().for_each(|s| *s = Some((i, end - 1)));
        }
        i = end;
    }
    out
}

/// Share of a block's word 4-grams already in the content before it above which the block is a
/// repeat (`repeated`): the article again in a hidden copy (0.8 and 0.85 measured alike on the
/// extraction development set; 0.9 missed a copy that joins its paragraphs differently).
const REPEAT_SHARE: f64 = 0.85;

/// Shorter content may repeat: a recipe's ingredients in each of its plans, a refrain.
const REPEAT_MIN_BYTES: usize = 400;

/// The word 4-grams of a text (lower-case runs of letters and digits), hashed.
fn shingles(text: &str) -> Vec<u64> {
    use std::hash::BuildHasher;
    // A fixed seed: the same text hashes alike in every run.
    let state = foldhash::fast::FixedState::with_seed(0);
    // Each word hashed in lower case through one buffer, then each four words' hashes together.
    let mut lower = String::new();
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            lower.clear();
            crate::chars::lowercase_into(w, &mut lower);
            state.hash_one(lower.as_str())
        })
        .collect();
    words.windows(4).map(|w| state.hash_one(w)).collect()
}

/// Content that only repeats content before it is boilerplate: a long block (at least
/// [`REPEAT_MIN_BYTES`]) whose word 4-grams are nearly all (≥ [`REPEAT_SHARE`]) in the content
/// blocks before it — the article's text once more, in one piece, as a hidden copy.
fn drop_repeats(texts: &[&str], verdicts: &mut [Verdict]) {
    // Only content up to the last long block can matter: no 4-grams are taken before the first
    // or after the last.
    let Some(last) = (0..texts.len())
        .rev()
        .find(|&i| !verdicts[i].boilerplate && texts[i].len() >= REPEAT_MIN_BYTES)
    else {
        return;
    };
    let mut seen: HashSet<u64> = HashSet::new();
    for (t, v) in texts[..=last].iter().zip(verdicts.iter_mut()) {
        if v.boilerplate {
            continue;
        }
        let sh = shingles(t);
        if t.len() >= REPEAT_MIN_BYTES && !sh.is_empty() {
            let old = sh.iter().filter(|h| seen.contains(h)).count();
            if old as f64 >= REPEAT_SHARE * sh.len() as f64 {
                *v = Verdict {
                    boilerplate: true,
                    reasons: vec!["repeated"],
                };
                continue;
            }
        }
        seen.extend(sh);
    }
}

/// When a page's content lies in several `<article>` elements side by side — the post, then
/// teasers of related posts or the next ones in a blog's list, each its own `<article>` — the
/// article is the one with the most content text; content in the others is `outside`.
fn keep_main_article(blocks: &[RawBlock], texts: &[&str], verdicts: &mut [Verdict]) {
    let mut per_article: HashMap<u32, usize> = HashMap::new();
    for ((b, t), v) in blocks.iter().zip(texts).zip(verdicts.iter()) {
        if b.article_id != 0 && !v.boilerplate {
            let n = t.chars().count();
            *per_article.entry(b.article_id).or_default() += if b.declared_body {
                DECLARED_WEIGHT * n
            } else {
                n
            };
        }
    }
    if per_article.len() < 2 {
        return;
    }
    let main = per_article
        .iter()
        .max_by_key(|(&id, &n)| (n, std::cmp::Reverse(id)))
        .map(|(&id, _)| id)
        .unwrap_or(0);
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if b.article_id != 0 && b.article_id != main && !v.boilerplate {
            *v = Verdict {
                boilerplate: true,
                reasons: vec!["outside"],
            };
        }
    }
}

/// How much more a content character inside the publisher's declared article body
/// (`itemprop="articleBody"`) counts when choosing the article and its region: the declared body
/// wins over a longer block elsewhere (a site footer) unless that one is ten times longer.
const DECLARED_WEIGHT: usize = 10;

/// How much a boilerplate character counts against a region, relative to a content character
/// (0.25–1 measured alike on the extraction development set, F1 0.900–0.901; 0 would be off).
const ALPHA: f64 = 0.5;

/// The article is one region of the page: content blocks far from it — comments, teasers of other
/// articles, a second story in the sidebar — are boilerplate too (`outside`). The region is the
/// run of blocks with the most content text once boilerplate text inside it is counted against it
/// (the body text extraction of Finn, Kushmerick and Smyth, "Fact or fiction", 2001, over blocks).
fn keep_main_region(blocks: &[RawBlock], texts: &[&str], verdicts: &mut [Verdict]) {
    let a = ALPHA;
    let weight = |i: usize| {
        let n = texts[i].chars().count() as f64;
        if verdicts[i].boilerplate {
            -a * n
        } else if blocks[i].declared_body {
            DECLARED_WEIGHT as f64 * n
        } else {
            n
        }
    };
    // Kadane: the run [best_start, best_end] with the greatest total weight.
    let (mut best, mut best_start, mut best_end) = (f64::MIN, 0, 0);
    let (mut sum, mut start) = (0.0, 0);
    for i in 0..texts.len() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += weight(i);
        if sum > best {
            (best, best_start, best_end) = (sum, start, i);
        }
    }
    if best <= 0.0 {
        return;
    }
    for (i, v) in verdicts.iter_mut().enumerate() {
        if !v.boilerplate && (i < best_start || i > best_end) {
            *v = Verdict {
                boilerplate: true,
                reasons: vec!["outside"],
            };
        }
    }
}

/// The page title: `og:title`, else the first content `<h1>` (or first content heading), else
/// `<title>`, else — for plain text — the first content block if it is short and not a sentence.
pub fn title(
    blocks: &[RawBlock],
    texts: &[&str],
    verdicts: &[Verdict],
    og_title: Option<&str>,
    html_title: Option<&str>,
) -> Option<String> {
    let content = |i: &usize| !verdicts[*i].boilerplate;
    let headings = (0..blocks.len())
        .filter(content)
        .filter(|&i| blocks[i].kind == BlockKind::Heading);
    let h1 = headings
        .clone()
        .find(|&i| blocks[i].level == 1)
        .or_else(|| headings.clone().next());
    if let Some(t) = og_title.filter(|t| !t.is_empty()) {
        return Some(t.to_string());
    }
    if let Some(i) = h1 {
        return Some(texts[i].to_string());
    }
    if let Some(t) = html_title.filter(|t| !t.is_empty()) {
        return Some(t.to_string());
    }
    let first = (0..blocks.len()).find(content)?;
    let t = texts[first];
    (word_count(t) <= 25 && !t.ends_with('.')).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;
    use crate::PageLimits;

    fn run(html: &str) -> Vec<(String, bool)> {
        let p = parse(html, &PageLimits::default());
        let texts: Vec<String> = p
            .blocks
            .iter()
            .map(|b| crate::clean::clean(&b.text).text.into_owned())
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let v = select(&p.blocks, &refs);
        texts
            .into_iter()
            .zip(v)
            .map(|(t, v)| (t, v.boilerplate))
            .collect()
    }

    #[test]
    fn word_count_counts_spaced_words_with_a_letter_and_ideograph_pairs() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  Hello,\u{A0}world  — 42 ! "), 2);
        assert_eq!(word_count("Ўзбекистон\tРеспубликаси\n2024"), 2);
        // Six ideographs and kana count as three words, besides the two spaced words.
        assert_eq!(word_count("東京都の人口 Tokyo"), 5);
        // Spaces as `char::is_whitespace` has them (vertical tab, em space, ideographic space;
        // not the no-break space), Cyrillic signs and marks that are no letters.
        assert_eq!(word_count("a\u{B}b\u{2003}c\u{3000}d\u{85}e"), 5);
        assert_eq!(word_count("\u{482} \u{483}\u{484} ж\u{483}"), 1);
        // Every character of these texts, one by one and between letters, as the plain
        // definition counts (a word: characters between whitespace, with a letter).
        let plain = |t: &str| {
            let cjk = t
                .chars()
                .filter(
                    |&c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF),
                )
                .count();
            t.split(char::is_whitespace)
                .filter(|w| w.chars().any(crate::chars::is_letter))
                .count()
                + cjk / 2
        };
        for cp in (0..0x3100).chain(0x3400..0x3500).chain(0x4E00..0x4F00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for t in [format!("{c}"), format!("x{c}y"), format!("{c} ж{c}{c}")] {
                assert_eq!(word_count(&t), plain(&t), "U+{cp:04X} in {t:?}");
            }
        }
    }

    #[test]
    fn menus_are_boilerplate_article_is_content() {
        let html = r#"<nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav>
        <div class="content"><h1>Lukashenko urges partners to stick together</h1>
        <p>MINSK, 19 August (BelTA) – It is important to preserve unity in the post-Soviet space, the president said in an interview.</p>
        <p>He added that the time will come when countries will turn to Russia and ask it for support and aid.</p></div>
        <aside class="related"><ul><li><a href="/1">Other news item one</a></li></ul></aside>
        <footer><p>© 2024 BelTA. All rights reserved.</p></footer>"#;
        let got = run(html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(
            flags,
            vec![true, true, false, false, false, true, true],
            "{got:#?}"
        );
    }

    #[test]
    fn a_hint_word_around_the_whole_article_is_layout() {
        // As on a benchmark page: the article sits in a wrapper whose class says "sidebar".
        let para = "It is important to preserve unity in the post-Soviet space, the president said in a long interview on television.";
        let html = format!(
            r#"<div class="layout-with-sidebar"><nav><a href="/">Home</a> <a href="/n">News</a></nav>
            <h1>Headline</h1><p>{para}</p><p>{para} Again.</p><p>{para} Once more.</p>
            <div class="comments"><p>{para} A comment.</p></div></div>"#
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        // nav stays boilerplate, the paragraphs are content, a comment stays a comment.
        assert_eq!(
            flags,
            vec![true, false, false, false, false, true],
            "{got:#?}"
        );
    }

    #[test]
    fn teasers_in_other_articles_are_outside() {
        // As on a blog: the post is one <article>; related posts follow, each its own <article>
        // (here nested in a wrapper <article>), each with a paragraph of text.
        let post = "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e gostar é sentir com a alma, mas expressar os sentimentos depende das idéias de cada um.";
        let teaser = "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, disse ele.";
        let html = format!(
            "<article><h1>Amor</h1><p>{post}</p><p>{post} Mais.</p></article>\
             <article><h3>Relacionados</h3><article><p>{teaser}</p></article><article><p>{teaser} Dois.</p></article></article>"
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(
            flags,
            vec![false, false, false, true, true, true],
            "{got:#?}"
        );
    }

    #[test]
    fn a_list_of_teasers_is_boilerplate() {
        // As on a news site: a "Breaking News" list before the article, each item a linked
        // headline and its first sentence.
        let item = |h: &str| {
            format!("<li><a href='/n'>{h}</a> NEW DELHI: The minister said on Wednesday that the talks would go on next week.</li>")
        };
        let para = "Their American dream shattered and huge savings wasted, nearly 150 Indians returned home on Wednesday, officials said.";
        let html = format!(
            "<ul>{}{}{}</ul><h1>Deportees return home</h1><p>{para}</p><p>{para} Again.</p>",
            item("Schools in the valley open again"),
            item("Minister pleads for calm in Assam"),
            item("New president accepts invitation")
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(
            flags,
            vec![true, true, true, false, false, false],
            "{got:#?}"
        );
        // Two paragraphs that begin with a link are no list of teasers.
        let linked = |p: &str| format!("<p><a href='/w'>The World Bank report</a> {p}</p>");
        let html = format!(
            "<h1>Report</h1>{}{}",
            linked(para),
            linked(&format!("{para} Again."))
        );
        assert!(run(&html).iter().all(|x| !x.1), "{:#?}", run(&html));
    }

    #[test]
    fn the_article_again_in_one_piece_is_a_repeat() {
        let a = "The New York state attorney general is investigating WeWork amid layoffs, and the company confirmed that it had been contacted by the office.";
        let b = "T-Mobile CEO John Legere is stepping down in May 2020 and will hand over the reins to the chief operating officer and president of the company.";
        let c = "SoftBank CEO Masayoshi Son has told WeWork executives he wants the company to turn a profit by 2021, according to people familiar with it.";
        let html = format!("<p>{a}</p><p>{b}</p><p>{c}</p><div><p>{a} {b} {c}</p></div>");
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, false, false, true], "{got:#?}");
        // A long text of fewer than four words (a run of ideographs) has no 4-grams to repeat.
        let cjk = format!(
            "{}。",
            "使わない時はタスクバーに格納しておきいつでも呼び出せるようにしていました".repeat(5)
        );
        assert!(run(&format!("<p>{cjk}</p>")).iter().all(|x| !x.1));
        // A short line may repeat (a recipe's ingredients in each plan).
        let html = format!("<p>{a}</p><p>{b}</p><p>{a}</p>");
        assert!(run(&html).iter().all(|x| !x.1));
    }

    #[test]
    fn japanese_paragraphs_are_counted_by_ideographs() {
        let html = "<nav><a href='/'>ホーム</a></nav><p>使わない時はタスクバーに格納しておき、いつでも呼び出せるようにしていました。ところが同じ操作をするたびに別のアプリが起動するようになりました。</p>";
        let got = run(html);
        assert_eq!(
            got.iter().map(|x| x.1).collect::<Vec<_>>(),
            vec![true, false],
            "{got:#?}"
        );
    }

    #[test]
    fn the_declared_article_body_wins_over_its_classes_and_a_long_footer() {
        // As on a news site's breaking-news page: the article sits in `breaking-news` containers
        // (ticker words), and the site footer's contact paragraph is longer than the article.
        let a = "The son of a former president was stabbed to death on Tuesday while giving a lecture at a Berlin clinic, police said.";
        let b = "A man who tried to stop the attacker was badly hurt; the suspect, aged 57, was arrested at the scene by officers.";
        let f = "The Customer Service Center can be contacted with any questions or requests by telephone, by e-mail or by post. ".repeat(5);
        let html = format!(
            r#"<div class="left-side"><div class="g-row-breaking-news"><h1>Son of former president stabbed</h1>
            <div class="article-inner-content-breaking-news" itemprop="articleBody">{a}<div class="fake-br"></div>{b}</div></div>
            <div class="breaking-news-list"><a href="/1">Other breaking news item one</a></div></div>
            <div class="footer-bottom-text">{f}</div>"#
        );
        let got = run(&html);
        // (The headline stays under its ticker words: only the declared body is vouched for.)
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![true, false, false, true, true], "{got:#?}");
    }

    #[test]
    fn a_content_word_inside_a_camel_case_class_does_not_clear_a_rail() {
        // As on a news site: teasers in a right rail, each in `HeroTextBelow` — "Text" there is not
        // the article's text.
        let a = "While the weekend went by, the prince was busy distancing himself from a more sinister drama, the interview showed.";
        let t = "Our family always celebrates anniversaries, but not this week: a year ago our father was arrested in a foreign country.";
        let html = format!(
            r#"<article><p>{a}</p><p>{a} Again.</p></article>
            <div class="RightRailContainer"><div class="HeroTextBelow"><div class="HeroTextBelow-description">{t}</div></div></div>"#
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, false, true], "{got:#?}");
    }

    #[test]
    fn a_cookie_dialog_longer_than_the_article_is_not_a_wrapper() {
        let a = "I have worked on my own vehicles since I was seventeen, but this is my first time with a workshop manual of this kind.";
        let c = "Necessary cookies are absolutely essential for the website to function properly and only include basic security features. And a little more.";
        let html = format!(
            r#"<article><p>{a}</p><p>{a} Again.</p></article>
            <div class="cli-modal"><div class="cli-modal-body"><p>{c}</p><p>{c} Other cookies.</p></div></div>"#
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, false, true, true], "{got:#?}");
    }

    #[test]
    fn a_dialog_is_not_the_article() {
        // As on a Google Scholar profile: the only sentences of the page are in its hidden
        // dialogs (`role="dialog"`), and a `<dialog>` element is drawn over the page when opened.
        let a = "I have worked on my own vehicles since I was seventeen, but this is my first time with a workshop manual of this kind.";
        let d = "The number of citations includes those of the following articles. Articles marked with a star may differ from the article in the profile.";
        let html = format!(
            r#"<div><p>{a}</p></div><div role="dialog"><h2>Merged citations</h2><div><p>{d}</p></div></div>
            <dialog><p>{d} Again.</p></dialog>"#
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, true, true, true], "{got:#?}");
    }

    #[test]
    fn a_profile_without_an_article_keeps_its_regions() {
        // As on a scholar's profile: a one-line affiliation, co-authors under
        // role="navigation", publications in a sortable form; a menu and a sign-in link around.
        let pubs: String = [
            (
                "Imagenet classification",
                "A Krizhevsky, I Sutskever, GE Hinton",
                "Advances in neural information processing systems 25, 2012",
            ),
            (
                "Deep learning",
                "Y LeCun, Y Bengio, G Hinton",
                "Nature 521 (7553), 436-444, 2015",
            ),
            (
                "Visualizing data using t-SNE",
                "L van der Maaten, G Hinton",
                "Journal of Machine Learning Research 9, 2579-2605, 2008",
            ),
        ]
        .iter()
        .map(|(t, a, v)| {
            format!("<tr><td><a href='/c?{t}'>{t}</a></td><td>{a}</td><td>{v}</td></tr>")
        })
        .collect();
        let html = format!(
            r#"<ul class="menu"><li><a href="/">My profile</a></li><li><a href="/lib">My library</a></li></ul>
            <a class="login" href="/signin">Sign in</a>
            <div role="navigation"><h3>Co-authors</h3><ul>
            <li><a href="/u1">Terrence Sejnowski</a> Francis Crick Professor, Salk Institute</li>
            <li><a href="/u2">Vinod Nair</a> Research Scientist, DeepMind</li></ul></div>
            <div>Emeritus Prof. Computer Science, University of Toronto</div>
            <form method="post"><table>{pubs}</table></form>"#
        );
        let got = run(&html);
        let content: Vec<&str> = got.iter().filter(|x| !x.1).map(|x| x.0.as_str()).collect();
        assert!(
            content.contains(&"Vinod Nair Research Scientist, DeepMind"),
            "{got:#?}"
        );
        assert!(content.contains(&"Y LeCun, Y Bengio, G Hinton"), "{got:#?}");
        assert!(content.contains(&"Co-authors"), "{got:#?}");
        // Menus, the sign-in link and link-only cells stay out.
        for out in ["My profile My library", "Sign in", "Deep learning"] {
            assert!(!content.contains(&out), "{out}: {got:#?}");
        }
        // An article of its own (250 characters or more) leaves the regions boilerplate.
        let article = "<p>Geoffrey Hinton is a cognitive psychologist and computer scientist, most \
            noted for his work on artificial neural networks. He was a professor at the University \
            of Toronto, and from 2013 to 2023 he divided his time between Google and the university, \
            before leaving to speak freely about the risks of the technology.</p>";
        let got = run(&format!("{html}{article}"));
        let content: Vec<&str> = got.iter().filter(|x| !x.1).map(|x| x.0.as_str()).collect();
        assert!(
            !content.contains(&"Y LeCun, Y Bengio, G Hinton"),
            "{got:#?}"
        );
        assert!(
            !content.contains(&"Vinod Nair Research Scientist, DeepMind"),
            "{got:#?}"
        );
        // A page with next to no text of its own (a sign-in form, a menu) does not show its
        // form and menu as its article.
        let html = r#"<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
            <h1>Page not found</h1><form method="post" action="/signin"><label>E-mail address</label>
            <input name="u"><label>Password</label><input name="p"><button>Sign in</button>
            <label>Remember me on this computer</label></form>"#;
        let got = run(html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert!(flags.iter().filter(|&&b| b).count() >= 4, "{got:#?}");
        assert!(
            got.iter().any(|x| x.0 == "E-mail address" && x.1),
            "{got:#?}"
        );
    }

    #[test]
    fn a_form_around_the_whole_page_is_its_layout() {
        // As on a government site built with ASP.NET Web Forms: one <form> holds the page, and
        // the announcement is too short to tell the form is its layout by article-like text.
        let page = |article: &str| {
            format!(
                r#"<form method="post" action="./news.aspx?id=1" id="form1">
                <input type="hidden" name="__VIEWSTATE" value="x">
                <ul class="menu"><li><a href="/">Bosh sahifa</a></li><li><a href="/news">Yangiliklar</a></li></ul>
                <div class="col-md-8">{article}</div>
                <div class="footer">© 2024 Hokimiyat. Barcha huquqlar himoyalangan.</div></form>"#
            )
        };
        let flags = |html: &str| run(html).iter().map(|x| x.1).collect::<Vec<_>>();
        let article =
            "<h1>Qabul kuni oʻzgardi</h1><p>Hurmatli fuqarolar, 25-noyabr kuni fuqarolarni \
                       qabul qilish soat 10:00 dan 13:00 gacha oʻtkaziladi.</p>";
        assert_eq!(flags(&page(article)), vec![true, true, false, false, true]);
        // A search form on a short page is still a form.
        let html = "<h1>Qabul kuni oʻzgardi</h1><p>Hurmatli fuqarolar, 25-noyabr kuni qabul \
                    soat 10:00 dan boshlanadi.</p><form class=\"search\"><label>Saytdan qidirish</label>\
                    <button>Qidirish</button></form>";
        assert_eq!(flags(html), vec![false, false, true, true]);
    }

    #[test]
    fn a_headline_shown_twice_in_a_row_is_one_headline() {
        // As in a copied page's text: the title, then the same words as its heading.
        let h = "Lukashenko urges partners in post-Soviet space to stick together";
        let a = "MINSK, 19 August (BelTA) – It is important to preserve unity in the post-Soviet space, the president said on Monday.";
        let text = format!("News\n\nOpinions & Interviews\n\n{h}\n\n{h}\n\n{a}\n\n{a} Again.\n");
        let p = crate::html::parse_text(&text, &PageLimits::default());
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        let v = select(&p.blocks, &texts);
        let flags: Vec<(bool, Vec<&str>)> = v
            .iter()
            .map(|v| (v.boilerplate, v.reasons.clone()))
            .collect();
        assert_eq!(
            flags,
            vec![
                (true, vec!["short"]),
                (true, vec!["short"]),
                (false, vec![]),
                (true, vec!["repeated"]),
                (false, vec![]),
                (false, vec![]),
            ]
        );
        assert_eq!(title(&p.blocks, &texts, &v, None, None).as_deref(), Some(h));
    }

    #[test]
    fn datelines() {
        use Dateline::*;
        let d = |t: &str| dateline(t, word_count(t));
        assert_eq!(d("31.05.2023, 05:38"), Some(Alone));
        assert_eq!(d("Tajikistan | 07.06.2023, 10:17"), Some(Alone));
        assert_eq!(d("2019-11-19T08:57:40+01:00"), Some(Alone));
        assert_eq!(
            d("24.06.2022 - Foreign Minister Sergey Lavrov's interview with the National State Television"),
            Some(Leads)
        );
        assert_eq!(
            d("1577 days have passed since the Salisbury incident"),
            None
        );
        assert_eq!(
            d("Kazakhstan intends to introduce nine additional air routes in 2023"),
            None
        );
    }

    /// Boilerplate flags and reasons of plain text's blocks.
    fn plain(text: &str) -> Vec<(String, bool, Vec<&'static str>)> {
        let p = crate::html::parse_text(text, &PageLimits::default());
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        let v = select(&p.blocks, &texts);
        texts
            .iter()
            .zip(v)
            .map(|(t, v)| (t.to_string(), v.boilerplate, v.reasons))
            .collect()
    }

    #[test]
    fn lists_of_dated_headlines_in_plain_text() {
        let a = "The council adopted a statement on international security, in which it stressed the principle of indivisible security.";
        let b = "The second document signed at the meeting was a plan for consultations between the ministries of the member states.";
        // A headline and its date line, again and again, under a title.
        let items: String = (1..=4)
            .map(|k| {
                format!(
                    "Kazakhstan opens air route number {k} to Europe\n\n3{k}.05.2023, 05:38\n\n"
                )
            })
            .collect();
        let got = plain(&format!("{a}\n\n{b}\n\nRecommended\n\n{items}"));
        assert!(got[..2].iter().all(|x| !x.1), "{got:#?}");
        assert!(got[2..].iter().all(|x| x.1), "{got:#?}");
        // Dated headlines, each with an excerpt of sentences.
        let items: String = (1..=3)
            .map(|k| format!("2{k}.06.2022 - Foreign Minister's interview with the national television company, Moscow\n\n{a}\n\n"))
            .collect();
        let got = plain(&format!("{a}\n\n{b}\n\nLATEST EVENTS\n\n{items}"));
        assert!(got[..2].iter().all(|x| !x.1), "{got:#?}");
        assert!(got[2..].iter().all(|x| x.1), "{got:#?}");
        // A chronology in the article, each paragraph opening with its date, is the article.
        let items: String = (1..=3).map(|k| format!("1{k}.05.2022 – {b}\n\n")).collect();
        let got = plain(&format!("{a}\n\n{items}{a} Again.\n"));
        assert!(got.iter().all(|x| !x.1), "{got:#?}");
    }

    #[test]
    fn a_section_title_in_plain_text() {
        let h = "Kazakhstan opens new air routes to Europe";
        let a = "The council adopted a statement on international security, in which it stressed the principle of indivisible security.";
        // "Comments (0)" opens the comments: the lines after it up to the next text of sentences,
        // or the headline that introduces it, are the section.
        let got = plain(&format!(
            "{a}\n\n{a} Again.\n\nComments (0)\n\nLeave A Reply Cancel\n\nSign in to comment\n\n{h}\n\n{a} Third.\n"
        ));
        let reasons: Vec<Vec<&str>> = got.iter().map(|x| x.2.clone()).collect();
        assert_eq!(
            reasons,
            vec![
                vec![],
                vec![],
                vec!["comment"],
                vec!["comment"],
                vec!["comment"],
                vec![],
                vec![]
            ],
            "{got:#?}"
        );
        // A subheading of the article is no section's title.
        let got = plain(&format!("{a}\n\nPopular\n\n{a} Again.\n"));
        assert!(got.iter().all(|x| !x.2.contains(&"related")), "{got:#?}");
        // A menu's item is no section's title, nor is a generic word.
        let got = plain(&format!(
            "• Latest news\n• Sport\n\n{h}\n\n{a}\n\nRead more\n\n{h} today\n\n{a} Again.\n"
        ));
        assert!(got.iter().all(|x| !x.2.contains(&"related")), "{got:#?}");
    }

    #[test]
    fn photo_captions_are_boilerplate() {
        let a = "The defense secretary on Wednesday accused the neighbour of using coercion and intimidation against smaller nations.";
        let c = "The defense secretary, left, and the visiting minister shake hands before their meeting in the capital on Wednesday.";
        let html = format!(
            r#"<article><p>{a}</p><figure><img src="a.jpg"><figcaption>{c}</figcaption></figure><p>{a} Again.</p>
            <ul class="resgallery"><li><div class="caption-full">{c} Two.</div></li></ul></article>"#
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, true, false, true], "{got:#?}");
    }

    #[test]
    fn a_data_table_in_the_article_is_content_short_cells_too() {
        // As on a sports site: a standings table after the article's paragraphs, then a footnote.
        let a = "On this page you will always find the updated standings of the championship up to the last race of the season.";
        let rows: String = [
            ("1", "Kyle Busch", "5040"),
            ("2", "Martin Truex Jr.", "5035"),
        ]
        .iter()
        .map(|(p, n, s)| format!("<tr><td>{p}</td><td>{n}</td><td>{s}</td></tr>"))
        .collect();
        let html = format!(
            r#"<p>{a}</p><p>{a} Again.</p><p>The final standings after all 36 races:</p>
            <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>{rows}</table>
            <p>* Only the first twelve race for the title.</p><ul class="menu"><li><a href="/">Home</a></li></ul>"#
        );
        let got = run(&html);
        let flags: Vec<bool> = got.iter().map(|x| x.1).collect();
        let mut want = vec![false; 3 + 9 + 1];
        want.push(true);
        assert_eq!(flags, want, "{got:#?}");
        // A table of links (a menu laid out in a table) is no data table.
        let links: String = (1..=4)
            .map(|k| format!("<td><a href='/{k}'>Section number {k}</a></td>"))
            .collect();
        let html = format!("<p>{a}</p><p>{a} Again.</p><table><tr>{links}</tr></table>");
        let flags: Vec<bool> = run(&html).iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, false, true, true, true, true]);
        // Nor is a table holding paragraphs: a page laid out in a table keeps judging per block.
        let html = format!(
            "<table><tr><td>Menu</td><td><p>{a}</p></td></tr><tr><td>Home</td><td>News</td></tr></table>"
        );
        let flags: Vec<bool> = run(&html).iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![true, false, true, true]);
    }

    #[test]
    fn text_after_a_photo_caption_continues_the_article() {
        let a = "The defense secretary on Wednesday accused the neighbour of using coercion and intimidation against smaller nations.";
        let html = format!(
            r#"<h1>Talks</h1><p>{a}</p><figure><figcaption>The minister</figcaption></figure><p>Final remarks were made by both ministers after the talks</p>
            <div><p>Weather</p></div>"#
        );
        let flags: Vec<bool> = run(&html).iter().map(|x| x.1).collect();
        assert_eq!(flags, vec![false, false, true, false, true]);
    }

    #[test]
    fn title_prefers_og_then_h1() {
        let p = parse("<title>Site | T</title><h1>Head</h1><p>A long enough sentence of text that is clearly content for readers here.</p>", &PageLimits::default());
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        let v = select(&p.blocks, &texts);
        assert_eq!(
            title(&p.blocks, &texts, &v, None, p.meta.title.as_deref()).as_deref(),
            Some("Head")
        );
        assert_eq!(
            title(&p.blocks, &texts, &v, Some("OG"), None).as_deref(),
            Some("OG")
        );
    }
}
