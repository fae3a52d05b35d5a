//! The name index of a page: who and what it mentions, merged across spellings and scripts.
//!
//! Candidates are runs of capitalized words (Latin or Cyrillic) in the content blocks; a
//! single capitalized word that starts a sentence counts only if the same name also appears
//! elsewhere in the page. Mentions are grouped by their phonetic keys ([`super::key`]): a
//! one-word mention (`Lukashenko`, `Лукашэнкі`) joins the longest name that contains its key
//! (`Alexander Lukashenko`). This is a heuristic, not named-entity recognition: capitalized
//! organisations and places are listed too.

use super::key::{fold_word, skeleton, skeleton_readings};

/// One person or place the page mentions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NameEntry {
    /// The spelling shown: of the spellings of two words or more, the one written most often
    /// (counting the case forms it begins); one word where the page writes the name no other way.
    /// Russian, Ukrainian and Belarusian words in the nominative where the page writes them so
    /// (`Бретт Кавано` for the page's `Бретта Кавано` and `Бретт`).
    pub name: String,
    /// Every spelling as it appears, with how often, most frequent first.
    pub spellings: Vec<Spelling>,
    /// Mentions in all.
    pub count: u32,
    /// Indices of the blocks (in the report's order) that mention it.
    pub blocks: Vec<usize>,
}

/// A spelling of a name and how often it appears.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Spelling {
    pub text: String,
    pub count: u32,
}

/// Most entries an index lists.
pub const MAX_ENTRIES: usize = 40;
/// Most entries holding a key that a shorter name looks through for the longer name it is part
/// of (a bound for hostile pages; a real page's key is in a handful).
const MAX_HOLDERS: usize = 256;
/// Of a longer name, the mentions a one-word mention is compared with.
const MAX_MENTIONS_COMPARED: usize = 8;
/// Most spellings of an entry looked at for the name it is shown by.
const MAX_NAMING_SPELLINGS: usize = 64;

struct Mention {
    text: String,
    keys: Vec<String>,
    /// Where each word starts and ends in `text`.
    words: Vec<(usize, usize)>,
    block: usize,
    /// Where `text` starts in its block.
    at: usize,
    /// The block's place in the list given to the index.
    slot: usize,
    /// The mention is the first word(s) of a sentence.
    sentence_start: bool,
    /// The mention without the case ending of its last word (Uzbek `Mirziyoyevga` →
    /// `Mirziyoyev`), when it has one.
    base: Option<String>,
    /// The mention is the words an acronym stands for, as the page defines it: not cut.
    defined: bool,
}

/// The key of one word of a name: its phonetic skeleton, or — when the skeleton has one or two
/// classes and says too little (CIS, This: "ts") — its spelling in lower case.
fn word_key(word: &str) -> String {
    let k = skeleton(&fold_word(word));
    if k.chars().count() <= 2 {
        format!("={}", word.to_lowercase())
    } else {
        k
    }
}

impl Mention {
    /// The mention without its first `k` words (fewer than it has).
    #[inline(never)]
    fn drop_words(&mut self, k: usize) {
        let cut = word_after(&self.text, self.words[k - 1].1, self.words[k].0);
        self.text = self.text[cut..].to_string();
        self.keys.drain(..k);
        self.words = self.words[k..]
            .iter()
            .map(|&(a, b)| (a - cut, b - cut))
            .collect();
        self.sentence_start = false;
        self.at += cut;
        if let Some(base) = &mut self.base {
            *base = base.get(cut..).unwrap_or_default().to_string();
        }
    }
}

/// The case endings a name takes in Uzbek, in both scripts (A. J. E. Bodrogligeti, *An Academic
/// Reference Grammar of Modern Literary Uzbek*, the noun's cases; the endings of
/// `data/translit/uz-Latn-uz-Cyrl.official.suffixes`), longest first, each with whether the
/// word before it must be on the page by itself: a name rarely ends with -ning or -dagi, but
/// often with -da, -ga or -ka (Kanada, Uganda, Amerika).
const UZBEK_CASE_ENDINGS: &[(&str, bool)] = &[
    ("gacha", false),
    ("гача", false),
    ("ning", false),
    ("нинг", false),
    ("dagi", false),
    ("даги", false),
    ("dan", true),
    ("дан", true),
    ("tan", true),
    ("тан", true),
    ("ga", true),
    ("га", true),
    ("ka", true),
    ("ка", true),
    ("qa", true),
    ("қа", true),
    ("da", true),
    ("да", true),
    ("ta", true),
    ("та", true),
    ("ni", true),
    ("ни", true),
];

/// The length of `word` without its Uzbek case ending, if it has one and what is left is a
/// name of three letters or more — on `page` by itself, in lower case, where the ending asks for
/// it (see [`UZBEK_CASE_ENDINGS`]), or a surname of the Russian pattern that Uzbek surnames
/// follow (-ov, -ev, -ova, -eva: Turdiyevga, Karimovani — no name ends so by itself).
fn uzbek_stem(word: &str, lower: &str, page: &foldhash::HashSet<String>) -> Option<usize> {
    UZBEK_CASE_ENDINGS.iter().find_map(|&(ending, attested)| {
        let stem = lower.strip_suffix(ending)?;
        // (Lower-casing keeps these letters' lengths, so the stem's length is the word's.)
        let n = stem.len();
        let surname = || {
            stem.chars().count() >= 5
                && ["ov", "ev", "ova", "eva", "ов", "ев", "ова", "ева"]
                    .iter()
                    .any(|s| stem.ends_with(s))
        };
        (stem.chars().count() >= 3
            && word.is_char_boundary(n)
            && (!attested || page.contains(stem) || surname()))
        .then_some(n)
    })
}

/// Longest acronym defined in parentheses.
const ACRONYM_MAX: usize = 6;
/// Most acronym definitions a page's index takes.
const MAX_DEFINITIONS: usize = 64;

/// An acronym defined where it is introduced: `Collective Security Treaty Organization (CSTO)`,
/// `Организация Договора о коллективной безопасности (ОДКБ)`.
struct Definition<'t> {
    acronym: &'t str,
    /// The expansion's span in the block, and where each of its initial-giving words starts
    /// and ends.
    start: usize,
    end: usize,
    words: Vec<(usize, usize)>,
}

/// The acronyms `text` defines: two to [`ACRONYM_MAX`] capital letters in parentheses right
/// after words whose initials spell them, read backwards from the parenthesis; a short word in
/// lower case between them (of, and, о, и) may give no letter.
fn definitions(text: &str) -> Vec<Definition<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|i| from + i) {
        from = open + 1;
        // The closing parenthesis within reach of an acronym (not searched for further: a
        // text of many parentheses stays linear).
        let Some(close) = text[open + 1..]
            .char_indices()
            .take(ACRONYM_MAX + 1)
            .find(|&(_, c)| c == ')')
            .map(|(i, _)| open + 1 + i)
        else {
            continue;
        };
        let acronym = &text[open + 1..close];
        let letters: Vec<char> = acronym.chars().collect();
        if !(2..=ACRONYM_MAX).contains(&letters.len()) || !letters.iter().all(|c| c.is_uppercase())
        {
            continue;
        }
        // The words before the parenthesis, last first, each with its span.
        let before = &text[..open];
        let end = before.trim_end().len();
        if end == before.len() {
            continue;
        }
        let mut words = Vec::new();
        let mut j = letters.len();
        let mut pos = end;
        // Each letter's word and at most as many short words between them.
        let mut budget = 2 * letters.len();
        while j > 0 && budget > 0 {
            budget -= 1;
            let start = text[..pos].rfind(char::is_whitespace).map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
            let word = &text[start..pos];
            if word.is_empty()
                || !word
                    .chars()
                    .all(|c| crate::chars::is_letter(c) || matches!(c, '-' | '\'' | '’'))
            {
                break;
            }
            let first = word.chars().next().and_then(|c| c.to_uppercase().next());
            if first == Some(letters[j - 1]) {
                j -= 1;
                words.push((start, pos));
            } else if !(word.chars().count() <= 3 && word.chars().all(char::is_lowercase)) {
                break;
            }
            if j == 0 || start == 0 {
                break;
            }
            pos = text[..start].trim_end().len();
        }
        // A name begins with a capital: `правильным питанием (ПП)` defines a term, not a name.
        let named = words
            .last()
            .is_some_and(|&(a, _)| text[a..].starts_with(char::is_uppercase));
        if j == 0 && named {
            words.reverse();
            out.push(Definition {
                acronym,
                start: words[0].0,
                end,
                words,
            });
        }
    }
    out
}

/// The English names of the months and the days of the week, wide and (months) abbreviated,
/// as CLDR 48 gives them (locale en, Gregorian calendar, format context).
const CALENDAR: [&str; 30] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `w` is one of [`CALENDAR`]'s words, in any case. (Not inlined: 0.1 KB less wasm.)
#[inline(never)]
fn calendar_word(w: &str) -> bool {
    let mut lower = String::new();
    crate::chars::lowercase_into(w, &mut lower);
    CALENDAR.contains(&lower.as_str())
}

fn capitalized(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => w.chars().filter(|c| c.is_alphabetic()).count() >= 2,
        _ => false,
    }
}

/// Candidate mentions of one block: runs of up to four capitalized words. A word the page also
/// writes in lower case is not part of a name (The, And, In at a sentence start; titles such as
/// President or Minister before a name, when the page also writes "the president"): it ends the
/// run. A word with leading punctuation, `(CIS)`, starts a new run.
fn mentions<'t>(
    text: &'t str,
    block: usize,
    common: &foldhash::HashSet<&str>,
    uzbek: Option<&foldhash::HashSet<String>>,
    speech_dash: bool,
    keys_of: &mut foldhash::HashMap<&'t str, String>,
    out: &mut Vec<Mention>,
) {
    let mut run: Vec<(usize, usize)> = Vec::new();
    // Where the run's last word ends without its case ending (an Uzbek block's `AQSHga`).
    let mut stem_end: Option<usize> = None;
    let mut run_at_sentence_start = false;
    let mut at_sentence_start = true;
    // Where the initials before the run's first word begin (`J. K. Rowling`).
    let mut initials_at: Option<usize> = None;
    let mut flush = |run: &mut Vec<(usize, usize)>,
                     stem_end: &mut Option<usize>,
                     initials_at: &mut Option<usize>,
                     start_flag: bool,
                     out: &mut Vec<Mention>| {
        let stem = stem_end.take();
        let initials = initials_at.take();
        if !run.is_empty() {
            let (s, e) = (initials.unwrap_or(run[0].0), run[run.len() - 1].1);
            let last = run.len() - 1;
            // A skeleton of one or two classes (CIS, This: "ts") says too little: such words are
            // keyed by their spelling. A page names the same people again and again: each
            // word's key is made once. A word with a case ending is keyed by its stem.
            let keys: Vec<String> = run
                .iter()
                .enumerate()
                .map(|(i, &(a, b))| {
                    let word = &text[a..if i == last { stem.unwrap_or(b) } else { b }];
                    keys_of
                        .entry(word)
                        .or_insert_with(|| word_key(word))
                        .clone()
                })
                .collect();
            if !keys.is_empty() {
                out.push(Mention {
                    text: text[s..e].to_string(),
                    keys,
                    words: run.iter().map(|&(a, b)| (a - s, b - s)).collect(),
                    block,
                    at: s,
                    slot: 0,
                    sentence_start: start_flag,
                    base: stem.map(|n| text[s..n].to_string()),
                    defined: false,
                });
            }
            run.clear();
        }
    };
    // The run has gone on over `of` (Commonwealth of …).
    let mut over_of = false;
    let mut pending_of = false;
    let mut pos = 0;
    let mut pieces = Pieces::of(text).peekable();
    // The lower case of the word at hand (one buffer for every word).
    let mut lower = String::new();
    while let Some(piece) = pieces.next() {
        let start = pos;
        pos += piece.len();
        let word = piece.trim_end();
        let core = word.trim_matches(|c: char| !crate::chars::is_letter_or_digit(c));
        // English possessive: Russia's is Russia.
        let core = ["'s", "’s"]
            .iter()
            .find_map(|p| core.strip_suffix(p))
            .unwrap_or(core);
        if core.is_empty() {
            flush(
                &mut run,
                &mut stem_end,
                &mut initials_at,
                run_at_sentence_start,
                out,
            );
            // A dash standing alone opens a line of direct speech in the typography of
            // Russian and the languages written after it (`— Лекин бормадингиз.`): what follows
            // starts a sentence. (Not in English, where it sets off a phrase: `— Rafael Nadal`.)
            at_sentence_start |= speech_dash && word == "—";
            continue;
        }
        // `core` is a slice of `word`: its offset there, without searching.
        let lead = (core.as_ptr() as usize).saturating_sub(word.as_ptr() as usize);
        let (a, b) = (start + lead, start + lead + core.len());
        if lead > 0 {
            flush(
                &mut run,
                &mut stem_end,
                &mut initials_at,
                run_at_sentence_start,
                out,
            );
        }
        // Initials (`George W. Bush`, `J. K. Rowling`, `В.В. Путин`, `Sh. Mirziyoyev`) are part
        // of the name they come before, but not of its key: George W. Bush is George Bush.
        // Before anything else (`Путин В.В.`, a grade, `Plan B.`) they end the run.
        let initials = is_initials(&word[lead..], !run.is_empty());
        if initials && lead == 0 && name_follows(&text[pos..], common, &mut lower) {
            if run.is_empty() {
                if initials_at.is_none() {
                    initials_at = Some(a);
                    run_at_sentence_start = at_sentence_start;
                    (over_of, pending_of) = (false, false);
                }
            } else {
                over_of |= std::mem::take(&mut pending_of);
            }
            at_sentence_start = false;
            continue;
        }
        // A month or weekday before a number is a date (`Arena June 5`), not a name's word.
        let date = core.starts_with(|c: char| c.is_ascii_uppercase())
            && pieces
                .peek()
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()))
            && calendar_word(core);
        // (or its plural: the page's "ministers" makes "Minister" a title, not a name)
        let mut is_common = || written_in_lower(core, common, &mut lower);
        let trailing = &word[lead + core.len()..];
        // After `of`, a word the page also writes in lower case ends the name it belongs to
        // (Commonwealth of Independent States, when the page writes "member states") — unless a
        // capitalized word follows, as a name follows a title (Bank of England Governor Andrew
        // Bailey).
        let mut ends_name_after_of = || {
            over_of
                && (!trailing.is_empty()
                    || pieces
                        .peek()
                        .is_none_or(|next| !capitalized(next.trim_end())))
        };
        if capitalized(core) && !initials && (!is_common() || ends_name_after_of()) && !date {
            // A name has four words at most: of a longer run the last four are kept, as a
            // name comes after the words that describe it (Indian Prime Minister Narendra
            // Modi: Prime Minister Narendra Modi). In Uzbek, where a run of capitalized words
            // is often names and titles one after another (`Oʻzbekiston Prezidenti Shavkat
            // Mirziyoyev Qozogʻiston Prezidenti …`), the run is kept longer for the page's
            // names to be found in it, and cut to four after.
            if run.len() == if uzbek.is_some() { MAX_UZBEK_RUN } else { 4 } {
                run.remove(0);
                run_at_sentence_start = false;
                initials_at = None;
            }
            // A name is written in one script: `Sunday Times Кіт` is a paper, then a name.
            if run
                .last()
                .is_some_and(|&(a, _)| cyrillic(&text[a..]) != cyrillic(core))
            {
                flush(
                    &mut run,
                    &mut stem_end,
                    &mut initials_at,
                    run_at_sentence_start,
                    out,
                );
            }
            if run.is_empty() {
                run_at_sentence_start = at_sentence_start;
                (over_of, pending_of) = (false, false);
            } else {
                over_of |= std::mem::take(&mut pending_of);
            }
            run.push((a, b));
            // In Uzbek a name takes its case ending on its last word: a word with one ends the
            // name (`AQSHga Xitoy …`: the USA, then China).
            if let Some(page) = uzbek {
                lower.clear();
                crate::chars::lowercase_into(core, &mut lower);
                if let Some(n) = uzbek_stem(core, &lower, page) {
                    stem_end = Some(a + n);
                    flush(
                        &mut run,
                        &mut stem_end,
                        &mut initials_at,
                        run_at_sentence_start,
                        out,
                    );
                }
            }
        } else if core == "of" && lead == 0 && !run.is_empty() && pos < text.len() {
            // `of` inside a name (Commonwealth of Independent States, University of Toronto):
            // the run goes on if a capitalized word follows, and ends before `of` otherwise (a
            // mention spans its first to its last capitalized word).
            pending_of = true;
        } else {
            pending_of = false;
            flush(
                &mut run,
                &mut stem_end,
                &mut initials_at,
                run_at_sentence_start,
                out,
            );
        }
        // Punctuation after the word ends the run; sentence punctuation starts a sentence.
        if !trailing.is_empty() {
            flush(
                &mut run,
                &mut stem_end,
                &mut initials_at,
                run_at_sentence_start,
                out,
            );
        }
        // (Not the dot of a title abbreviated before a name.)
        let title = title_before_name(core, text.get(b..).unwrap_or_default());
        at_sentence_start = (trailing.contains(['.', '!', '?', '…', ':']) && !title)
            || (at_sentence_start && core.is_empty());
    }
    flush(
        &mut run,
        &mut stem_end,
        &mut initials_at,
        run_at_sentence_start,
        out,
    );
}

