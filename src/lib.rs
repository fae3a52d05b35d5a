//! pagenorm: turn multilingual pages of the Central Asian and post-Soviet web into clean,
//! comparable text.
//!
//! ```text
//! bytes ─decode─▶ text ─parse─▶ blocks ─clean─▶ blocks ─detect─▶ tagged blocks ─select─▶ PageReport
//! ```
//!
//! - [`normalize_page`]: bytes of a page (any web encoding) → [`PageReport`]: encoding, title,
//!   language, and every block with its cleaned text, language, script and boilerplate flag.
//! - [`detect`]: language and script of a text.
//! - [`transliterate`]: between scripts by published systems ([`list_schemes`]).
//! - [`name_key`], [`same_name`], [`find_names`]: one key for the spellings of a name; every
//!   mention of a name in a text.
//!
//! Offsets in this Rust API are byte offsets into UTF-8 text. Input never makes the library fail:
//! bad bytes become U+FFFD and are flagged. `Err` is for bad options — an unknown transliteration
//! scheme, or input over a configured limit. Nothing here panics on any input.

pub(crate) mod chars;
pub mod clean;
mod date;
pub mod decode;
pub mod detect;
/// HTML's named character references (generated).
#[rustfmt::skip]
mod entities;
pub mod html;
mod jsonld;
pub mod mojibake;
pub mod names;
pub(crate) mod nfc;
pub mod report;
pub mod select;
pub(crate) mod sort;
mod tokenize;
pub mod translit;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use clean::{clean, clean_with, CleanOptions, Cleaned};
pub use decode::{decode, Decoded, EncodingSource};
pub use detect::{detect, Detection};
pub use names::{find_any_name, find_names, name_key, name_similarity, same_name, Match};
pub use report::{BlockReport, LanguageShare, PageReport};
pub use translit::{list_schemes, Scheme, SchemeInfo};

use std::fmt;

/// Why a call was refused. Input text itself never causes an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// No transliteration system matches the names given; the message lists the known ones.
    UnknownScheme(String),
    /// The input is larger than [`PageLimits::max_input_bytes`].
    InputTooLarge { size: usize, limit: usize },
    /// An option has a value that cannot be used.
    InvalidOption(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownScheme(msg) => write!(f, "unknown transliteration scheme: {msg}"),
            Error::InputTooLarge { size, limit } => write!(
                f,
                "input is {size} bytes, over the limit of {limit} bytes (raise maxInputBytes to allow it)"
            ),
            Error::InvalidOption(msg) => write!(f, "invalid option: {msg}"),
        }
    }
}

impl std::error::Error for Error {}

/// Limits that bound the work and memory spent on one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLimits {
    /// Larger input is refused with [`Error::InputTooLarge`]. Default 256 MiB.
    pub max_input_bytes: usize,
    /// Blocks past this many are dropped and the report says `truncated`. Default 100,000.
    pub max_blocks: usize,
    /// Elements nested deeper are flattened (as Chromium does past 512). Default 512.
    pub max_depth: usize,
    /// A block's text is cut into pieces of at most this many bytes. Default 1 MiB.
    pub max_block_bytes: usize,
}

impl Default for PageLimits {
    fn default() -> Self {
        PageLimits {
            max_input_bytes: 256 << 20,
            max_blocks: 100_000,
            max_depth: 512,
            max_block_bytes: 1 << 20,
        }
    }
}

/// Options of [`normalize_page`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// The page's URL: its top-level domain is a hint for encoding detection.
    pub url: Option<String>,
    /// The transport-layer charset: a `Content-Type` value or a bare label.
    pub charset: Option<String>,
    pub limits: PageLimits,
    /// Add a transliterated view of each block (`BlockReport::translit`).
    pub translit: Option<TranslitView>,
}

/// A transliterated view of every block of a page: each block in another script is
/// transliterated into `to` by the system for its language (`system` where that language has it,
/// else its default); blocks already in `to`, or in languages without a system, get none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslitView {
    /// Target script: `Latn` or `Cyrl`.
    pub to: String,
    /// Preferred system identifier (`iso9`, `national`, `2026`, …).
    pub system: Option<String>,
}

