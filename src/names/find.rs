//! Every mention of a name in a text.

use super::key::{fold_word, key_words, skeleton};

/// A mention: byte offsets into the text searched, and the text there.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | 'ʻ' | 'ʼ' | '´')
}

/// The words of a text with their byte spans. A word is a run of letters, digits and marks, with
/// apostrophes inside it (`Oʻzbekiston`, `O'zbekiston`, `Lukashenko's`).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner = crate::chars::is_letter_or_digit(c) || is_mark(c);
        let apostrophe_inside = start.is_some()
            && is_apostrophe(c)
            && iter
                .peek()
                .is_some_and(|&(_, n)| crate::chars::is_letter_or_digit(n));
        if inner || apostrophe_inside {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn is_mark(c: char) -> bool {
    // Combining marks (stress accents, decomposed diacritics) keep a word whole.
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489)
}

/// The span of a word without an English possessive ending (`Lukashenko's` → `Lukashenko`).
fn without_possessive(text: &str, (s, e): (usize, usize)) -> Option<(usize, usize)> {
    let w = &text[s..e];
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            return Some((s, s + stem.len()));
        }
    }
    None
}

/// The skeletons of the case and possessive endings a name takes (vowels are not in skeletons,
/// so -а -у -е -ы -ой are already equal): Russian, Ukrainian and Belarusian instrumental -ым/-ом/-ем
/// (m), prepositional plural -ах (h); Uzbek genitive -ning (nh), dative -ga (h), locative -da (d),
/// ablative -dan (dn). (Accusative -ni and plural -lar are left out: they would make Petrov match
/// Petrovna.)
const ENDINGS: &[&str] = &["m", "h", "nh", "d", "dn"];

fn inflected_form_of(word: &str, query: &str) -> bool {
    word == query
        || (query.len() >= 3
            && word
                .strip_prefix(query)
                .is_some_and(|rest| ENDINGS.contains(&rest)))
}

/// Every mention of `query` in `text`, as byte offsets. A mention is a run of consecutive words
/// whose keys are the query's (in any order, initials in the query ignored), each word compared
/// as [`super::name_key`] compares names and allowed an inflectional ending (Токаеву, Tokayevning).
pub fn find_names(text: &str, query: &str) -> Vec<Match> {
    let mut want = key_words(query);
    if want.is_empty() {
        return Vec::new();
    }
    want.sort();
    let spans = words(text);
    // A word has at least as many letters as its skeleton has classes: shorter words cannot be
    // a query word and are not folded; the others are folded once per distinct spelling.
    let min_letters = want.iter().map(|w| w.chars().count()).min().unwrap_or(0);
    // Each distinct spelling is folded once; words refer to their skeleton by index (0: none).
    let mut seen: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    let mut skeletons: Vec<String> = vec![String::new()];
    fn key_of<'a>(
        seen: &mut std::collections::HashMap<&'a str, u32>,
        skeletons: &mut Vec<String>,
        s: &'a str,
        min_letters: usize,
    ) -> u32 {
        if s.chars().filter(|c| crate::chars::is_letter(*c)).count() < min_letters {
            return 0;
        }
        *seen.entry(s).or_insert_with(|| {
            skeletons.push(skeleton(&fold_word(s)));
            (skeletons.len() - 1) as u32
        })
    }
    let mut keyed: Vec<(u32, (usize, usize))> = Vec::with_capacity(spans.len());
    for &span in &spans {
        let f = key_of(
            &mut seen,
            &mut skeletons,
            &text[span.0..span.1],
            min_letters,
        );
        keyed.push(match without_possessive(text, span) {
            Some(stem) if !want.contains(&skeletons[f as usize]) => (
                key_of(
                    &mut seen,
                    &mut skeletons,
                    &text[stem.0..stem.1],
                    min_letters,
                ),
                stem,
            ),
            _ => (f, span),
        });
    }
    let folded: Vec<(&str, (usize, usize))> = keyed
        .iter()
        .map(|&(k, span)| (skeletons[k as usize].as_str(), span))
        .collect();
    let n = want.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i + n <= folded.len() {
        // Each query word must match a different word of the window, inflected or not.
        let mut pool: Vec<&str> = folded[i..i + n].iter().map(|(f, _)| *f).collect();
        let all = want.iter().all(
            |w| match pool.iter().position(|g| inflected_form_of(g, w)) {
                Some(k) => {
                    pool.swap_remove(k);
                    true
                }
                None => false,
            },
        );
        if all {
            let start = folded[i].1 .0;
            let end = folded[i + n - 1].1 .1;
            out.push(Match {
                start,
                end,
                text: text[start..end].to_string(),
            });
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_spelling() {
        let text = "Лукашенко said; LUKASHENKO's aides met Lukashenko. Not Lukashevich.";
        let m = find_names(text, "Lukashenko");
        let got: Vec<_> = m.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(got, vec!["Лукашенко", "LUKASHENKO", "Lukashenko"]);
        for m in &m {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }

    #[test]
    fn multi_word_any_order() {
        let text = "Президент Мирзиёев Шавкат заявил, Shavkat Mirziyoyev said.";
        let got: Vec<_> = find_names(text, "Shavkat Mirziyoyev")
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(got, vec!["Мирзиёев Шавкат", "Shavkat Mirziyoyev"]);
    }

    #[test]
    fn inflected_and_other_spellings() {
        let text =
            "Встреча с Токаевым. Tokayevning nutqi. Łukašenka і Лукашэнка; Lukashevich не пришёл.";
        let got: Vec<_> = find_names(text, "Tokayev")
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(got, vec!["Токаевым", "Tokayevning"]);
        let got: Vec<_> = find_names(text, "Lukashenko")
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(got, vec!["Łukašenka", "Лукашэнка"]);
    }

    #[test]
    fn uzbek_apostrophes_inside_words() {
        let text = "O‘zbekiston va Oʻzbekiston";
        assert_eq!(find_names(text, "O'zbekiston").len(), 2);
        assert!(find_names(text, "").is_empty());
        assert!(find_names("", "x y").is_empty());
    }
}