/// Whether the page writes `word` in lower case, or its plural (the page's "ministers" makes
/// "Minister" a title, not a name). `lower`: a buffer.
fn written_in_lower(word: &str, common: &foldhash::HashSet<&str>, lower: &mut String) -> bool {
    lower.clear();
    crate::chars::lowercase_into(word, lower);
    if common.contains(lower.as_str()) {
        return true;
    }
    lower.push('s');
    common.contains(lower.as_str())
}

/// Where the text of a name's next word begins, `end` being the end of one word and `next` the
/// start of the next: at its initials if it has any (`W. Bush`), not at `of` (`of States`).
fn word_after(text: &str, end: usize, next: usize) -> usize {
    let gap = text[end..next].trim_start();
    if gap.starts_with("of") {
        next
    } else {
        next - gap.len()
    }
}

/// The words of a block, each with the spaces after it: initials written against the name they
/// come before are words of their own (`Sh.Mirziyoyev` is read as `Sh. Mirziyoyev`, `С.П.Боткин`
/// as `С. П. Боткин`).
struct Pieces<'t> {
    words: std::str::SplitInclusive<'t, fn(char) -> bool>,
    rest: &'t str,
}

impl<'t> Pieces<'t> {
    fn of(text: &'t str) -> Self {
        Pieces {
            words: text.split_inclusive(char::is_whitespace),
            rest: "",
        }
    }
}

impl<'t> Iterator for Pieces<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        if self.rest.is_empty() {
            self.rest = self.words.next()?;
        }
        let n = glued_initial(self.rest);
        let (piece, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(piece)
    }
}

/// The words of a name's spelling, initials written against the name apart (see [`Pieces`]).
fn name_words(text: &str) -> impl Iterator<Item = &str> {
    Pieces::of(text)
        .map(str::trim_end)
        .filter(|w| !w.is_empty())
}

/// The length of `word` if it is no initial written against a name, else that of its first
/// initial with the dot: a capital (or Sh, Ch) and a dot, more of them, then a capital and a
/// small letter (`Sh.Mirziyoyev`, `А.Қодирий`, `С.П.Боткин`; not `U.S.`).
fn glued_initial(word: &str) -> usize {
    let mut first = 0;
    let mut rest = word;
    loop {
        let mut chars = rest.chars();
        let (Some(c), Some(d)) = (chars.next(), chars.next()) else {
            return word.len();
        };
        if !c.is_uppercase() {
            return word.len();
        }
        let mut tail = &rest[c.len_utf8()..];
        if c == 'S' || c == 'C' {
            tail = tail
                .strip_prefix('h')
                .filter(|t| t.starts_with('.'))
                .unwrap_or(tail);
        }
        match tail.strip_prefix('.') {
            Some(t) => rest = t,
            // The name itself, after one initial or more.
            None if first > 0 && d.is_lowercase() => return first,
            None => return word.len(),
        }
        if first == 0 {
            first = word.len() - rest.len();
        }
    }
}

/// Whether `word` is a person's initials: a capital and its dot (`W.`; Uzbek Latin also `Sh.`
/// and `Ch.`, letters of their own), or several written together — in Latin script only
/// `inside` a name, after a word of it (`George R.R. Martin`), as `U.S.` and `U.K.` are written
/// so; in Cyrillic anywhere (`В.В. Путин`).
fn is_initials(word: &str, inside: bool) -> bool {
    let (mut n, mut latin, mut rest) = (0, false, word);
    while let Some(c) = rest.chars().next() {
        let mut tail = &rest[c.len_utf8()..];
        if c == 'S' || c == 'C' {
            tail = tail.strip_prefix('h').unwrap_or(tail);
        }
        match tail.strip_prefix('.') {
            Some(t) if c.is_uppercase() => rest = t,
            _ => return false,
        }
        latin |= c.is_ascii();
        n += 1;
    }
    n == 1 || (n > 1 && (inside || !latin))
}

/// Whether the next words (of `rest`, the text after initials) are more initials and then a
/// name's word: capitalized, of three letters or more, not written in lower case on the page.
fn name_follows(rest: &str, common: &foldhash::HashSet<&str>, lower: &mut String) -> bool {
    for word in rest.split_whitespace() {
        if is_initials(word, true) {
            continue;
        }
        let core = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
        // (`Xbox One X. So, …` is a sentence's end.)
        return core.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && capitalized(core)
            && !written_in_lower(core, common, lower);
    }
    false
}

/// Whether a name's mentions (`mentions`, the first [`MAX_MENTIONS_COMPARED`]) spell their
/// word of `key` like `word` (folded; see [`spelled_alike`]), in any script they write it in
/// (Хўжаев is Жамшид Хўжаев's, whose first mention is Jamshid Xoʻjayev).
fn spelled_in(mentions: &[&Mention], key: &str, word: &str) -> bool {
    mentions.iter().take(MAX_MENTIONS_COMPARED).any(|m| {
        // (The last word without its case ending: Нафисанинг is Нафиса's.)
        let spelled = |&(a, b): &(usize, usize)| {
            let text = m.base.as_deref().filter(|t| t.len() < b).unwrap_or(&m.text);
            fold_word(text.get(a..b.min(text.len())).unwrap_or_default())
        };
        let (Some(first), Some(last)) = (m.words.first(), m.words.last()) else {
            return false;
        };
        m.keys.iter().zip(&m.words).enumerate().any(|(i, (k, at))| {
            let after_of = m.text.get(..at.0).unwrap_or_default().contains(" of ");
            k == key
                && joins_by_word(i, m.words.len(), after_of, || {
                    surname_first(&spelled(first), &spelled(last))
                })
                && spelled_alike(word, &spelled(at))
        })
    })
}

/// Whether a word alone joins a name of `n` words by the name's `i`-th word (from 0), with
/// `after_of` when an `of` comes before that word: not after `of` (Apple is not CEOs of Apple,
/// nor Maryland the University of Maryland), nor by a longer name's first word unless the name
/// is written surname first (`surname_first`, asked only then). The rule of a page's index and
/// of [`merge_indexes`] alike.
fn joins_by_word(i: usize, n: usize, after_of: bool, surname_first: impl FnOnce() -> bool) -> bool {
    !after_of && (i > 0 || n == 1 || surname_first())
}

/// Whether a name of two words or more whose first and last words are `first` and `last`
/// (folded, see [`fold_word`]) is written surname first, so that its first word alone is the
/// person (`Мирзиёев` of `Мирзиёев Шавкат Миромонович`, Xi of Xi Jinping): the first word has
/// the ending of a Russian, Ukrainian, Belarusian or Central Asian surname (-ov, -eva, -enko,
/// -uk, -skiy…) or at most three letters (Xi, Li, Kim), or the last word is a patronymic
/// (-ovich, -evna). Any other first word alone is not taken for its name: on the 188 sample
/// and benchmark pages two thirds of such joins were a place, a company or an adjective before
/// the institution, product or office it names (Amazon of Amazon Music, Belarus of Belarus
/// One, Beijing of Beijing Olympics, American of American Enterprise Institute); the rest, a
/// first name used alone (Taylor of Taylor Swift), is an entry of its own.
fn surname_first(first: &str, last: &str) -> bool {
    let ends = |w: &str, endings: &str| {
        endings
            .split(' ')
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
    };
    first.len() <= 3
        || ends(
            first,
            "ov ev ova eva in ina enko uk ski sky skiy skaya dze shvili",
        )
        || ends(last, "ovich evich ovna evna ichna")
}

/// Whether two spellings of one key (folded words, see [`fold_word`]) are alike enough to be
/// one name's: a weighted edit distance's similarity of 0.7 or more (Трампом and
/// Трамп, Kavano and Kavanoni, Феттелю and Феттелем; not What and White, Since and Senate,
/// Мюллера and Мілера), or the same four letters or more followed by different endings of three
/// letters at most (Вудса and Вудсом, Уэльсом and Уэльса). Measured on the names of the 188
/// benchmark and sample pages and the development set's pages.
fn spelled_alike(a: &str, b: &str) -> bool {
    let same = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let ending = |w: &str| w.chars().count() <= same + 3;
    super::key::word_similarity(a, b) >= 0.7 || (same >= 4 && ending(a) && ending(b))
}

/// Where a run of words of a `lang` block (`uz`, `ru`, `uk`, `be`) is two names, or a name and
/// what precedes it: the first word of its second part. `alone` holds the names of three words
/// or fewer the page writes on their own (their words' keys joined), `surnames` their last
/// words written once (`[0]`) and more than once (`[1]`).
#[inline(never)]
fn split_point(
    m: &Mention,
    lang: &str,
    alone: &foldhash::HashSet<String>,
    surnames: &[foldhash::HashSet<String>; 2],
) -> Option<(usize, bool)> {
    let j = split_at(m, lang, alone, surnames)?;
    // A title of one word before the name (`Prezidenti Shavkat Mirziyoyev`, once a sentence's
    // first word is cut) is no name: the first part is dropped.
    let (a, b) = m.words[0];
    let title = j == 1 && lang == "uz" && possessive(&m.text[a..b]);
    Some((j, title))
}

/// Whether an Uzbek word ends in the possessive of the third person (-i, -si), as a title
/// before a name does (`Prezidenti`, `Raisi`): five letters or more, not a first name like Ali
/// or Vali.
fn possessive(word: &str) -> bool {
    word.ends_with(['i', 'и']) && word.chars().count() >= 5
}

