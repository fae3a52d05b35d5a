//! Daitch–Mokotoff Soundex, the baseline `names_eval` measures pagenorm's name matching beside:
//! a name is reduced to ASCII the way ICU's `Any-Latin; Latin-ASCII` does, then each word is
//! coded by the published chart (`daitch-mokotoff.tsv`, source named at its top). Two names
//! match when each word of the one with fewer words (initials left out) shares a code with a
//! word of the other — word order free, as pagenorm's own rule.
//!
//! Not part of the library: a yardstick only.

use std::collections::{BTreeSet, HashMap};

const CHART: &str = include_str!("daitch-mokotoff.tsv");

/// The chart: letters → (start, before a vowel, elsewhere), each a list of alternatives.
pub struct Chart {
    rules: HashMap<&'static str, [Vec<&'static str>; 3]>,
    longest: usize,
}

impl Chart {
    pub fn load() -> Chart {
        let mut rules = HashMap::new();
        let mut longest = 0;
        for line in CHART.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            assert_eq!(c.len(), 4, "chart line {line:?}");
            let alts = |s: &'static str| -> Vec<&'static str> {
                s.split('|')
                    .map(|a| if a == "-" { "" } else { a })
                    .collect()
            };
            longest = longest.max(c[0].len());
            rules.insert(c[0], [alts(c[1]), alts(c[2]), alts(c[3])]);
        }
        Chart { rules, longest }
    }

    /// Every six-digit code of one word (upper-case ASCII letters; anything else skipped).
    pub fn codes(&self, word: &str) -> BTreeSet<String> {
        let w: Vec<u8> = word
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .map(|b| b.to_ascii_uppercase())
            .collect();
        // Each branch: the digits so far and the code of the previous letter group.
        let mut branches: Vec<(String, &str)> = vec![(String::new(), "")];
        let mut i = 0;
        while i < w.len() {
            let mut len = self.longest.min(w.len() - i);
            let rule = loop {
                let key = std::str::from_utf8(&w[i..i + len]).unwrap();
                if let Some(r) = self.rules.get(key) {
                    break Some(r);
                }
                if len == 1 {
                    break None;
                }
                len -= 1;
            };
            let Some(rule) = rule else {
                i += 1;
                continue;
            };
            let column = if i == 0 {
                0
            } else if w.get(i + len).is_some_and(|b| b"AEIOU".contains(b)) {
                1
            } else {
                2
            };
            let mut next = Vec::new();
            for (digits, last) in &branches {
                for &code in &rule[column] {
                    let mut d = digits.clone();
                    // A group coded as the one before it is coded once.
                    if code != *last {
                        d.push_str(code);
                    }
                    next.push((d, code));
                }
            }
            next.sort();
            next.dedup();
            next.truncate(64);
            branches = next;
            i += len;
        }
        branches
            .into_iter()
            .map(|(mut d, _)| {
                d.truncate(6);
                while d.len() < 6 {
                    d.push('0');
                }
                d
            })
            .collect()
    }
}

/// A name reduced to ASCII as ICU's `Any-Latin; Latin-ASCII` does (Cyrillic by ISO 9, whose
/// diacritics Latin-ASCII then drops; Latin diacritics dropped). ICU 72 leaves ҳ ұ ө ү һ ң ҷ
/// and ə as they are (so Daitch–Mokotoff would skip them); they are given their base letter
/// here, which makes the baseline a little stronger than the one the issue measured.
pub fn to_ascii(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in name.nfd() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let s: &str = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' | 'ғ' => "g",
            'д' | 'ђ' | 'џ' => "d",
            'е' | 'ё' | 'э' | 'є' => "e",
            'ж' | 'з' => "z",
            'и' | 'і' | 'ї' | 'ӣ' => "i",
            'й' | 'ј' => "j",
            'к' | 'қ' => "k",
            'л' | 'љ' | 'ł' => "l",
            'м' => "m",
            'н' | 'њ' | 'ң' => "n",
            'о' | 'ө' | 'ø' => "o",
            'п' => "p",
            'р' => "r",
            'с' | 'ш' | 'щ' => "s",
            'т' => "t",
            'у' | 'ў' | 'ӯ' | 'ү' | 'ұ' | 'ю' => "u",
            'ф' => "f",
            'х' | 'ҳ' | 'һ' => "h",
            'ц' | 'ч' | 'ћ' | 'ҷ' => "c",
            'ы' => "y",
            'я' | 'ә' | 'ə' => "a",
            'ı' => "i",
            'đ' => "d",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            c if c.is_ascii() => {
                out.push(c);
                continue;
            }
            // Combining marks (after NFD), ъ ь and other signs: dropped.
            _ => "",
        };
        out.push_str(s);
    }
    out
}

/// The codes of each word of a name of two letters or more (initials left out).
pub fn name_codes(chart: &Chart, name: &str) -> Vec<BTreeSet<String>> {
    to_ascii(name)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(|w| chart.codes(w))
        .collect()
}

/// Whether two names match under Daitch–Mokotoff (see the module comment).
pub fn same(chart: &Chart, a: &str, b: &str) -> bool {
    let (a, b) = (name_codes(chart, a), name_codes(chart, b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && short.iter().all(|w| long.iter().any(|v| !w.is_disjoint(v)))
}