/// Runs are looked for in content only (boilerplate rarely quotes another language).
fn runs_of(v: &select::Verdict, a: &detect::lang::Analysis, text: &str) -> Vec<detect::lang::Run> {
    if v.boilerplate {
        Vec::new()
    } else {
        a.runs(text)
    }
}

impl TranslitView {
    /// The view of a block: each run (or the whole block) in another script through the system
    /// for its language; `None` when nothing in it could be transliterated.
    fn apply(&self, text: &str, d: &Detection, runs: &[detect::lang::Run]) -> Option<String> {
        let whole = [(0, text.len(), d.tag.as_str(), d.lang, d.script)];
        let pieces: Vec<(usize, usize, &str, &str, &str)> = if runs.is_empty() {
            whole.to_vec()
        } else {
            runs.iter()
                .enumerate()
                .map(|(i, r)| {
                    let end = runs.get(i + 1).map_or(text.len(), |n| n.start);
                    (r.start, end, r.tag.as_str(), r.lang, r.script)
                })
                .collect()
        };
        let mut out = String::with_capacity(text.len() + text.len() / 4);
        let mut changed = false;
        for (start, end, tag, lang, script) in pieces {
            let piece = &text[start..end];
            match (script != self.to)
                .then(|| self.scheme_for(tag, lang))
                .flatten()
            {
                Some(scheme) => {
                    out.push_str(&scheme.apply(piece));
                    changed = true;
                }
                None => out.push_str(piece),
            }
        }
        changed.then_some(out)
    }

    /// The scheme for a block in `tag` (`uz-Cyrl`, `ru`, `be-Cyrl`) and `lang`.
    fn scheme_for(&self, tag: &str, lang: &str) -> Option<Scheme> {
        let from = [tag, lang];
        from.iter().find_map(|f| {
            self.system
                .as_deref()
                .and_then(|sys| Scheme::find(f, &self.to, Some(sys)).ok())
                .or_else(|| Scheme::find(f, &self.to, None).ok())
        })
    }
}