/// The cut of [`split_point`].
fn split_at(
    m: &Mention,
    lang: &str,
    alone: &foldhash::HashSet<String>,
    surnames: &[foldhash::HashSet<String>; 2],
) -> Option<usize> {
    let n = m.keys.len();
    // Whether the page writes the run's last word as the last word of a name of three words or
    // fewer elsewhere (a run of three is one of those itself).
    let known_surname = surnames[usize::from(n <= 3)].contains(&m.keys[n - 1]);
    // In Uzbek, a name the page writes on its own within a longer run, which only names'
    // words and titles are capitalized in (`Oʻzbekiston Prezidenti Shavkat Mirziyoyev
    // Qozogʻiston Prezidenti …`: Uzbekistan's President, Shavkat Mirziyoyev, Kazakhstan's
    // President…).
    if lang == "uz" {
        for a in 0..n {
            for len in [3, 2] {
                if a + len <= n
                    && (a > 0 || a + len < n)
                    && alone.contains(&m.keys[a..a + len].join(" "))
                {
                    return Some(if a > 0 { a } else { a + len });
                }
            }
        }
    }
    // In Uzbek, a name the page writes on its own, then a word with a case ending (`Qasim-Jomart
    // Toqayev Mirziyoyevga`: Toqayev, to Mirziyoyev) — the subject takes none — or a title in
    // the possessive before a name (`Qozogʻiston Prezidenti Qasim-Jomart Toqayev`:
    // Kazakhstan's President; the third person's -i, -si).
    let object = |j: usize| lang == "uz" && j == n - 1 && m.base.is_some();
    if lang == "uz" && n >= 3 && m.base.is_some() && known_surname {
        return Some(n - 1);
    }
    let possessive_title = |j: usize| {
        let (a, b) = m.words[j - 1];
        lang == "uz" && possessive(&m.text[a..b])
    };
    // (Before a name of two words whose last the page writes on its own, `Rossiya Prezidenti
    // Vladimir Putin` where the page has `Putinning`.)
    if n >= 3 && known_surname && possessive_title(n - 2) {
        return Some(n - 2);
    }
    // Or one noun in the genitive before a name of two words or more that the page writes on
    // its own (`Белоруссии Александр Лукашенко`, `Киева Виталием Кличко`: of Belarus, of Kyiv):
    // the genitive singular of nouns ends in -а -я -ы -и (the declension tables of
    // [`NOMINATIVE_OF`]); not an adjective's -ая -яя (`Кондитерская Олега Ильина`, a shop's
    // name).
    let genitive_head = || {
        if !matches!(lang, "ru" | "uk" | "be") {
            return false;
        }
        let (a, b) = m.words[0];
        let mut lower = String::new();
        crate::chars::lowercase_into(&m.text[a..b], &mut lower);
        lower.ends_with(['а', 'я', 'ы', 'и'])
            && !lower.ends_with("ая")
            && !lower.ends_with("яя")
            && nominative_of(&lower, None).is_some()
    };
    // Two names the page writes on their own.
    (1..n).find(|&j| {
        let head = alone.contains(&m.keys[..j].join(" "));
        if alone.contains(&m.keys[j..].join(" ")) {
            head || (j == 1 && genitive_head()) || possessive_title(j)
        } else {
            head && object(j)
        }
    })
}

/// Whether `word`, with `rest` the text after it, is a title abbreviated before a name (`Rep.
/// Schiff`, `Dr. Chen`): a capitalized word of four letters or fewer, not an acronym (`U.S.`),
/// before a dot, a space and a capital. Its dot ends no sentence.
fn title_before_name(word: &str, rest: &str) -> bool {
    word.len() <= 4
        && word.starts_with(char::is_uppercase)
        && !is_acronym(word)
        && rest
            .strip_prefix(". ")
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether a text has no small letter and three words or more with a capital.
fn in_capitals(text: &str) -> bool {
    let (mut words, mut counted) = (0, false);
    for c in text.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_whitespace() {
            counted = false;
        } else if c.is_uppercase() && !counted {
            counted = true;
            words += 1;
        }
    }
    words >= 3
}

/// Words a run of capitalized words of an Uzbek block may have before it is cut (see
/// `mentions`).
const MAX_UZBEK_RUN: usize = 8;
/// Passes over the runs to cut them where the page's names are (see `name_index_top`).
const MAX_SPLIT_PASSES: usize = 3;

/// Consonant case endings of Russian, Ukrainian and Belarusian nouns and adjectives (vowels
/// are not in keys, so -а -у -е -ой need nothing): instrumental -ым -ом -ем -ём -ам (Belarusian
/// -ам: Лукашэнкам) and -им where spelling writes и for ы (after г к х ж ш щ ч: Зеленским, not
/// Максим), plural -ах -ях -ых -их -ам -ям -ами -ями. Longest first.
const SLAVIC_CASE_ENDINGS: &[&str] = &[
    "ами", "ями", "ым", "ом", "ем", "ём", "ам", "ям", "ах", "ях", "ых", "им", "их",
];

/// For the words of `slavic` (name words of Russian, Ukrainian and Belarusian blocks) that end
/// with one of [`SLAVIC_CASE_ENDINGS`]: the key of their stem, where it is the key of another
/// word of `keys_of` (word → key; `words_with`, see [`words_with_keys`]) and long enough to be a
/// key.
fn slavic_stems<'t>(
    keys_of: &foldhash::HashMap<&'t str, String>,
    words_with: &foldhash::HashMap<&str, u32>,
    slavic: &foldhash::HashSet<&'t str>,
) -> foldhash::HashMap<&'t str, String> {
    let mut stems = foldhash::HashMap::default();
    if slavic.is_empty() {
        return stems;
    }
    let mut lower = String::new();
    for &word in slavic {
        lower.clear();
        crate::chars::lowercase_into(word, &mut lower);
        let Some(stem) = SLAVIC_CASE_ENDINGS.iter().find_map(|e| {
            let stem = lower.strip_suffix(e)?;
            let velar = stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'щ', 'ч']);
            (!e.starts_with('и') || velar).then_some(stem)
        }) else {
            continue;
        };
        let key = word_key(stem);
        if !key.starts_with('=')
            && keys_of.get(word) != Some(&key)
            && words_with.contains_key(key.as_str())
        {
            stems.insert(word, key);
        }
    }
    stems
}

/// Oblique case endings of Russian, Ukrainian and Belarusian nouns and adjectives in the
/// singular, each with the nominative endings a word of the same stem may have (`-`: none, a
/// stem ending in a consonant): the declension tables of T. Wade, *A Comprehensive Russian Grammar*
/// (3rd ed., 2011), S. Pugh and I. Press, *Ukrainian: A Comprehensive Grammar* (1999), and
/// A. Mayo, *A Grammar of Byelorussian* (1976) — masculine nouns (Трампа, Трампу, Трампом,
/// Трампові, Кромвеля), feminine ones (Европы, Європи, Еўропай, Великобритании, Великобританії)
/// and adjectives (Западной, Верховного, Зеленским). Longest first.
const NOMINATIVE_OF: &str = concat!(
    "ого ый ий ой ое е;его ий ее;ому ый ий ой ое е;ему ий ее;ага ы ае;аму ы ае;ові -;",
    "ым ый ой ы -;им ий і -;ом - ый ой;ам -;ем ь й ий;ём ь й;ой а ая;ою а я;ей я яя;",
    "ай а ая;яй я яя;ую ая;юю яя;ої а;ій а я;а -;я ь й;у - а;ю ь й я;е - а ь й я;",
    "і - а я ь й;ї я;ы а;и а я",
);

/// Where `other` (when it is `word` in the nominative: `Бретт` for `Бретта`, `Великобритания`
/// for `Великобритании`) departs from `word`: the same stem of three letters or more before
/// an ending [`NOMINATIVE_OF`] gives for `word`'s (in small letters; a word in capitals is left
/// as it is). With `other` None: where `word`'s stem ends, if it ends as a case form may.
fn nominative_of(word: &str, other: Option<&str>) -> Option<usize> {
    for entry in NOMINATIVE_OF.split(';') {
        let mut endings = entry.split(' ');
        let e = endings.next().unwrap_or_default();
        let Some(stem) = word.strip_suffix(e).filter(|s| s.len() >= 6) else {
            continue;
        };
        let cut = stem.len();
        let Some(other) = other else {
            return Some(cut);
        };
        if other.get(..cut) == Some(stem) {
            let n = other.get(cut..).unwrap_or_default();
            if endings.any(|x| x == n || (x == "-" && n.is_empty())) {
                return Some(cut);
            }
        }
    }
    None
}

/// The `j`-th word of `text` (words parted by single spaces).
fn word_at(text: &str, j: usize) -> Option<&str> {
    let mut start = 0;
    for _ in 0..j {
        start += text.get(start..)?.find(' ')? + 1;
    }
    let rest = text.get(start..)?;
    Some(rest.split_once(' ').map_or(rest, |(w, _)| w))
}

/// `name` (words of Russian, Ukrainian or Belarusian blocks) in the nominative, where the
/// entry's `spellings` write its words so, each in its place (`Бретта Кавано` and `Бретт` →
/// `Бретт Кавано`, `Западной Вирджинии` and `Западная Вирджиния` → `Западная Вирджиния`). None
/// when its first word has no such form (a head noun before a genitive, `Парламент Уэльса`,
/// stays), or a later word in a case form has none (no `Оливер Кромвеля`, half in one case) —
/// unless another spelling keeps it in its place, a genitive of its own (`Федерации Футбола` →
/// `Федерация Футбола`, where the page writes that).
fn nominative_name(
    name: &str,
    spellings: &[Spelling],
    slavic: &foldhash::HashSet<&str>,
    alone: &[&str],
) -> Option<String> {
    let mut out = String::new();
    for (j, w) in name.split(' ').enumerate() {
        if !slavic.contains(w) {
            return None;
        }
        // Its nominative in its place in a spelling; whether another spelling keeps it.
        let (mut nominative, mut kept) = (None, false);
        for s in spellings {
            let Some(v) = word_at(&s.text, j) else {
                continue;
            };
            if nominative.is_none() {
                nominative = nominative_of(w, Some(v)).map(|cut| (cut, v));
            }
            kept |= v == w && s.text != name;
        }
        // A first word (a first name) written alone elsewhere on the page, which is no
        // spelling of the name (see `surname_first`): Бретт for Бретта Кавано.
        // (`alone` is sorted: only the words that begin as this one does are tried, the six
        // bytes every stem has.)
        if let Some(stem) = w
            .get(..6)
            .filter(|_| j == 0 && nominative.is_none() && name.contains(' '))
        {
            let from = alone.partition_point(|t| *t < stem);
            nominative = alone[from..]
                .iter()
                .take_while(|t| t.starts_with(stem))
                .find_map(|v| nominative_of(w, Some(v)).map(|cut| (cut, *v)));
        }
        match nominative {
            Some((cut, v)) => out.extend([w.get(..cut), v.get(cut..)].into_iter().flatten()),
            None if j > 0 && (kept || nominative_of(w, None).is_none()) => out.push_str(w),
            None => return None,
        }
        out.push(' ');
    }
    out.pop();
    Some(out)
}

/// Whether a word is written in Cyrillic (by its first letter).
fn cyrillic(w: &str) -> bool {
    w.chars().next().and_then(crate::detect::script_of) == Some(crate::detect::Script::Cyrl)
}

/// Per key of `keys_of` (word → key): twice the number of distinct words with it, plus 1 if one
/// of them is written in Cyrillic.
fn words_with_keys<'k>(
    keys_of: &'k foldhash::HashMap<&str, String>,
) -> foldhash::HashMap<&'k str, u32> {
    let mut words_with: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
    for (&word, key) in keys_of {
        let n = words_with.entry(key.as_str()).or_default();
        *n = (*n | u32::from(cyrillic(word))) + 2;
    }
    words_with
}

/// For the Latin words of `keys_of` (word → key) with more than one reading
/// ([`skeleton_readings`]): the reading to key them by instead, where no other word has the usual
/// key and a Cyrillic word has that one.
fn readings_shared<'t>(
    keys_of: &foldhash::HashMap<&'t str, String>,
    words_with: &foldhash::HashMap<&str, u32>,
) -> foldhash::HashMap<&'t str, String> {
    let mut remap = foldhash::HashMap::default();
    // Only a page that also writes names in Cyrillic can have a Latin word's other readings.
    if !words_with.values().any(|&n| n & 1 == 1) {
        return remap;
    }
    for (&word, key) in keys_of {
        if cyrillic(word) || words_with[key.as_str()] >= 4 {
            continue;
        }
        // The other reading must be that of a Cyrillic word: between Latin spellings a shared
        // reading is mostly chance (Alex read the Uzbek way is Elahi; Scatola with a Polish c,
        // Style). A reading of one or two classes is no key (see `word_key`): Xoʻjayev's usual
        // one, hv, is too short, its Uzbek one, hzv, is Хўжаев's.
        let readings = skeleton_readings(&fold_word(word), true);
        if let Some(r) = readings.iter().skip(1).find(|r| {
            r.chars().count() > 2 && words_with.get(r.as_str()).is_some_and(|&n| n & 1 == 1)
        }) {
            remap.insert(word, r.clone());
        }
    }
    remap
}

/// The name index of the given block texts (content blocks, with their report indices).
/// A word of two to five capitals and nothing else (CIS, NATO, БМТ, AQSH).
fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=5).contains(&n) && word.chars().all(|c| c.is_uppercase())
}

pub fn name_index<'a>(blocks: impl IntoIterator<Item = (usize, &'a str)>) -> Vec<NameEntry> {
    name_index_in(blocks.into_iter().map(|(i, t)| (i, t, "und")))
}

/// [`name_index`] of blocks with their languages (ISO 639-1, as detected): in Uzbek blocks a
/// name's case ending (`Mirziyoyevga`, `Путиннинг`) ends it and is not part of its key.
pub fn name_index_in<'a>(
    blocks: impl IntoIterator<Item = (usize, &'a str, &'a str)>,
) -> Vec<NameEntry> {
    name_index_top(blocks, MAX_ENTRIES)
}

/// [`name_index_in`] listing up to `top` entries (the most mentioned): a page's index lists
/// [`MAX_ENTRIES`]; an index of many pages' blocks (the command line's `names`) more.
pub fn name_index_top<'a>(
    blocks: impl IntoIterator<Item = (usize, &'a str, &'a str)>,
    top: usize,
) -> Vec<NameEntry> {
    if top == 0 {
        return Vec::new();
    }
    let blocks: Vec<(usize, &str, &str)> = blocks.into_iter().collect();
    // The capitalized words of the page in lower case, for the case endings that need their stem
    // on the page by itself (as a name: Kanada is no Kana-da even where the page writes "kana");
    // only a page with Uzbek blocks needs them.
    let page_words: Option<foldhash::HashSet<String>> =
        blocks.iter().any(|b| b.2 == "uz").then(|| {
            let mut lower = String::new();
            let mut words = foldhash::HashSet::default();
            for w in blocks
                .iter()
                .flat_map(|(_, t, _)| t.split(|c: char| !crate::chars::is_letter_or_digit(c)))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                lower.clear();
                crate::chars::lowercase_into(w, &mut lower);
                // (A page repeats its words: each distinct one is copied once.)
                if !words.contains(lower.as_str()) {
                    words.insert(lower.clone());
                }
            }
            words
        });

    // Words the page writes in lower case.
    let common: foldhash::HashSet<&str> = blocks
        .iter()
        .flat_map(|(_, t, _)| t.split(|c: char| !crate::chars::is_letter_or_digit(c)))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let mut all = Vec::new();
    let mut keys_of = foldhash::HashMap::default();
    // The name words of Russian, Ukrainian and Belarusian blocks, whose case endings are read
    // once every word's key is known (see `slavic_stems`).
    let mut slavic: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for (slot, &(i, text, lang)) in blocks.iter().enumerate() {
        // A block in capitals (a heading set in caps, a signature: `DEAR BEATEN UP`) says
        // nothing by its capitals: no names are read from it.
        if in_capitals(text) {
            continue;
        }
        let uzbek = page_words.as_ref().filter(|_| lang == "uz");
        let before = all.len();
        mentions(
            text,
            i,
            &common,
            uzbek,
            matches!(lang, "uz" | "ru" | "uk" | "be" | "kk" | "ky" | "tg"),
            &mut keys_of,
            &mut all,
        );
        for m in &mut all[before..] {
            m.slot = slot;
        }
        if matches!(lang, "ru" | "uk" | "be") {
            for m in &all[before..] {
                slavic.extend(m.words.iter().map(|&(a, b)| &text[m.at + a..m.at + b]));
            }
        }
    }
    // An acronym defined in parentheses (Collective Security Treaty Organization (CSTO)): its
    // expansion is one mention, in place of the runs found across it (Treaty Organization, when
    // the page also writes "collective security"), and the acronym joins the expansion's entry.
    let mut defined: Vec<(String, Vec<String>)> = Vec::new();
    for (slot, &(i, text, _)) in blocks.iter().enumerate() {
        for d in definitions(text) {
            // A page defines a few; each costs a pass over the mentions and the entries.
            if defined.len() == MAX_DEFINITIONS {
                break;
            }
            all.retain(|m| m.block != i || m.at + m.text.len() <= d.start || m.at >= d.end);
            let keys: Vec<String> = d
                .words
                .iter()
                .map(|&(a, b)| word_key(&text[a..b]))
                .collect();
            let mut sorted = keys.clone();
            crate::sort::sort_ascending(&mut sorted);
            defined.push((word_key(d.acronym), sorted));
            all.push(Mention {
                text: text[d.start..d.end].to_string(),
                keys,
                words: d
                    .words
                    .iter()
                    .map(|&(a, b)| (a - d.start, b - d.start))
                    .collect(),
                block: i,
                at: d.start,
                slot,
                sentence_start: false,
                base: None,
                defined: true,
            });
        }
    }
    // A word read more than one way (an Uzbek Latin j is ж and x is х, where European spellings
    // read й and ks: Jamshid = Жамшид, Xoʻjayev = Хўжаев) takes the reading another spelling on
    // the page has, when no other spelling shares its usual one.
    let words_with = words_with_keys(&keys_of);
    let remap = readings_shared(&keys_of, &words_with);
    // A Russian, Ukrainian or Belarusian case form with a consonant ending (Путиным, Лукашэнкам)
    // is keyed by its stem when another word of the page has the stem's key (vowel endings are
    // not in keys: Путина is Путин already).
    let stems = slavic_stems(&keys_of, &words_with, &slavic);
    // The names of two words or more as the page writes them (their words' keys), for a case
    // form whose last word does not show its case (`Сергеем Шойгу` where the page writes
    // `Сергей Шойгу`).
    let written: foldhash::HashSet<String> = if stems.is_empty() {
        foldhash::HashSet::default()
    } else {
        // (A sentence's first word may not be the name's: `Позже Сергей Шойгу` counts both.)
        all.iter()
            .filter(|m| m.keys.len() >= 2)
            .flat_map(|m| {
                let rest = (m.sentence_start && m.keys.len() >= 3).then(|| m.keys[1..].join(" "));
                std::iter::once(m.keys.join(" ")).chain(rest)
            })
            .collect()
    };
    if !remap.is_empty() || !stems.is_empty() {
        for m in &mut all {
            let mut inflected = false;
            // Words of a name agree in case: a case form is read as one only where the name's
            // last word is one too (Владимиром Путиным), not in a name run on into a place
            // (`Трампом Западной Вирджинии`) — or where it is a surname Russian does not
            // decline, which agrees with every case: one in -о (Wade, *A Comprehensive Russian
            // Grammar*, indeclinable nouns: Ukrainian -ко and -енко, Живаго; no case form of a
            // noun that declines ends in -о), `Александром Лукашенко`.
            // Or where the page writes the name with each of its words before the last in the
            // form of their stem, and the last as it is here: a surname that does not show its
            // case (Шойгу, Гёте).
            let last_inflected = m.words.last().is_some_and(|&(a, b)| {
                let w = &m.text[a..b];
                stems.contains_key(w) || (slavic.contains(w) && w.ends_with(['о', 'О']))
            }) || (m.keys.len() >= 2 && {
                let last = m.words.len() - 1;
                let mut any = false;
                let keys: Vec<&str> = m
                    .words
                    .iter()
                    .zip(&m.keys)
                    .enumerate()
                    .map(|(i, (&(a, b), k))| match stems.get(&m.text[a..b]) {
                        Some(r) if i < last => {
                            any = true;
                            r.as_str()
                        }
                        _ => k.as_str(),
                    })
                    .collect();
                // (Or without its first word, a genitive before it: `России Сергеем Шойгу`.)
                any && (written.contains(&keys.join(" "))
                    || (keys.len() >= 3 && written.contains(&keys[1..].join(" "))))
            });
            for (k, &(a, b)) in m.keys.iter_mut().zip(&m.words) {
                let word = &m.text[a..b];
                if let Some(r) = stems.get(word).filter(|_| last_inflected) {
                    k.clone_from(r);
                    inflected = true;
                } else if let Some(r) = remap.get(word) {
                    k.clone_from(r);
                }
            }
            if inflected && m.base.is_none() {
                // Shown only when the page writes the name no other way.
                m.base = Some(m.text.clone());
            }
        }
    }
    // Keys of words seen somewhere other than first in a sentence.
    let mut trusted: foldhash::HashSet<String> = all
        .iter()
        .flat_map(|m| m.keys.iter().skip(usize::from(m.sentence_start)))
        .cloned()
        .collect();
    // A name of two words or more that the page writes in two different blocks (in any
    // spelling) is a name where it opens a sentence too: its first word (Jamshid Xoʻjayev, twice
    // at a sentence's start) is not a sentence opener like Does or Today. (A block repeated word
    // for word, `Follow RT on`, counts once.)
    // (Only the runs whose first word a sentence's start would otherwise cut are counted.)
    let cut: foldhash::HashSet<&str> = all
        .iter()
        .filter(|m| m.sentence_start && m.keys.len() >= 2 && !trusted.contains(&m.keys[0]))
        .map(|m| m.keys[0].as_str())
        .collect();
    let runs: Vec<(String, usize)> = all
        .iter()
        .filter(|m| m.keys.len() >= 2 && cut.contains(m.keys[0].as_str()))
        .map(|m| (m.keys.join(" "), m.slot))
        .collect();
    // Per run of keys: the slot of the first block writing it, and `TWICE` once another does.
    const TWICE: u32 = 1 << 31;
    let mut seen: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
    for (keys, slot) in &runs {
        let e = seen.entry(keys.as_str()).or_insert(*slot as u32);
        let first = (*e & !TWICE) as usize;
        if blocks.get(first).map(|b| b.1) != blocks.get(*slot).map(|b| b.1) {
            *e |= TWICE;
        }
    }
    for (keys, n) in seen {
        if n & TWICE != 0 {
            let first = keys.split(' ').next().unwrap_or_default();
            trusted.insert(first.to_string());
        }
    }
    // A sentence's capitalized first word the page never capitalizes elsewhere (Does, Today,
    // Yesterday, Сегодня) is not part of the name after it.
    for m in &mut all {
        if m.sentence_start && m.keys.len() >= 2 && !trusted.contains(&m.keys[0]) {
            m.drop_words(1);
        }
    }
    // In an Uzbek, Russian, Ukrainian or Belarusian block, a run of three words or more that is
    // two names the page also writes on their own is those two: Uzbek puts the subject, with no
    // ending, first (`Nensi Pelosi Bret Kavanoni`: Pelosi, then Kavanaugh), and these languages
    // capitalize only a name's first word where English capitalizes every one (`Великобритании
    // Тереза Мэй`: of Britain, then Theresa May). Not in English, where such runs are mostly one
    // name (Los Angeles Lakers, Chinese Communist Party).
    let splittable = |m: &Mention| {
        let lang = blocks.get(m.slot).map_or("", |b| b.2);
        m.keys.len() >= 3 && !m.defined && matches!(lang, "uz" | "ru" | "uk" | "be")
    };
    let alone: foldhash::HashSet<String> = if all.iter().any(&splittable) {
        all.iter()
            .filter(|m| m.keys.len() <= 3)
            .map(|m| m.keys.join(" "))
            .collect()
    } else {
        foldhash::HashSet::default()
    };
    // The last words of the names of three words or fewer the page writes on its own (its
    // surnames, mostly).
    // The last words of the names of three words or fewer: written once, and more than once.
    let mut surnames: [foldhash::HashSet<String>; 2] = Default::default();
    if !alone.is_empty() {
        for m in all.iter().filter(|m| m.keys.len() <= 3) {
            if let Some(k) = m.keys.last() {
                if !surnames[0].insert(k.clone()) {
                    surnames[1].insert(k.clone());
                }
            }
        }
    }
    // Each run is cut where a rule says, and its two parts are looked at again; a part of two
    // or three words is a name the page writes on its own for the runs looked at after it, and
    // the runs are looked at again while one is cut (a name found in one run cuts another).
    let mut alone = alone;
    for _ in 0..MAX_SPLIT_PASSES {
        let mut cut_any = false;
        let mut i = 0;
        while i < all.len() {
            let m = &all[i];
            let lang = blocks.get(m.slot).map_or("", |b| b.2);
            let Some((j, title)) = splittable(m)
                .then(|| split_point(m, lang, &alone, &surnames))
                .flatten()
            else {
                i += 1;
                continue;
            };
            cut_any = true;
            let m = &mut all[i];
            let end = m.words[j - 1].1;
            let cut = word_after(&m.text, end, m.words[j].0);
            let part = Mention {
                text: m.text[cut..].to_string(),
                keys: m.keys.split_off(j),
                words: m
                    .words
                    .split_off(j)
                    .iter()
                    .map(|&(a, b)| (a - cut, b - cut))
                    .collect(),
                block: m.block,
                at: m.at + cut,
                slot: m.slot,
                sentence_start: false,
                base: m
                    .base
                    .take()
                    .map(|b| b.get(cut..).unwrap_or_default().to_string()),
                defined: false,
            };
            m.text.truncate(end);
            if !title && (2..=3).contains(&m.keys.len()) {
                alone.insert(m.keys.join(" "));
            }
            if (2..=3).contains(&part.keys.len()) {
                alone.insert(part.keys.join(" "));
            }
            if title {
                all[i] = part;
            } else {
                all.push(part);
            }
        }
        if !cut_any {
            break;
        }
    }
    // An Uzbek run still longer than a name keeps its last four words.
    for m in &mut all {
        let lang = blocks.get(m.slot).map_or("", |b| b.2);
        if lang == "uz" && m.keys.len() > 4 && !m.defined {
            let k = m.keys.len() - 4;
            m.drop_words(k);
        }
    }
    let mut entries: Vec<(Vec<String>, Vec<&Mention>)> = Vec::new();
    // Longer names first, so single words join them.
    let mut order: Vec<&Mention> = all
        .iter()
        .filter(|m| !m.sentence_start || m.keys.len() >= 2 || trusted.contains(&m.keys[0]))
        .collect();
    crate::sort::sort_by_key(&mut order, |m| std::cmp::Reverse(m.keys.len()));
    // Each mention's keys sorted, and joined: the entry of the same name is found by the joined
    // keys, and a longer name holding them through the entries listed under one of its keys —
    // not by a look at every entry, which made a page of many names cost the square of their
    // number.
    let sorted = |m: &Mention| {
        let mut sorted = m.keys.clone();
        crate::sort::sort_ascending(&mut sorted);
        sorted
    };
    // (A one-word name, most of them, is its key: nothing to join.)
    let joined: Vec<std::borrow::Cow<str>> = order
        .iter()
        .map(|m| match m.keys.as_slice() {
            [key] => key.as_str().into(),
            _ => sorted(m).join(" ").into(),
        })
        .collect();
    let mut exact: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
    // Per key, the entries (in the order they were made) whose names hold it.
    let mut key_id: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
    let mut holding: Vec<Vec<u32>> = Vec::new();
    // Per spelling of a one-word mention, the name it joins.
    // (`u32::MAX`: none; the map's type is the one `exact` has, one copy of its code.)
    let mut one_word: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
    for (m, joined) in order.iter().zip(&joined) {
        let sorted = sorted(m);
        // An acronym (CIS, NATO, БМТ) is a name of its own, not a word of a longer one: the CIS
        // is not the CIS Secretary General, as Lebedev alone is Sergei Lebedev.
        let acronym = m.keys.len() == 1 && is_acronym(m.base.as_deref().unwrap_or(&m.text));
        let one = !acronym && m.keys.len() == 1;
        let same = exact
            .get(joined.as_ref())
            .filter(|_| !one)
            .map(|&e| e as usize);
        // The first longer name holding every key, looked for among the entries of its rarest
        // key, at most `MAX_HOLDERS` of them. A key keeps a word's consonants only (Уоррен,
        // Ирана and Арена have one): a one-word mention joins the first name, longer or of one
        // word, whose word of that key it is spelled like (see `spelled_alike`) — Warren is
        // Elizabeth Warren, not Тони Макарони Арена, and Гартс (Hearts) is not Греція. (Longer
        // names are made before the first one-word mention: each spelling is decided once,
        // and a spelling that makes a name of its own is that name's.)
        let longer = if acronym {
            None
        } else if let [key] = m.keys.as_slice() {
            let e = *one_word.entry(m.text.as_str()).or_insert_with(|| {
                let list = key_id
                    .get(key.as_str())
                    .map_or(&[][..], |&i| &holding[i as usize]);
                let mine = fold_word(m.base.as_deref().unwrap_or(&m.text));
                list.iter()
                    .take(MAX_HOLDERS)
                    .copied()
                    .find(|&e| spelled_in(&entries[e as usize].1, key, &mine))
                    .unwrap_or(u32::MAX)
            });
            (e != u32::MAX).then_some(e as usize)
        } else {
            let list = sorted
                .iter()
                .map(|k| {
                    key_id
                        .get(k.as_str())
                        .map_or(&[][..], |&i| &holding[i as usize])
                })
                .min_by_key(|l| l.len())
                .unwrap_or_default();
            list.iter()
                .take(MAX_HOLDERS)
                .map(|&e| e as usize)
                .find(|&e| {
                    let keys = &entries[e].0;
                    keys.len() > sorted.len() && sorted.iter().all(|k| keys.contains(k))
                })
        };
        match same.into_iter().chain(longer).min() {
            Some(e) => entries[e].1.push(m),
            None => {
                let e = entries.len() as u32;
                exact.insert(joined.as_ref(), e);
                if one {
                    one_word.insert(m.text.as_str(), e);
                }
                for k in &m.keys {
                    let next = holding.len() as u32;
                    let id = *key_id.entry(k.as_str()).or_insert(next);
                    if id == next {
                        holding.push(Vec::new());
                    }
                    let list = &mut holding[id as usize];
                    if list.last() != Some(&e) {
                        list.push(e);
                    }
                }
                entries.push((sorted, vec![m]));
            }
        }
    }
    // A word that begins a longer name and is written by itself more than twice as often as
    // that name is a name of its own: a company before its product, a place before its
    // institution (Apple 23 times, Apple TV once; Россия, and Россия Физика-кимё жамияти once).
    // A later word — a surname (Howitt, after Michael Howitt once), Xi of President Xi
    // Jinping — is the longer name's however often.
    for e in 0..entries.len() {
        let m: &Mention = entries[e].1[0];
        let first = m.keys[0].as_str();
        let alone = |m: &Mention| m.keys.len() == 1 && m.keys[0] == first;
        let (mut by_itself, mut longer) = (0, 0);
        for m in &entries[e].1 {
            by_itself += usize::from(alone(m));
            longer += usize::from(m.keys.len() > 1 && m.keys[0] == first);
        }
        if by_itself > 2 * longer && longer > 0 {
            let (words, rest) = entries[e].1.iter().partition(|m| alone(m));
            entries[e].1 = rest;
            entries.push((vec![first.to_string()], words));
        }
    }
    for (acronym, expansion) in &defined {
        let of_acronym = entries
            .iter()
            .position(|(keys, _)| keys.len() == 1 && keys[0] == *acronym);
        let of_expansion = entries.iter().position(|(keys, _)| keys == expansion);
        if let (Some(a), Some(e)) = (of_acronym, of_expansion) {
            if a != e {
                let (_, ms) = entries.remove(a);
                let e = if a < e { e - 1 } else { e };
                entries[e].1.extend(ms);
            }
        }
    }
    // A month or weekday by itself (English capitalizes them: Tuesday, November) is no name;
    // as a name's word it is (Theresa May, Black Friday), and there it joins its name. German
    // capitalizes every noun (Daten, Patienten): a word written by itself mostly in German
    // blocks (a short heading may pass for English) is no name either, unless written in
    // capitals (DICOM); a name of two words or more is, its surname alone (Merkel after Angela
    // Merkel) too.
    let noun_cased = |m: &Mention| blocks[m.slot].2 == "de" && !is_acronym(&m.text);
    // A title abbreviated before a name (Mr. Volker, Dr. Smith, Rep. Schiff) is a run of its
    // own, its dot ending the run: a word the page writes only so is no name by itself.
    let abbreviation = |m: &Mention| {
        let after = blocks[m.slot].1.get(m.at + m.text.len()..);
        title_before_name(&m.text, after.unwrap_or_default())
    };
    entries.retain(|(keys, ms)| {
        keys.len() >= 2
            || (ms.len() >= 2
                && !ms.iter().all(|m| calendar_word(&m.text) || abbreviation(m))
                && 2 * ms.iter().filter(|m| noun_cased(m)).count() <= ms.len())
    });
    // Only the entries that can be among the `top` listed (as often mentioned as the top-th,
    // ties included) are worked out: a page names hundreds once or twice.
    let least = if entries.len() > top {
        let mut counts: Vec<usize> = entries.iter().map(|(_, ms)| ms.len()).collect();
        crate::sort::sort_ascending(&mut counts);
        counts[counts.len() - top]
    } else {
        0
    };
    // The one-word mentions of Russian, Ukrainian and Belarusian blocks, sorted: the nominative
    // of a name's first word where the page writes it alone.
    let mut alone: Vec<&str> = all
        .iter()
        .filter(|m| m.words.len() == 1 && slavic.contains(m.text.as_str()))
        .map(|m| m.text.as_str())
        .collect();
    crate::sort::sort_ascending(&mut alone);
    alone.dedup();
    let mut out: Vec<NameEntry> = entries
        .into_iter()
        .filter(|(_, ms)| ms.len() >= least)
        .map(|(_, ms)| {
            // Each spelling with the form without its case ending of its first mention.
            let mut spellings: Vec<Spelling> = Vec::new();
            // Per spelling, in the order first seen: the form without its case ending.
            let mut bases: Vec<Option<String>> = Vec::new();
            let mut at: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
            for m in &ms {
                let next = spellings.len() as u32;
                let i = *at.entry(m.text.as_str()).or_insert(next);
                if i == next {
                    let text = m.text.clone();
                    spellings.push(Spelling { text, count: 0 });
                    bases.push(m.base.clone());
                }
                spellings[i as usize].count += 1;
            }
            let base_of = |text: &str| at.get(text).and_then(|&i| bases[i as usize].clone());
            let mut blocks: Vec<usize> = ms.iter().map(|m| m.block).collect();
            crate::sort::sort_ascending(&mut blocks);
            blocks.dedup();
            sort_spellings(&mut spellings);
            // The name shown: a spelling of two words or more if there is one (Sergei Lebedev,
            // not Lebedev), without a case ending where the page writes one so (Путин, not
            // Путинга); else the most frequent spelling without its ending. Of those, the one
            // written most often counting the spellings its words begin, as a name's stem
            // begins its case forms (Путин counts Путина and Путину, Дональд Трамп counts
            // Дональда Трампа) — not the longest, which is often a name run on into a title or
            // a place (Hong Kong Chief Executive once, Hong Kong eight times); of those as
            // often, the longest. Among the most frequent spellings only, so that a name written
            // a thousand ways is not compared a million times.
            let frequent = &spellings[..spellings.len().min(MAX_NAMING_SPELLINGS)];
            let begins = |a: &str, b: &str| {
                let (mut x, mut y) = (name_words(a), name_words(b));
                loop {
                    match (x.next(), y.next()) {
                        (None, None) => return a != b,
                        (Some(v), Some(w)) if w.starts_with(v) => {}
                        _ => return false,
                    }
                }
            };
            let support = |a: &str| -> u32 {
                frequent
                    .iter()
                    .filter(|t| t.text == a || begins(a, &t.text))
                    .map(|t| t.count)
                    .sum()
            };
            let best = |plain: bool| {
                frequent
                    .iter()
                    .filter(|s| base_of(&s.text).is_none() == plain)
                    .max_by_key(|s| naming_rank(&s.text, support(&s.text)))
            };
            let name = match best(true) {
                Some(s) => s.text.clone(),
                None => best(false)
                    .and_then(|s| base_of(&s.text))
                    .unwrap_or_default(),
            };
            // In the nominative where the page writes its words so (Европы → Европа).
            let name = nominative_name(&name, frequent, &slavic, &alone).unwrap_or(name);
            NameEntry {
                name,
                count: ms.len() as u32,
                spellings,
                blocks,
            }
        })
        .collect();
    most_mentioned_first(&mut out, top, |e| (e.count, &e.name));
    out
}