impl PageOptions {
    fn check(&self) -> Result<(), Error> {
        let l = &self.limits;
        if l.max_blocks == 0 || l.max_depth == 0 || l.max_block_bytes == 0 {
            return Err(Error::InvalidOption(
                "maxBlocks, maxDepth and maxBlockBytes must be at least 1".into(),
            ));
        }
        if let Some(v) = &self.translit {
            if !matches!(v.to.as_str(), "Latn" | "Cyrl") {
                return Err(Error::InvalidOption(format!(
                    "translit.to must be \"Latn\" or \"Cyrl\", got {:?}",
                    v.to
                )));
            }
            if let Some(sys) = &v.system {
                if !list_schemes().iter().any(|s| {
                    s.system.eq_ignore_ascii_case(sys)
                        && s.target_script().eq_ignore_ascii_case(&v.to)
                }) {
                    return Err(Error::UnknownScheme(format!(
                        "no system {sys:?} writes {}",
                        v.to
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Normalizes a page given as bytes in any web encoding: decodes it (BOM, `charset` option,
/// `<meta>`, detection), splits it into blocks, cleans their text, detects their language and
/// script, and flags boilerplate.
pub fn normalize_page(input: &[u8], options: &PageOptions) -> Result<PageReport, Error> {
    options.check()?;
    let limit = options.limits.max_input_bytes;
    if input.len() > limit {
        return Err(Error::InputTooLarge {
            size: input.len(),
            limit,
        });
    }
    let tld = options.url.as_deref().and_then(decode::tld_of_url);
    let decoded = decode::decode(input, options.charset.as_deref(), tld.as_deref());
    Ok(build_report(
        &decoded.text,
        decoded.encoding.name(),
        decoded.source,
        decoded.had_errors,
        options,
    ))
}

/// Normalizes a page that is already text (a JavaScript string, a Rust `&str`): as
/// [`normalize_page`] without the decoding step; the report says encoding `UTF-8`, source `text`.
pub fn normalize_text(text: &str, options: &PageOptions) -> Result<PageReport, Error> {
    options.check()?;
    let limit = options.limits.max_input_bytes;
    if text.len() > limit {
        return Err(Error::InputTooLarge {
            size: text.len(),
            limit,
        });
    }
    Ok(build_report(
        text,
        "UTF-8",
        EncodingSource::Text,
        false,
        options,
    ))
}

/// At most this many mixed-script words are listed per block.
const MAX_REPORTED_WORDS: usize = 20;

fn build_report(
    text: &str,
    encoding: &'static str,
    source: EncodingSource,
    had_errors: bool,
    options: &PageOptions,
) -> PageReport {
    let mut parsed = html::parse(text, &options.limits);
    let raw_blocks = std::mem::take(&mut parsed.blocks);
    let mut texts = Vec::with_capacity(raw_blocks.len());
    let mut detections = Vec::with_capacity(raw_blocks.len());
    let mut analyses = Vec::with_capacity(raw_blocks.len());
    let mut mixed = Vec::with_capacity(raw_blocks.len());
    let mut repaired = Vec::with_capacity(raw_blocks.len());
    for mut b in raw_blocks {
        // Text decoded with the wrong charset before it reached the page (mojibake).
        let how = match mojibake::repair(&b.text) {
            Some((fixed, how)) => {
                b.text = fixed;
                how
            }
            None => Vec::new(),
        };
        let keep_newlines = b.kind == html::BlockKind::Preformatted;
        let opts = CleanOptions {
            keep_newlines,
            ..CleanOptions::default()
        };
        let c = clean_with(&b.text, opts);
        // A block of nothing but characters cleanup removes (controls, invisible marks) is none.
        if c.text.is_empty() {
            continue;
        }
        let words: Vec<String> = c
            .mixed_script
            .iter()
            .take(MAX_REPORTED_WORDS)
            .map(|&(s, e)| b.text[s..e].to_string())
            .collect();
        let mut cleaned = c.text.into_owned();
        // Long blocks are read piece by piece, so their runs need no second reading.
        let long = b.chars >= 2 * detect::lang::RUN_MIN_LETTERS;
        let mut a = if long {
            detect::lang::analyze(&cleaned)
        } else {
            detect::lang::read(&cleaned)
        };
        if a.detection.lang == "uz" && a.detection.script == "Latn" {
            let uz = CleanOptions {
                uzbek_latin: true,
                ..opts
            };
            let again = clean_with(&b.text, uz).text;
            if again != cleaned {
                cleaned = again.into_owned();
                // Apostrophes changed length: the pieces are cut again (the language is kept).
                if long {
                    a = a.recut(&cleaned);
                }
            }
        }
        texts.push(cleaned);
        detections.push(a.detection.clone());
        analyses.push(a);
        mixed.push(words);
        repaired.push(how);
        parsed.blocks.push(b);
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let verdicts = select::select(&parsed.blocks, &refs);
    let clean_meta = |s: &Option<String>| s.as_deref().map(|t| clean(t).text.into_owned());
    let title = select::title(
        &parsed.blocks,
        &refs,
        &verdicts,
        clean_meta(&parsed.meta.og_title).as_deref(),
        clean_meta(&parsed.meta.title).as_deref(),
    );
    let (mut page, mut languages) = page_language(&parsed.blocks, &detections, &verdicts);
    // The languages elements declare (`<section lang="kk">`), as head starts.
    let declared: Vec<Option<detect::lang::PagePrior>> = parsed
        .langs
        .iter()
        .map(|l| detect::lang::PagePrior::declared(l, detect::lang::PAGE_PRIOR_NATS))
        .collect();
    let declared_for = |b: &html::RawBlock, d: &Detection| {
        declared
            .get(usize::from(b.lang).wrapping_sub(1))
            .copied()
            .flatten()
            .filter(|p| p.applies_to(d.script))
    };
    if read_in_context(
        &page,
        &declared_for,
        &parsed.blocks,
        &mut detections,
        &texts,
        &analyses,
        &verdicts,
    ) {
        (page, languages) = page_language(&parsed.blocks, &detections, &verdicts);
    }
    // A block long enough to have a language but too unclear for the detector (a list of place
    // names) takes the page's language when it is in the page's script, with a lower confidence.
    if page.is_determined() {
        for ((d, text), b) in detections.iter_mut().zip(&texts).zip(&parsed.blocks) {
            if !d.is_determined()
                && d.script == page.script
                && declared_for(b, d).is_none()
                && detect::ScriptCounts::of(text).letters >= detect::lang::SHORT_LETTERS
            {
                *d = Detection {
                    confidence: page.confidence * 0.5,
                    ..page.clone()
                };
            }
        }
    }
    let blocks = parsed
        .blocks
        .iter()
        .zip(texts)
        .zip(detections)
        .zip(verdicts)
        .zip(mixed)
        .zip(repaired)
        .zip(analyses)
        .map(|((((((b, text), d), v), mixed_script), repaired), a)| {
            let runs = runs_of(&v, &a, &text);
            let translit = options
                .translit
                .as_ref()
                .and_then(|view| view.apply(&text, &d, &runs));
            BlockReport {
                translit,
                repaired,
                // Runs are looked for in content only (boilerplate rarely quotes another language).
                runs,
                mixed_script,
                kind: b.kind,
                level: (b.level > 0).then_some(b.level),
                text,
                lang: d.lang,
                script: d.script,
                tag: d.tag,
                confidence: d.confidence,
                boilerplate: v.boilerplate,
                reasons: v.reasons,
                link_share: b.link_share(),
            }
        })
        .collect::<Vec<BlockReport>>();
    let names = names::name_index_in(
        blocks
            .iter()
            .enumerate()
            .filter(|(_, b): &(usize, &BlockReport)| !b.boilerplate)
            .map(|(i, b)| (i, b.text.as_str(), b.lang)),
    );
    let mut meta = parsed.meta;
    meta.title = clean_meta(&meta.title);
    meta.og_title = clean_meta(&meta.og_title);
    PageReport {
        encoding,
        encoding_source: source,
        had_errors,
        is_html: parsed.is_html,
        title,
        lang: page.lang,
        script: page.script,
        tag: page.tag,
        confidence: page.confidence,
        languages,
        meta,
        blocks,
        names,
        truncated: parsed.truncated,
        depth_limited: parsed.depth_limited,
    }
}

/// Reads again each block read whole whose language is not the page's (a byline, a caption, a
/// menu item, a headline of a few words) with the page's language as its prior: the log-odds of
/// the page's language in the page's text its detection is sure of, times PRIOR_SCALE, at most
/// PAGE_PRIOR_NATS (on their own, `Comments (0)` looked French and `Central Asia` Spanish on an
/// English page).
/// Whether a block's language changed.
#[inline(never)]
fn read_in_context(
    page: &Detection,
    declared: &dyn Fn(&html::RawBlock, &Detection) -> Option<detect::lang::PagePrior>,
    blocks: &[html::RawBlock],
    detections: &mut [Detection],
    texts: &[String],
    analyses: &[detect::lang::Analysis],
    verdicts: &[select::Verdict],
) -> bool {
    let share = sure_share(page, blocks, detections, verdicts);
    let nats = (detect::lang::PRIOR_SCALE * (share / (1.0 - share)).ln())
        .min(detect::lang::PAGE_PRIOR_NATS);
    let mut changed = false;
    let page_prior = if page.is_determined() && nats > 0.0 {
        detect::lang::PagePrior::of(page, nats)
    } else {
        None
    };
    for ((d, b), (text, a)) in detections
        .iter_mut()
        .zip(blocks)
        .zip(texts.iter().zip(analyses))
    {
        // What an element declares of its part outweighs what the page is mostly in (a page of
        // sections in seven languages, an embedded post in English).
        let prior = match declared(b, d) {
            Some(p) => p,
            None => match page_prior {
                Some(p) if d.script == page.script => p,
                _ => continue,
            },
        };
        if !prior.holds(d) {
            if let Some(again) = a.in_context(text, &prior) {
                changed |= again.tag != d.tag;
                *d = again;
            }
        }
    }
    changed
}

/// The share of `page`'s language in the characters of the content blocks (all blocks when none
/// is content) whose detection is sure (confidence ≥ 0.9); 0 when none is.
fn sure_share(
    page: &Detection,
    blocks: &[html::RawBlock],
    detections: &[Detection],
    verdicts: &[select::Verdict],
) -> f32 {
    let any_content = verdicts.iter().any(|v| !v.boilerplate);
    let (mut own, mut all) = (0.0f32, 0.0f32);
    for ((b, d), v) in blocks.iter().zip(detections).zip(verdicts) {
        if d.confidence < 0.9 || (any_content && v.boilerplate) {
            continue;
        }
        all += b.chars as f32;
        if d.tag == page.tag {
            own += b.chars as f32;
        }
    }
    if all > 0.0 {
        own / all
    } else {
        0.0
    }
}

/// The page language: the language with the most letters over the content blocks (all blocks
/// when none is content), with the length-weighted mean confidence of its blocks times its
/// share; and every language of those blocks with its share, largest first.
fn page_language(
    blocks: &[html::RawBlock],
    detections: &[Detection],
    verdicts: &[select::Verdict],
) -> (Detection, Vec<LanguageShare>) {
    // (detection of the language's first block, characters, characters × confidence).
    let mut weights: Vec<(&Detection, f32, f32)> = Vec::new();
    let any_content = verdicts.iter().any(|v| !v.boilerplate);
    for ((b, d), v) in blocks.iter().zip(detections).zip(verdicts) {
        if !d.is_determined() || (any_content && v.boilerplate) {
            continue;
        }
        let w = b.chars as f32;
        match weights
            .iter_mut()
            .find(|e| e.0.lang == d.lang && e.0.script == d.script)
        {
            Some(e) => {
                e.1 += w;
                e.2 += w * d.confidence;
            }
            None => weights.push((d, w, w * d.confidence)),
        }
    }
    let total: f32 = weights.iter().map(|e| e.1).sum();
    if total <= 0.0 {
        return (Detection::undetermined(None), Vec::new());
    }
    // Largest first; among equals, the first met in the page.
    let mut order: Vec<usize> = (0..weights.len()).collect();
    sort::sort_by(&mut order, |&a, &b| weights[b].1.total_cmp(&weights[a].1));
    let (first, w, wc) = weights[order[0]];
    let page = Detection {
        confidence: (wc / w) * (w / total),
        ..first.clone()
    };
    let languages = order
        .iter()
        .map(|&i| LanguageShare {
            lang: weights[i].0.lang,
            script: weights[i].0.script,
            tag: weights[i].0.tag.clone(),
            share: weights[i].1 / total,
        })
        .collect();
    (page, languages)
}

/// Transliterates `text` by `scheme` (see [`Scheme::find`] and [`list_schemes`]). Text the
/// system does not cover (digits, punctuation, other scripts) is kept unchanged.
pub fn transliterate(text: &str, scheme: &Scheme) -> Result<String, Error> {
    Ok(scheme.apply(text).into_owned())
}

/// A page fed in chunks as its bytes arrive: [`push`](Self::push) each chunk, then
/// [`finish`](Self::finish) gives the same report as [`normalize_page`] on the whole input.
/// (This version collects the bytes and does the work in `finish`.)
#[derive(Debug, Clone, Default)]
pub struct PageNormalizer {
    options: PageOptions,
    buf: Vec<u8>,
}

impl PageNormalizer {
    pub fn new(options: PageOptions) -> Self {
        PageNormalizer {
            options,
            buf: Vec::new(),
        }
    }

    /// Adds a chunk; refused once the total is over `max_input_bytes`.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), Error> {
        let size = self.buf.len().saturating_add(chunk.len());
        let limit = self.options.limits.max_input_bytes;
        if size > limit {
            return Err(Error::InputTooLarge { size, limit });
        }
        self.buf.extend_from_slice(chunk);
        Ok(())
    }

    /// The report of everything pushed.
    pub fn finish(self) -> Result<PageReport, Error> {
        normalize_page(&self.buf, &self.options)
    }
}

/// Converts byte offsets into `text` (ascending or not) into UTF-16 code-unit offsets, the unit
/// of JavaScript's `String.prototype.slice`. An offset inside a character maps to that
/// character's start; one past the end maps to the UTF-16 length.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    crate::sort::sort_unstable_by(&mut order, |&a, &b| {
        (byte_offsets[a], a) < (byte_offsets[b], b)
    });
    let mut out = vec![0; byte_offsets.len()];
    let mut units = 0;
    let mut chars = text.char_indices().peekable();
    for i in order {
        let target = byte_offsets[i];
        while let Some(&(pos, c)) = chars.peek() {
            if pos + c.len_utf8() > target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        out[i] = units;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterated_view_by_block_and_by_run() {
        let html = "<p>Oʻzbekiston Respublikasi Prezidenti bugun Toshkentda yigʻilish oʻtkazdi. \
                    «Все люди рождаются свободными и равными в своем достоинстве и правах». \
                    Bu gaplar hammaga tanish va muhim hisoblanadi.</p><p>Hello there, friends of the web.</p>";
        let options = PageOptions {
            translit: Some(TranslitView {
                to: "Cyrl".into(),
                system: None,
            }),
            ..PageOptions::default()
        };
        let r = normalize_text(html, &options).unwrap();
        let view = r.blocks[0].translit.as_deref().unwrap();
        // The Uzbek runs are in Cyrillic, the Russian quotation is kept as it was.
        assert!(
            view.starts_with("Ўзбекистон Республикаси Президенти"),
            "{view}"
        );
        assert!(view.contains("Все люди рождаются свободными"), "{view}");
        assert!(view.ends_with("ҳисобланади."), "{view}");
        assert_eq!(r.blocks[1].translit, None);
        let bad = PageOptions {
            translit: Some(TranslitView {
                to: "Latn".into(),
                system: Some("nope".into()),
            }),
            ..PageOptions::default()
        };
        assert!(matches!(
            normalize_text(html, &bad),
            Err(Error::UnknownScheme(_))
        ));
        // A system named for Cyrillic whose target tag names no script (be, ru): Łacinka back
        // to the official Belarusian spelling; ISO 9 back to Russian.
        let view = |html: &str, system: &str| {
            let options = PageOptions {
                translit: Some(TranslitView {
                    to: "Cyrl".into(),
                    system: Some(system.into()),
                }),
                ..PageOptions::default()
            };
            normalize_text(html, &options).unwrap().blocks[0]
                .translit
                .clone()
        };
        let lacinka = "<p>Alaksandar Łukašenka skazaŭ, što Biełaruś nie budzie ŭdzielničać u vajnie, i śniehu šmat.</p>";
        assert_eq!(
            view(lacinka, "lacinka-official").as_deref(),
            Some("Аляксандар Лукашэнка сказаў, што Беларусь не будзе ўдзельнічаць у вайне, і снегу шмат.")
        );
        assert!(view(lacinka, "lacinka")
            .unwrap()
            .ends_with("і сьнегу шмат."));
    }

    #[test]
    fn utf16() {
        let t = "aЎ😀b";
        // byte offsets: a=0, Ў=1..3, 😀=3..7, b=7..8
        assert_eq!(utf16_offsets(t, &[0, 1, 3, 7, 8]), vec![0, 1, 2, 4, 5]);
        assert_eq!(utf16_offsets(t, &[8, 0]), vec![5, 0]);
    }

    #[test]
    fn limits_are_errors() {
        let opts = PageOptions {
            limits: PageLimits {
                max_input_bytes: 10,
                ..PageLimits::default()
            },
            ..PageOptions::default()
        };
        let err = normalize_page(&[b'a'; 11], &opts).unwrap_err();
        assert!(
            err.to_string().contains("over the limit of 10 bytes"),
            "{err}"
        );
        let mut n = PageNormalizer::new(opts);
        n.push(b"12345").unwrap();
        assert!(n.push(b"678901").is_err());
    }
}