/// The `top` entries of `out` mentioned most (`key`: mentions and name), most first; of those as
/// often, by name — a page's index and the index of many pages alike.
fn most_mentioned_first<T>(out: &mut Vec<T>, top: usize, key: impl Fn(&T) -> (u32, &str)) {
    crate::sort::sort_by(out, |a, b| {
        let ((m, x), (n, y)) = (key(a), key(b));
        n.cmp(&m).then(x.cmp(y))
    });
    out.truncate(top);
}

/// How the name an entry is shown by is chosen among its spellings (the larger first): a
/// spelling of two words or more before one word, then the most mentioned, then the one with
/// the most words written out (not initials), then the longest (see [`NameEntry::name`]; the
/// same for an entry merged across pages).
fn naming_rank(text: &str, mentions: u32) -> (usize, u32, usize, usize) {
    // (Benjamin Nzeribe before B. U. Nzeribe.)
    let (mut words, mut written_out) = (0, 0);
    for w in name_words(text) {
        words += 1;
        written_out += usize::from(!is_initials(w, true));
    }
    (words.min(2), mentions, written_out, words)
}

/// Spellings most frequent first, and of those as frequent the longest first. (Inlined: as a
/// call of its own it made the wasm module 150 bytes larger.)
#[inline(always)]
fn sort_spellings(spellings: &mut Vec<Spelling>) {
    crate::sort::sort_by(spellings, |a, b| {
        b.count.cmp(&a.count).then(b.text.len().cmp(&a.text.len()))
    });
}

/// One person or place across many pages (see [`merge_indexes`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PagesEntry {
    /// The name of the entries merged that is mentioned most, of those of two words or more if
    /// there are any (as each page's entry is shown, [`NameEntry::name`]); of those as often, the
    /// longest.
    pub name: String,
    /// Every spelling, with how often, most frequent first.
    pub spellings: Vec<Spelling>,
    /// Mentions in all.
    pub count: u32,
    /// The pages (their place in the list merged) and each one's blocks that mention it.
    pub pages: Vec<(usize, Vec<usize>)>,
}

/// An entry of [`merge_indexes`] being made: the names of the page entries merged, with their
/// counts; its spellings; its pages with their blocks.
type Merged = (Vec<(String, u32)>, Vec<Spelling>, Vec<(usize, Vec<usize>)>);

/// Whether the one-word name `word` (an entry of [`merge_indexes`], whose key is `key`) joins
/// `longer`, the only longer name holding that key, as a page's index would have it join: not
/// an acronym (the CIS is not the CIS Secretary General), on no page of `longer`'s (where that
/// page's index kept the two apart), and a word of one of `longer`'s spellings of two words or
/// more that is spelled alike and that a word alone joins (not its first word unless it is
/// written surname first, not after `of`: see [`joins_by_word`]).
fn joins(word: &Merged, longer: &Merged, key: &str) -> bool {
    let Some((name, _)) = word.0.first() else {
        return false;
    };
    if is_acronym(name)
        || word
            .2
            .iter()
            .any(|(p, _)| longer.2.iter().any(|(q, _)| p == q))
    {
        return false;
    }
    let mine = fold_word(name);
    longer.1.iter().any(|s| {
        let words: Vec<&str> = name_words(&s.text).collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        words.len() > 1
            && words.iter().enumerate().any(|(i, w)| {
                super::name_key(w) == key
                    && joins_by_word(i, words.len(), words[..i].contains(&"of"), || {
                        surname_first(&fold_word(first), &fold_word(last))
                    })
                    && spelled_alike(&mine, &fold_word(w))
            })
    })
}

/// The name indexes of many pages as one: the entries of each page's index (made with the
/// page's own context: which longer name a surname belongs to is the page's to say), merged
/// across pages when the keys ([`super::name_key`]) of spellings of two words or more meet (a
/// page's `Jamshid Xoʻjayev`, written `Жамшид Хўжаев` too, and another's `Жамшид Хўжаев`); a
/// one-word name joins the only longer name holding it. The `top` with the most mentions, most
/// first.
pub fn merge_indexes(
    indexes: impl IntoIterator<Item = Vec<NameEntry>>,
    top: usize,
) -> Vec<PagesEntry> {
    // Per merged entry: the names of its parts with their counts, its spellings, its pages.
    let mut merged: Vec<Merged> = Vec::new();
    // Per key, the merged entries with a spelling of that key.
    let mut by_key: foldhash::HashMap<String, Vec<u32>> = foldhash::HashMap::default();
    let mut spelled: foldhash::HashMap<String, u32> = foldhash::HashMap::default();
    for (page, index) in indexes.into_iter().enumerate() {
        for e in index {
            // The keys of its spellings of two words or more (of its one-word ones for a
            // one-word name): a surname alone is too little to say two pages mean one person.
            let long = |s: &Spelling| name_words(&s.text).nth(1).is_some();
            let any_long = e.spellings.iter().any(long);
            let keys: Vec<String> = e
                .spellings
                .iter()
                .filter(|s| long(s) == any_long)
                .map(|s| super::name_key(&s.text))
                .filter(|k| !k.is_empty())
                .collect();
            // A one-word name joins one of another page by key only where the two are spelled
            // alike, as on a page (Alibaba is not Уіллоубі, nor Audi Sajid Javid).
            let mine: Vec<String> = match any_long {
                true => Vec::new(),
                false => e
                    .spellings
                    .iter()
                    .take(MAX_MENTIONS_COMPARED)
                    .map(|s| fold_word(&s.text))
                    .collect(),
            };
            let alike = |m: &Merged| {
                any_long
                    || m.1.iter().take(MAX_MENTIONS_COMPARED).any(|t| {
                        let theirs = fold_word(&t.text);
                        mine.iter().any(|w| spelled_alike(w, &theirs))
                    })
            };
            let found = keys
                .iter()
                .filter_map(|k| by_key.get(k))
                .flatten()
                .find(|&&i| alike(&merged[i as usize]));
            let at = match found {
                Some(&i) => i as usize,
                None => {
                    merged.push((Vec::new(), Vec::new(), Vec::new()));
                    merged.len() - 1
                }
            };
            for k in keys {
                let list = by_key.entry(k).or_default();
                if !list.contains(&(at as u32)) {
                    list.push(at as u32);
                }
            }
            let (names, spellings, pages) = &mut merged[at];
            names.push((e.name, e.count));
            for s in e.spellings {
                // (The spelling's place in its merged entry, found by a map: a name written many
                // ways on many pages is not searched spelling by spelling.)
                let next = spellings.len() as u32;
                let i = *spelled
                    .entry(format!("{at}\u{0}{}", s.text))
                    .or_insert(next);
                if i == next {
                    spellings.push(s);
                } else {
                    spellings[i as usize].count += s.count;
                }
            }
            pages.push((page, e.blocks));
        }
    }
    // A one-word name (Trump, on a page that never writes more) joins the longer name holding
    // it when only one does (Donald Trump) — not when several do (Donald, Ivanka, Melania Trump).
    let key_of = |m: &Merged| {
        m.0.first()
            .map(|n| super::name_key(&n.0))
            .unwrap_or_default()
    };
    let mut holders: foldhash::HashMap<String, u32> = foldhash::HashMap::default();
    for (i, m) in merged.iter().enumerate() {
        let key = key_of(m);
        if key.contains(' ') {
            for w in key.split(' ') {
                // u32::MAX: held by more than one.
                let h = holders.entry(w.to_string()).or_insert(i as u32);
                if *h != i as u32 {
                    *h = u32::MAX;
                }
            }
        }
    }
    for i in 0..merged.len() {
        let key = key_of(&merged[i]);
        let Some(&h) = holders
            .get(&key)
            .filter(|_| !key.is_empty() && !key.contains(' '))
        else {
            continue;
        };
        if h == u32::MAX || h as usize == i || !joins(&merged[i], &merged[h as usize], &key) {
            continue;
        }
        let (names, spellings, pages) = std::mem::take(&mut merged[i]);
        let target = &mut merged[h as usize];
        target.0.extend(names);
        for s in spellings {
            let next = target.1.len() as u32;
            let j = *spelled.entry(format!("{h}\u{0}{}", s.text)).or_insert(next);
            if j == next {
                target.1.push(s);
            } else {
                target.1[j as usize].count += s.count;
            }
        }
        target.2.extend(pages);
    }
    merged.retain(|m| !m.0.is_empty());
    let mut out: Vec<PagesEntry> = merged
        .into_iter()
        .map(|(names, mut spellings, mut pages)| {
            crate::sort::sort_by(&mut pages, |a, b| a.0.cmp(&b.0));
            sort_spellings(&mut spellings);
            PagesEntry {
                name: names
                    .iter()
                    .max_by_key(|n| naming_rank(&n.0, n.1))
                    .map(|n| n.0.clone())
                    .unwrap_or_default(),
                count: spellings.iter().map(|s| s.count).sum(),
                spellings,
                pages,
            }
        })
        .collect();
    most_mentioned_first(&mut out, top, |e| (e.count, &e.name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index of `blocks`, numbered in order.
    fn index_of(blocks: &[&str]) -> Vec<NameEntry> {
        name_index(blocks.iter().enumerate().map(|(i, t)| (i, *t)))
    }

    /// The name index of `blocks`, each detected as `lang`.
    fn index_in(blocks: &[&str], lang: &str) -> Vec<NameEntry> {
        name_index_in(blocks.iter().enumerate().map(|(i, t)| (i, *t, lang)))
    }

    /// The names an index lists.
    fn entry_names(idx: &[NameEntry]) -> Vec<&str> {
        idx.iter().map(|e| e.name.as_str()).collect()
    }

    /// The names the index of `blocks` lists.
    fn names_of(blocks: &[&str]) -> Vec<String> {
        index_of(blocks).into_iter().map(|e| e.name).collect()
    }

    /// The names the index of `blocks`, each detected as `lang`, lists.
    fn names_in(blocks: &[&str], lang: &str) -> Vec<String> {
        index_in(blocks, lang).into_iter().map(|e| e.name).collect()
    }

    /// Asserts that `names` holds every name of `want` and none of `not`.
    fn assert_names<S: AsRef<str> + std::fmt::Debug>(names: &[S], want: &[&str], not: &[&str]) {
        for w in want {
            assert!(names.iter().any(|n| n.as_ref() == *w), "{w}: {names:?}");
        }
        for n in not {
            assert!(!names.iter().any(|m| m.as_ref() == *n), "{n}: {names:?}");
        }
    }

    /// The spellings of the entry that lists `spelling`.
    fn spellings_with(idx: &[NameEntry], spelling: &str) -> Vec<String> {
        idx.iter()
            .find(|e| e.spellings.iter().any(|s| s.text == spelling))
            .map(|e| e.spellings.iter().map(|s| s.text.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn uzbek_latin_j_and_x_join_their_cyrillic_spellings() {
        // Uzbek Latin j is ж and x is х (Jamshid = Жамшид, Xoʻjayev = Хўжаев), where the usual
        // reading is й and ks; a name twice at the start of a sentence keeps its first word.
        let idx = index_of(&[
            "Jamshid Xoʻjayev bugun Toshkentda jurnalistlar bilan uchrashdi.",
            "Jamshid Xoʻjayev yangi loyiha haqida gapirdi.",
            "Жамшид Хўжаев эртага Самарқандга боради. Хўжаев интервью берди.",
            "Xurshid Joʻrayev va Хуршид Жўраев bir odam.",
        ]);
        let jx = spellings_with(&idx, "Jamshid Xoʻjayev");
        for want in ["Жамшид Хўжаев", "Хўжаев"] {
            assert!(jx.iter().any(|s| s == want), "{idx:#?}");
        }
        let xj = spellings_with(&idx, "Xurshid Joʻrayev");
        assert!(xj.iter().any(|s| s == "Хуршид Жўраев"), "{idx:#?}");
        assert_eq!(idx.len(), 2, "{idx:#?}");
        // Between Latin spellings a shared other reading is chance: Alex read the Uzbek way is
        // Elahi, Scatola with a Polish c is Style (from benchmark pages).
        let idx = index_of(&[
            "Alex de Minaur won over Daniel Elahi Galan. Then Alex rested.",
            "The Scatola Style set: Scatola and Style Stampanti both sold out.",
        ]);
        let galan = spellings_with(&idx, "Daniel Elahi Galan");
        assert_eq!(galan, vec!["Daniel Elahi Galan"], "{idx:#?}");
        assert!(!spellings_with(&idx, "Scatola").iter().any(|s| s == "Style"));
    }

    #[test]
    fn a_word_written_alone_far_more_often_than_the_name_it_begins_is_a_name_of_its_own() {
        // A company before its product (a benchmark page's Apple and its one Apple TV), a country
        // before a society: two entries. A surname written alone joins the full name; a first
        // name does not (see `surname_first`), but a surname written first does.
        let idx = index_of(&[
            "The new Apple TV is here. Sales of Apple phones rose.",
            "Analysts expect Apple to grow, and Apple to hire.",
            "Critics said Apple had no answer. Some think that Apple will wait.",
            "Later, Michael Howitt spoke to Donald Trump about Lukashenko.",
            "We met Howitt and Howitt agreed; Howitt left. Then Howitt came back.",
            "Some saw Alexander Lukashenko twice, with Alexander once, and Alexander again.",
            "Мирзиёев Шавкат Миромонович выступил. Мирзиёев отметил, что Мирзиёев прав.",
            "Пресс-служба Xi Jinping сообщила, что Xi и Xi согласны.",
        ]);
        assert_eq!(
            spellings_with(&idx, "Apple TV"),
            vec!["Apple TV"],
            "{idx:#?}"
        );
        assert_eq!(
            idx.iter().find(|e| e.name == "Apple").map(|e| e.count),
            Some(5),
            "{idx:#?}"
        );
        let howitt = spellings_with(&idx, "Michael Howitt");
        assert!(howitt.iter().any(|s| s == "Howitt"), "{idx:#?}");
        let lukashenko = spellings_with(&idx, "Alexander Lukashenko");
        assert!(lukashenko.iter().any(|s| s == "Lukashenko"), "{idx:#?}");
        assert_eq!(spellings_with(&idx, "Alexander"), vec!["Alexander"]);
        let mirziyoyev = spellings_with(&idx, "Мирзиёев Шавкат Миромонович");
        assert!(mirziyoyev.iter().any(|s| s == "Мирзиёев"), "{idx:#?}");
        assert!(
            spellings_with(&idx, "Xi Jinping").iter().any(|s| s == "Xi"),
            "{idx:#?}"
        );
    }

    #[test]
    fn a_word_joins_no_name_by_a_word_after_of() {
        // A benchmark page's CEOs of Apple and its ten Apple; the University of Maryland is not
        // Maryland.
        let idx = index_of(&[
            "Tim Cook, one of the CEOs of Apple, spoke. Apple makes phones.",
            "Apple sells them, and Apple ships them worldwide.",
        ]);
        assert_eq!(spellings_with(&idx, "Apple"), vec!["Apple"], "{idx:#?}");
    }

    #[test]
    fn a_line_of_direct_speech_starts_a_sentence_after_its_dash() {
        // Uzbek prose (the development set's paragraphs): `Лекин` (but) opens a line of speech
        // after a dash; it is not a name. Nafisa, named after a dash and inside sentences, is.
        let uz = |blocks: &[&str]| index_in(blocks, "uz");
        let blocks = [
            "Нафиса бош чайқади: — Йўқ, бормадим. Лекин бора олишимни аниқ биламан.",
            "107 — Лекин бормадингиз. — Нафиса кулди.",
            "Кейин у Нафиса билан гаплашди.",
        ];
        let names: Vec<String> = uz(&blocks).into_iter().map(|e| e.name).collect();
        assert_eq!(names, vec!["Нафиса"]);
        // In English a dash sets off a phrase inside the sentence.
        let en = names_of(&["The winner — Rafael Nadal — spoke. Nadal smiled."]);
        assert_eq!(en, vec!["Rafael Nadal"]);
    }

    #[test]
    fn months_and_weekdays_are_no_names_by_themselves() {
        // From the benchmark pages: a tour's dates after its venues, a news day.
        let names = names_of(&[
            "The tour plays Coral Sky Amphitheatre June 4 and Xfinity Center July 2.",
            "It ends at Coral Sky Amphitheatre on Tuesday. The board met on Tuesday in November.",
            "Xfinity Center sold out in November, and Theresa May spoke on Black Friday; May left.",
            "Shoppers wait for Black Friday.",
        ]);
        assert_names(
            &names,
            &[
                "Coral Sky Amphitheatre",
                "Xfinity Center",
                "Theresa May",
                "Black Friday",
            ],
            &["Tuesday", "November", "Coral Sky Amphitheatre June"],
        );
    }

    #[test]
    fn a_title_abbreviated_before_a_name_is_no_name_by_itself() {
        // Written as the benchmark pages write them (an impeachment hearing, a sports page): the
        // title's dot ends neither the sentence nor the name after it.
        let names = names_of(&[
            "Mr. Volker testified on Tuesday, and Kurt Volker told Rep. Schiff he had no role.",
            "Asked again, Mr. Volker said that Rep. Schiff was wrong.",
            "Fans met Lee. He signed shirts, and Lee left with Dr. Chen.",
            "Later Lee spoke to Dr. Chen about the game.",
        ]);
        assert_names(
            &names,
            &["Kurt Volker", "Schiff", "Lee", "Chen"],
            &["Mr", "Rep", "Dr"],
        );
    }

    #[test]
    fn initials_are_part_of_the_name_they_come_before_but_not_of_its_key() {
        // Written as news pages write them: the initials stay in the name shown, and the name
        // with them is one entry with the name without them.
        let idx = index_of(&[
            "Former President George W. Bush met the biographer of Philip K. Dick in Dallas.",
            "The president said George Bush had read J. K. Rowling; Rowling and Bush agreed.",
            "The U.S. Army and the U.K. Parliament replied; the U.S. Army and the U.K. Parliament met.",
            "It runs on the Xbox One X. So, the Xbox One sold, and George R.R. Martin played.",
        ]);
        let names = entry_names(&idx);
        assert_names(
            &names,
            &[
                "George W. Bush",
                "J. K. Rowling",
                "Philip K. Dick",
                "Xbox One",
                "George R.R. Martin",
            ],
            &["Philip", "Xbox One X. So", "U.S. Army", "U.K. Parliament"],
        );
        let bush = spellings_with(&idx, "George W. Bush");
        assert!(bush.iter().any(|s| s == "George Bush"), "{bush:?}");
        // Russian writes them together, and after the surname in official style (where they
        // end the name); Uzbek Latin's Sh and Ch are initials of one letter.
        let idx = index_in(
            &[
                "Встречу провёл В.В. Путин. Путин В.В. заявил, что А. Г. Лукашенко приедет.",
                "Лукашенко согласился, и Путин уехал.",
            ],
            "ru",
        );
        let names = entry_names(&idx);
        assert_names(&names, &["В.В. Путин", "А. Г. Лукашенко"], &["Путин В.В"]);
        assert_eq!(spellings_with(&idx, "Путин").len(), 2, "{idx:#?}");
        let names = names_in(
            &[
                "Prezident Sh. Mirziyoyev nutq soʻzladi. Mirziyoyev va Ch. Aytmatov haqida gapirdi.",
                "Aytmatov kitoblari va Mirziyoyev.",
            ],
            "uz",
        );
        assert_names(&names, &["Sh. Mirziyoyev", "Ch. Aytmatov"], &["Sh", "Ch"]);
        // Written against the name, as the Uzbek and Russian press often does, they are read
        // the same: not one word of a name, not the end of the title before them.
        let names = names_in(
            &[
                "Prezident Sh.Mirziyoyev nutq soʻzladi. Mirziyoyev va Ch.Aytmatov haqida gapirdi.",
                "Aytmatov kitoblari va Mirziyoyev.",
            ],
            "uz",
        );
        assert_names(
            &names,
            &["Sh.Mirziyoyev", "Ch.Aytmatov"],
            &["Prezident Sh.Mirziyoyev", "Sh", "Ch"],
        );
        let idx = index_in(
            &["Встречу провёл В.В.Путин, а Путин В.В. заявил, что С.П.Боткин приедет."],
            "ru",
        );
        let names = entry_names(&idx);
        assert_names(&names, &["В.В.Путин"], &["Путин В.В"]);
    }

    #[test]
    fn a_word_joins_a_name_only_where_it_is_spelled_like_that_names_word() {
        // Уоррен, Ирана and Арена share a key (their consonants): Warren is the senator, not
        // the arena, which a key alone had found first; a case form (Вудса, Вудсом) is one.
        let idx = index_in(
            &[
                "Репортаж со стадиона Тони Макарони Арена. Сенатор Элизабет Уоррен выступила.",
                "Потом Уоррен заявила о санкциях против Ирана, и Уоррен уехала.",
                "Матч Тайгера Вудса с Тайгером Вудсом не сравнить: Вудса ждали.",
            ],
            "ru",
        );
        let warren = spellings_with(&idx, "Элизабет Уоррен");
        assert!(warren.iter().any(|s| s == "Уоррен"), "{idx:#?}");
        let arena = spellings_with(&idx, "Тони Макарони Арена");
        assert_eq!(arena, ["Тони Макарони Арена"], "{idx:#?}");
        let woods = spellings_with(&idx, "Тайгером Вудсом");
        assert!(woods.iter().any(|s| s == "Вудса"), "{idx:#?}");
        // And so between one-word names: Гартс (Hearts, a club) is not Греція, whose case
        // forms are hers; Ford is not Friday.
        let idx = index_in(
            &[
                "Греція погодилася, а Гартс переміг. Гартс радий.",
                "Грецією опікувалися, і Греції допомогли.",
            ],
            "uk",
        );
        assert_eq!(spellings_with(&idx, "Гартс"), ["Гартс"], "{idx:#?}");
        assert_eq!(spellings_with(&idx, "Греція").len(), 3, "{idx:#?}");
        let idx = index_of(&["Ford spoke on Friday to fans.", "On Friday, Ford left."]);
        assert_eq!(spellings_with(&idx, "Ford"), ["Ford"], "{idx:#?}");
    }

    #[test]
    fn german_nouns_are_no_names_but_german_names_are() {
        // German capitalizes every noun (from the benchmark page on patients' records).
        let blocks = [
            "Die Daten der Patienten liegen beim Arzt, sagte Angela Merkel über die Daten.",
            "Patienten sehen ihre Daten in der App, die DICOM und DICOM-Bilder zeigt; Merkel auch.",
            "Mit DICOM werden die Daten der Patienten ausgetauscht.",
        ];
        assert_names(
            &names_in(&blocks, "de"),
            &["Angela Merkel", "DICOM"],
            &["Daten", "Patienten", "App"],
        );
        // The same words in English blocks are names as before (a product, a brand).
        let en = index_in(&blocks, "en");
        assert!(en.iter().any(|e| e.name == "Daten"), "{en:?}");
    }

    #[test]
    fn a_block_in_capitals_gives_no_names() {
        // From the benchmark pages: an advice column's signature, a car's heading in caps.
        let names = names_of(&[
            "DEAR BEATEN UP",
            "FORD MUSTANG MACH E",
            "Ford's Mustang Mach E SUV will go 230 miles; the Mustang Mach E was shown on Sunday.",
            "이 드라마는 KBS 에서 방송했다",
            "그 소식은 KBS 뉴스에서 보도했다",
        ]);
        assert_names(
            &names,
            &["Mustang Mach", "KBS"],
            &["DEAR BEATEN UP", "FORD MUSTANG MACH"],
        );
    }

    #[test]
    fn an_entry_is_shown_by_its_most_written_name_not_a_run_on() {
        // From a benchmark page: the city, and once its chief executive's title run on to it.
        let idx = index_of(&[
            "Protests in Hong Kong went on. The Hong Kong Chief Executive spoke.",
            "Police in Hong Kong said so, and Hong Kong schools closed.",
            "Visitors avoid Hong Kong now, as Sergei Lebedev said; Lebedev left.",
        ]);
        let names = entry_names(&idx);
        assert_eq!(names, vec!["Hong Kong", "Sergei Lebedev"], "{idx:#?}");
        assert_eq!(idx[0].count, 5);
    }

    #[test]
    fn pages_merged_are_named_by_their_most_mentioned_name() {
        // One page writes the title run on to the name once (and so names its entry), another
        // the name five times.
        let a = index_of(&[
            "Belarusian President Alexander Lukashenko spoke; Lukashenko left.",
            "Critics of Alexander Lukashenko met.",
        ]);
        assert_eq!(a[0].name, "President Alexander Lukashenko", "{a:#?}");
        let b = index_of(&[
            "Critics of Alexander Lukashenko met. Alexander Lukashenko replied.",
            "Later Alexander Lukashenko and Alexander Lukashenko again, as Alexander Lukashenko.",
        ]);
        let merged = merge_indexes([a, b], 10);
        assert_eq!(merged.len(), 1, "{merged:#?}");
        assert_eq!(merged[0].name, "Alexander Lukashenko", "{merged:#?}");
        assert_eq!(merged[0].count, 8, "{merged:#?}");
    }

    #[test]
    fn pages_merge_names_as_a_page_would() {
        // From the 188 sample and benchmark pages as one index: a one-word name of one page
        // joined a longer name of another by the consonants of its key alone (Audi was Sajid
        // Javid, Alibaba Холли Уиллоуби, Houston Gaston Zahr), by a first word (Amazon of
        // Amazon Music), by an acronym (the CSTO of the CSTO Council).
        let pages = [
            &["Sales of Audi rose, and then Audi grew."][..],
            &["We met Sajid Javid, and then Sajid Javid left."],
            &["Prices at Amazon fell, and then Amazon hired."],
            &["Fans of Amazon Music grew, and Amazon Music is new."],
            &["Members of the CSTO met, and the CSTO grew."],
            &["Members of the CSTO Council met, and the CSTO Council left."],
            &["We heard Trump speak, and then Trump left."],
            &["We heard Donald Trump speak, and then Donald Trump left."],
            &["Сегодня Россия ответила, и Россия отказалась."],
            &["Then Russia replied, and Russia refused."],
        ];
        let merged = merge_indexes(pages.iter().map(|p| index_of(p)), 20);
        // The spellings of the entry that lists `spelling`.
        let spellings = |spelling: &str| -> Vec<&str> {
            let e = merged
                .iter()
                .find(|e| e.spellings.iter().any(|s| s.text == spelling));
            e.map_or(vec![], |e| {
                e.spellings.iter().map(|s| s.text.as_str()).collect()
            })
        };
        assert_eq!(spellings("Audi"), ["Audi"], "{merged:#?}");
        assert_eq!(spellings("Amazon"), ["Amazon"], "{merged:#?}");
        assert_eq!(spellings("CSTO"), ["CSTO"], "{merged:#?}");
        assert_eq!(
            spellings("Donald Trump"),
            ["Donald Trump", "Trump"],
            "{merged:#?}"
        );
        let russia = spellings("Россия");
        assert!(russia.contains(&"Russia"), "{merged:#?}");
    }

    #[test]
    fn a_run_keeps_its_last_four_words_and_one_script() {
        // From the benchmark pages: a title of three words before a name of two, and a run
        // from the Latin name of a paper into a Cyrillic name (the development set's Ukrainian
        // paragraphs made into a page).
        let names = names_of(&[
            "Talks with Indian Prime Minister Narendra Modi ended; Modi left.",
            "Читачі Sunday Times Кіт Гарінгтон знають, що Кіт Гарінгтон грав у Sunday Times.",
        ]);
        for want in [
            "Prime Minister Narendra Modi",
            "Кіт Гарінгтон",
            "Sunday Times",
        ] {
            assert!(names.iter().any(|n| n == want), "{want}: {names:?}");
        }
        assert!(!names.iter().any(|n| n.contains("Indian")), "{names:?}");
    }

    #[test]
    fn uzbek_case_endings_join_the_name_and_end_it() {
        let uz = |blocks: &[&str]| index_in(blocks, "uz");
        let idx = uz(&[
            "Prezident Shavkat Mirziyoyev bugun Samarqandga bordi. Prezident Mirziyoyevning aytishicha, islohotlar davom etadi.",
            "Davlat rahbari Mirziyoyevga xat yozildi. Toshkentda Mirziyoyevdan javob kutilmoqda.",
            "Президент Путиннинг фикрича, бу муҳим. Путинга мактуб юборилди, Путин жавоб берди.",
            "Bugun AQSHga Xitoy delegatsiyasi keldi. Keyin AQSH va Xitoy savdo haqida gaplashdi. Bugun Kanada Respublikasi ham.",
        ]);
        let mirziyoyev = spellings_with(&idx, "Shavkat Mirziyoyev");
        for want in ["Mirziyoyevning", "Mirziyoyevga", "Mirziyoyevdan"] {
            assert!(mirziyoyev.iter().any(|s| s == want), "{idx:#?}");
        }
        // Shown without an ending where the page writes the name so.
        let putin = idx
            .iter()
            .find(|e| e.spellings.iter().any(|s| s.text == "Путинга"));
        assert_eq!(putin.map(|e| e.name.as_str()), Some("Путин"), "{idx:#?}");
        assert_eq!(putin.unwrap().count, 3);
        // A case ending ends the name: the USA, then China, not one name of both.
        assert!(!idx
            .iter()
            .any(|e| e.name.contains("AQSH") && e.name.contains("Xitoy")));
        let aqsh = spellings_with(&idx, "AQSHga");
        assert!(aqsh.iter().any(|s| s == "AQSH"), "{idx:#?}");
        // -da, -ga, -ka need the rest of the word on the page by itself: Kanada is no Kana-da.
        assert!(
            idx.iter().any(|e| e.name == "Kanada Respublikasi"),
            "{idx:#?}"
        );
        // A surname of the Russian pattern takes its ending off without being on the page
        // alone (the development set's `Турдиевга Косон`: to Turdiyev, then Koson).
        let idx = uz(&[
            "Мажлис раиси Турдиевга Косон туманидан хат келди.",
            "Эртага Косон ва Қарши ҳокимлари Турдиевга жавоб ёзади.",
        ]);
        let koson = spellings_with(&idx, "Косон");
        assert_eq!(koson, vec!["Косон"], "{idx:#?}");
        // Two names in a row, the first with no ending (the subject), are two names when the
        // page writes each on its own.
        let idx = uz(&[
            "Nensi Pelosi Bret Kavanoni tanqid qildi.",
            "Spiker Nensi Pelosi bayonot berdi. Sudya Bret Kavano javob bermadi.",
        ]);
        assert!(
            !idx.iter().any(|e| e.name.contains("Pelosi Bret")),
            "{idx:#?}"
        );
        let kavanaugh = spellings_with(&idx, "Bret Kavano");
        assert!(kavanaugh.iter().any(|s| s == "Bret Kavanoni"), "{idx:#?}");
        // The same text in a block of another language keeps its endings as parts of words.
        let other = index_of(&["Bugun Putinga xat. Keyin Putinga javob. Bugun Putin keldi."]);
        assert!(other.iter().any(|e| e.name == "Putinga"), "{other:#?}");
    }

    #[test]
    fn slavic_case_forms_with_a_consonant_ending_join_the_name() {
        let idx = name_index_in(
            [
                (0, "Президент Владимир Путин провёл переговоры. Переговоры с Путиным длились три часа, сообщил Дмитрий Песков.", "ru"),
                (1, "Встреча Владимира Путина прошла в Минске. Разъяснения были даны Песковым и Владимиром Путиным.", "ru"),
                (2, "Размова з Аляксандрам Лукашэнкам. Лукашэнка адказаў.", "be"),
                (3, "Позже Максим Галкин пел, а Макс Фрай писал; Максим Галкин и Макс Фрай не связаны.", "ru"),
                (4, "Встреча с Дональдом Трампом. Дональд Трамп уехал, Дональд Трамп вернулся. Спор с Трампом Западной Вирджинии.", "ru"),
                (5, "Премьер Великобритании Тереза Мэй выступила. Власти Великобритании и Тереза Мэй согласны.", "ru"),
            ]
            ,
        );
        let putin = spellings_with(&idx, "Владимир Путин");
        for want in ["Путиным", "Владимиром Путиным", "Владимира Путина"]
        {
            assert!(putin.iter().any(|s| s == want), "{idx:#?}");
        }
        let peskov = spellings_with(&idx, "Дмитрий Песков");
        assert!(peskov.iter().any(|s| s == "Песковым"), "{idx:#?}");
        assert!(spellings_with(&idx, "Лукашэнка")
            .iter()
            .any(|s| s == "Аляксандрам Лукашэнкам"));
        // -им is a case ending only where spelling writes и for ы: Максим is not Макс.
        assert!(!spellings_with(&idx, "Макс Фрай")
            .iter()
            .any(|s| s.contains("Максим")));
        // A name run on into a place (Трампом, then Западной Вирджинии) is not read as a case
        // form of Трамп: Трамп stays with Дональд Трамп.
        let trump = spellings_with(&idx, "Дональд Трамп");
        assert!(trump.iter().any(|s| s == "Дональдом Трампом"), "{idx:#?}");
        assert!(!trump.iter().any(|s| s.contains("Вирджинии")), "{idx:#?}");
        // Two names in a row, each written on its own elsewhere, are two names.
        assert!(
            !idx.iter().any(|e| e.name.contains("Великобритании Тереза")),
            "{idx:#?}"
        );
        assert!(idx.iter().any(|e| e.name == "Тереза Мэй"), "{idx:#?}");
        // Outside a Russian, Ukrainian or Belarusian block the ending is part of the word.
        let other = index_of(&["Bugun Putinym keldi. Keyin Putinym ketdi. Bugun Putin keldi."]);
        assert!(other.iter().any(|e| e.name == "Putinym"), "{other:#?}");
    }

    #[test]
    fn uzbek_titles_and_names_one_after_another() {
        let idx = name_index_in([
            (0, "Oʻzbekiston Prezidenti Shavkat Mirziyoyev Qozogʻiston Prezidenti Qasim-Jomart Toqayev bilan telefon orqali muloqot qildi. Suhbat chogʻida Shavkat Mirziyoyev hamkorlik masalalarini koʻtardi.", "uz"),
            (1, "Qasim-Jomart Toqayev Mirziyoyevga minnatdorlik bildirdi.", "uz"),
            (2, "Shuningdek, Rossiya Prezidenti Vladimir Putin ham tabrikladi. Putinning xabari eʼlon qilindi.", "uz"),
            (3, "Муносабатлар ҳақида Ўзбекистон Президенти Шавкат Мирзиёев тўхталди.", "uz"),
        ]);
        let names: Vec<&str> = idx.iter().map(|e| e.name.as_str()).collect();
        // Each of the four names is an entry, none run on into a title or another name.
        let mirziyoyev = spellings_with(&idx, "Shavkat Mirziyoyev");
        for want in ["Mirziyoyevga", "Шавкат Мирзиёев"] {
            assert!(mirziyoyev.iter().any(|s| s == want), "{idx:#?}");
        }
        assert_eq!(
            idx.iter()
                .find(|e| e.name == "Shavkat Mirziyoyev")
                .unwrap()
                .count,
            4,
            "{idx:#?}"
        );
        assert!(names.contains(&"Qasim-Jomart Toqayev"), "{names:?}");
        assert!(names.contains(&"Vladimir Putin"), "{names:?}");
        assert!(
            !names
                .iter()
                .any(|n| n.contains("Toqayev Mirziyoyev") || n.contains("Prezidenti Vladimir")),
            "{names:?}"
        );
        // A title of one word left before a name is no entry.
        assert!(
            !idx.iter()
                .any(|e| e.spellings.iter().any(|s| s.text == "Prezidenti")),
            "{idx:#?}"
        );
    }

    #[test]
    fn russian_names_after_a_genitive_and_before_an_indeclinable_surname() {
        let idx = name_index_in([
            (0, "Президент Белоруссии Александр Лукашенко провёл переговоры в Минске.", "ru"),
            (1, "Встреча с Александром Лукашенко длилась три часа. Позже Александр Лукашенко уехал.", "ru"),
            (2, "Мэр Киева Виталий Кличко выступил. Виталий Кличко поблагодарил жителей.", "ru"),
            (5, "Переговоры с министром обороны России Сергеем Шойгу. Позже Сергей Шойгу уехал.", "ru"),
            (3, "В Минске работает Кондитерская Олега Ильина, её знают все.", "ru"),
            (4, "Рядом открылась Кондитерская Олега Ильина, и Олега Ильина хвалят.", "ru"),
        ]);
        // A surname in -о does not decline: the first name's instrumental agrees with it.
        let luka = spellings_with(&idx, "Александр Лукашенко");
        assert!(
            luka.iter().any(|s| s == "Александром Лукашенко"),
            "{idx:#?}"
        );
        // The genitive before the name is not part of it (of Belarus, of Kyiv).
        assert!(!luka.iter().any(|s| s.contains("Белоруссии")), "{idx:#?}");
        let klitschko = spellings_with(&idx, "Виталий Кличко");
        assert!(!klitschko.iter().any(|s| s.contains("Киева")), "{idx:#?}");
        assert!(!idx.iter().any(|e| e.name.contains("Киева")), "{idx:#?}");
        // A surname that does not show its case (Шойгу) agrees with the case form before it
        // where the page writes the name in the nominative too.
        let shoigu = spellings_with(&idx, "Сергей Шойгу");
        assert!(shoigu.iter().any(|s| s == "Сергеем Шойгу"), "{idx:#?}");
        assert!(!idx.iter().any(|e| e.name.contains("России")), "{idx:#?}");
        // An adjective before a name is a shop's name, not a genitive.
        assert!(
            idx.iter().any(|e| e.name == "Кондитерская Олега Ильина"),
            "{idx:#?}"
        );
    }

    #[test]
    fn an_entry_is_shown_by_the_stem_its_case_forms_begin_with() {
        // Дональда Трампа twice, Дональд Трамп once: the form the other begins with is the name
        // (the nominative, for names that decline by adding to it).
        let idx = index_of(&[
            "Визит Дональда Трампа в Москву. Речь Дональда Трампа длилась час.",
            "Как сказал Дональд Трамп, визит важен. Потом Пекіна и Пекіна, но Пекін.",
        ]);
        assert!(idx.iter().any(|e| e.name == "Дональд Трамп"), "{idx:#?}");
        assert!(idx.iter().any(|e| e.name == "Пекін"), "{idx:#?}");
    }

    #[test]
    fn a_slavic_name_is_shown_in_the_nominative_the_page_writes() {
        // Sentences like those of the development set's Russian, Ukrainian and Belarusian
        // paragraphs: the name written most in a case form is shown in the nominative the page
        // also writes.
        let ru = [
            "Сенат выслушал Бретта Кавано в четверг. Сторонники Бретта Кавано довольны.",
            "Обвинения против Кавано отверг сам Бретт на слушаниях в Сенате.",
            "Премьер Великобритании прибыла в Брюссель. Власти Великобритании молчат.",
            "Сама Великобритания выйдет из союза в марте, сказал Брюссель.",
            "Сенатор от Западной Вирджинии Морриси. Выборы Западной Вирджинии прошли.",
            "Штат Западная Вирджиния голосовал за Морриси.",
        ];
        assert_names(
            &names_in(&ru, "ru"),
            &["Бретт Кавано", "Великобритания", "Западная Вирджиния"],
            &[],
        );
        let uk = [
            "Прем'єр Великобританії виступила. Уряд Великобританії мовчить.",
            "Велика Британія, або Великобританія, вийде з ЄС.",
        ];
        assert_names(&names_in(&uk, "uk"), &["Великобританія"], &[]);
        let be = [
            "Урад Вялікабрытаніі заявіў. Пасол Вялікабрытаніі прыехаў.",
            "Сама Вялікабрытанія выйдзе з ЕС.",
        ];
        assert_names(&names_in(&be, "be"), &["Вялікабрытанія"], &[]);
        // Not a head noun before its genitive, nor half a name: Кромвеля has no nominative on
        // the page, so Оливера Кромвеля stays as the page writes it.
        let ru = [
            "Заседание провёл Парламент Уэльса. Депутаты, как решил Парламент Уэльса, уедут.",
            "Уэльс голосовал. Портрет Оливера Кромвеля висит там, где Оливера Кромвеля чтут.",
            "Оливер не приходил, и Оливер ушёл.",
        ];
        let want = ["Парламент Уэльса", "Оливера Кромвеля"];
        assert_names(&names_in(&ru, "ru"), &want, &[]);
        // A genitive the page keeps after the nominative of the name's first word stays.
        let ru = [
            "Совет Федерации Футбола решил. Глава Федерации Футбола уехал.",
            "Сама Федерация Футбола молчит, а Футбол ждёт.",
        ];
        assert_names(&names_in(&ru, "ru"), &["Федерация Футбола"], &[]);
        // Only words of Russian, Ukrainian and Belarusian blocks decline so.
        let kk = ["Премьер Великобритании прибыла. Власти Великобритании молчат. Сама Великобритания выйдет."];
        assert_names(&names_in(&kk, "kk"), &["Великобритании"], &[]);
    }

    #[test]
    fn the_top_entries_are_those_of_the_whole_index() {
        let blocks = [
            "Alaksandar Łukašenka told the officials in Minsk that the world is close to war.",
            "Belarus President Aleksandr Lukashenko said so. Лукашенко также заявил в Минске.",
            "According to Лукашэнка, Kazakhstan asked for help. Then Kazakhstan and Minsk agreed.",
        ];
        let numbered = || blocks.iter().enumerate().map(|(i, t)| (i, *t, "und"));
        let all = name_index_top(numbered(), usize::MAX);
        assert!(all.len() >= 3, "{all:#?}");
        for n in 0..=all.len() {
            assert_eq!(name_index_top(numbered(), n), all[..n].to_vec());
        }
    }

    #[test]
    fn a_name_repeated_at_sentence_starts_keeps_its_first_word() {
        // From the benchmark pages: a given name seen only at the start of sentences.
        let names = names_of(&[
            "Denzel Ward played 61 snaps.",
            "Denzel Ward also had two tackles; Ward left late.",
        ]);
        assert!(names.iter().any(|n| n == "Denzel Ward"), "{names:?}");
        // A block repeated word for word is one writing, not two.
        let names = names_of(&["Follow RT on", "Follow RT on", "RT reported. RT said so."]);
        assert!(!names.iter().any(|n| n.starts_with("Follow")), "{names:?}");
    }

    #[test]
    fn merges_spellings_across_scripts() {
        let blocks = [
            "Alaksandar Łukašenka told the officials in Minsk that the world is close to war.",
            "Belarus President Aleksandr Lukashenko said: we do not pussyfoot. Лукашенко также заявил.",
            "According to Лукашэнка, Kazakhstan asked for help. The CSTO agreed, Lukashenko said.",
        ];
        let idx = index_of(&blocks);
        let luka = idx
            .iter()
            .find(|e| {
                e.spellings
                    .iter()
                    .any(|s| s.text == "Łukašenka" || s.text.contains("Łukašenka"))
            })
            .unwrap();
        let texts: Vec<&str> = luka.spellings.iter().map(|s| s.text.as_str()).collect();
        for want in ["Лукашэнка", "Lukashenko"] {
            assert!(texts.contains(&want), "{texts:?}");
        }
        assert!(luka.count >= 5, "{luka:?}");
        assert_eq!(luka.blocks, vec![0, 1, 2]);
        // A capitalized word that only ever starts a sentence is not a name.
        assert!(!idx.iter().any(|e| e.name == "According"));
        // `of` inside a name joins it (from the Pozirk sample page, shortened); not at its end.
        let cis = [
            "Leaders of the Commonwealth of Independent States met in Minsk of all places.",
            "The summit of Commonwealth of Independent States ended in Minsk.",
        ];
        let names = names_of(&cis);
        assert!(
            names
                .iter()
                .any(|n| n == "Commonwealth of Independent States"),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.ends_with(" of")), "{names:?}");
        assert!(names.iter().any(|n| n == "Minsk"), "{names:?}");
        // After `of`, a word the page also writes in lower case still ends the name (from the
        // Daryo sample page: "member states"), but not when a name follows it, as after a title.
        let org = [
            "Kazakhstan joined the Commonwealth of Independent States in 1991.",
            "The member states met. The Commonwealth of Independent States agreed.",
            "Bank of England Governor Andrew Bailey spoke; the governor said little.",
            "Andrew Bailey left the Bank of England early.",
        ];
        let names = names_of(&org);
        for want in [
            "Commonwealth of Independent States",
            "Bank of England",
            "Andrew Bailey",
        ] {
            assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
        }
        assert!(!names.iter().any(|n| n.contains("Governor")), "{names:?}");
        // An acronym stays a name of its own (from the Daryo sample page, shortened).
        let cis = [
            "CIS Secretary General Sergei Lebedev spoke in Minsk.",
            "The CIS summit followed. The CIS members agreed; the CIS Secretary General left.",
        ];
        let idx = index_of(&cis);
        let acronym = idx.iter().find(|e| e.name == "CIS").unwrap();
        assert_eq!(acronym.count, 2, "{idx:?}");
        let title = idx
            .iter()
            .find(|e| e.name.starts_with("CIS Secretary General"))
            .unwrap();
        assert!(title.spellings.iter().all(|s| s.text != "CIS"), "{idx:?}");
        assert!(name_index(std::iter::empty()).is_empty());
    }

    #[test]
    fn an_acronym_joins_the_name_it_is_defined_as() {
        // From the teleSUR sample page, shortened: the page also writes "collective security",
        // which used to cut the name to "Treaty Organization".
        let blocks = [
            "Leaders of the Collective Security Treaty Organization (CSTO) met in Moscow.",
            "The CSTO sent troops. The CSTO said collective security was at stake.",
            "Лидеры Организации Договора о коллективной безопасности (ОДКБ) встретились. ОДКБ ответила.",
            "It is about правильным питанием (ПП); ПП and ПП again. Kazakhstan (KZ) and KZ agreed.",
        ];
        let idx = index_of(&blocks);
        let csto = idx
            .iter()
            .find(|e| e.name == "Collective Security Treaty Organization")
            .unwrap_or_else(|| panic!("{idx:#?}"));
        assert_eq!(csto.count, 4, "{idx:#?}");
        assert_eq!(csto.blocks, vec![0, 1]);
        assert!(!idx
            .iter()
            .any(|e| e.name.contains("Treaty Organization") && e.name != csto.name));
        let odkb = idx
            .iter()
            .find(|e| e.spellings.iter().any(|s| s.text == "ОДКБ"))
            .unwrap();
        assert_eq!(
            odkb.name,
            "Организации Договора о коллективной безопасности"
        );
        assert_eq!(odkb.count, 3);
        // A term in lower case is no name, and letters that spell no words before them define
        // nothing.
        assert!(!idx.iter().any(|e| e.name.contains("питанием")), "{idx:#?}");
        let kz = idx.iter().find(|e| e.name == "KZ").unwrap();
        assert_eq!(kz.spellings.len(), 1, "{kz:?}");
        // Read backwards from the parenthesis only.
        assert!(definitions("(NATO) North Atlantic Treaty Organization").is_empty());
        assert!(definitions("x (AB").is_empty() && definitions(")(A)(").is_empty());
        // Hostile text: many parentheses, long runs of short words — each parenthesis looks a
        // bounded way forward and back.
        assert!(definitions(&("(".repeat(200_000) + "AB)")).is_empty());
        let many = "a ".repeat(100_000) + "(AB) " + &"Alpha Beta (AB) ".repeat(10_000);
        assert_eq!(definitions(&many).len(), 10_000);
    }

    #[test]
    fn titles_and_sentence_openers_are_not_part_of_names() {
        // From the Belarus.by page (tests/fixtures/pages/belarus-by-unity.html), shortened.
        let blocks = [
            "MINSK, 19 August (BelTA) – Belarus President Aleksandr Lukashenko made the statement.",
            "Aleksandr Lukashenko said: the president of a country must decide.",
            "Why should we lose it? Does Kazakhstan or Uzbekistan expect their goods to sell well?",
            "Things happened in Kazakhstan. Foreign ministers met.",
            "Foreign Minister Sergey Lavrov said so. Sergey Lavrov left.",
        ];
        let names = names_of(&blocks);
        assert!(
            names.iter().any(|n| n == "Aleksandr Lukashenko"),
            "{names:?}"
        );
        assert!(names.iter().any(|n| n == "Kazakhstan"), "{names:?}");
        assert!(names.iter().any(|n| n == "Sergey Lavrov"), "{names:?}");
        for bad in [
            "Belarus President Aleksandr Lukashenko",
            "Does Kazakhstan",
            "Foreign Minister Sergey Lavrov",
        ] {
            assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
        }
    }
}
