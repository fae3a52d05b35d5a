//! Language of a text.
//!
//! - Cyrillic text goes to a classifier over the CLDR exemplar letters of eleven Cyrillic
//!   languages (`data/cldr-exemplars.tsv`): languages whose alphabet lacks letters the text uses
//!   are ruled out, the rest are ranked by the letters only they (or few others) use — `ў` `қ` `ғ`
//!   `ҳ` for Uzbek, `ә` `ұ` `і` for Kazakh, `ӣ` `ӯ` `ҷ` for Tajik — and a tie between languages
//!   whatlang knows (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian) is settled by
//!   whatlang restricted to them. whatlang alone has no Uzbek Cyrillic, Kazakh, Kyrgyz, Tajik or
//!   Mongolian and calls them Bulgarian or Russian.
//! - Text in other scripts goes to whatlang (trigram profiles of 69 languages).
//!
//! This is the first classifier; distinguishing Uzbek from Tajik or Kazakh from Kyrgyz when a
//! short text has none of their distinctive letters needs word profiles (not yet built).

use super::script::{Script, ScriptCounts};
use super::tables::{CYRILLIC_EXEMPLARS, CYR_FIRST, CYR_LAST, ISO639_3_TO_1};
use whatlang::Lang;

/// Fewer letters than this: `und`.
pub const MIN_LETTERS: u32 = 3;

/// The language and script of a text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Detection {
    /// ISO 639-1 code where one exists (else ISO 639-3); `"und"` when the text cannot tell.
    pub lang: &'static str,
    /// ISO 15924 code of the dominant script; `"Zyyy"` when the text has no letters.
    pub script: &'static str,
    /// BCP 47 tag: the language, with the script subtag for languages written in more than one
    /// script (`uz-Cyrl`, `uz-Latn`, `kk-Cyrl`, `sr-Latn`); `und-Cyrl` when only the script is known.
    pub tag: String,
    /// How sure the answer is, in [0, 1]; 0 for `und`.
    #[serde(serialize_with = "crate::report::round3")]
    pub confidence: f32,
}

/// Languages whose BCP 47 tag carries the script subtag: those written in more than one script
/// in the region (RFC 5646 §4.1: a script subtag is used where it distinguishes).
const MULTI_SCRIPT: &[&str] = &[
    "az", "be", "bs", "kk", "ku", "ky", "mn", "sr", "tg", "tk", "tt", "uz",
];

impl Detection {
    fn new(lang: &'static str, script: Script, confidence: f32) -> Self {
        let script = script.code();
        let tag = if lang == "und" || MULTI_SCRIPT.contains(&lang) {
            format!("{lang}-{script}")
        } else {
            lang.to_string()
        };
        Detection {
            lang,
            script,
            tag,
            confidence: confidence.clamp(0.0, 1.0),
        }
    }

    /// Nothing to go on: no letters, or too few.
    pub fn undetermined(script: Option<Script>) -> Self {
        match script {
            Some(s) => Detection::new("und", s, 0.0),
            None => Detection {
                lang: "und",
                script: "Zyyy",
                tag: "und".to_string(),
                confidence: 0.0,
            },
        }
    }

    /// Whether a language was found.
    pub fn is_determined(&self) -> bool {
        self.lang != "und"
    }
}

/// Detects the language and script of `text`.
pub fn detect(text: &str) -> Detection {
    let counts = ScriptCounts::of(text);
    let Some((script, _share)) = counts.dominant() else {
        return Detection::undetermined(None);
    };
    if counts.get(script) < MIN_LETTERS {
        return Detection::undetermined(Some(script));
    }
    let letters = counts.get(script);
    let d = match script {
        Script::Cyrl => cyrillic(text),
        Script::Latn => latin(text, letters),
        // Too short for trigram statistics (a menu item): not worth whatlang's time.
        _ if letters < WHATLANG_MIN_LETTERS => Detection::undetermined(Some(script)),
        _ => by_whatlang(text, script, None),
    };
    // An answer this unsure is no answer: say `und` (with the script) rather than guess.
    if d.confidence < MIN_CONFIDENCE
        || (letters < SHORT_LETTERS && d.confidence < MIN_CONFIDENCE_SHORT)
    {
        return Detection::undetermined(Some(script));
    }
    d
}

/// Below this confidence the answer is `und`.
pub const MIN_CONFIDENCE: f32 = 0.2;
/// Texts with fewer letters than this (a menu item, a name) need [`MIN_CONFIDENCE_SHORT`].
pub const SHORT_LETTERS: u32 = 25;
pub const MIN_CONFIDENCE_SHORT: f32 = 0.5;
/// Fewer letters than this are not sent to whatlang's trigram model (its answers on such
/// texts fall below [`MIN_CONFIDENCE_SHORT`] anyway, and each call has a fixed cost).
pub const WHATLANG_MIN_LETTERS: u32 = 12;

fn iso639_1(lang: Lang) -> &'static str {
    let code = lang.code();
    ISO639_3_TO_1
        .binary_search_by(|(a3, _)| (*a3).cmp(code))
        .map(|i| ISO639_3_TO_1[i].1)
        .unwrap_or(code)
}

fn whatlang_of(code: &str) -> Option<Lang> {
    match code {
        "ru" => Some(Lang::Rus),
        "uk" => Some(Lang::Ukr),
        "be" => Some(Lang::Bel),
        "bg" => Some(Lang::Bul),
        "sr" => Some(Lang::Srp),
        "mk" => Some(Lang::Mkd),
        _ => None,
    }
}

fn by_whatlang(text: &str, script: Script, allow: Option<Vec<Lang>>) -> Detection {
    let info = match allow {
        Some(list) => whatlang::Detector::with_allowlist(list).detect(text),
        None => whatlang::detect(text),
    };
    match info {
        Some(info) => Detection::new(iso639_1(info.lang()), script, info.confidence() as f32),
        None => Detection::undetermined(Some(script)),
    }
}

/// Uzbek Latin's letters oʻ and gʻ (CLDR 48 `uz` exemplars `{oʻ} {gʻ}`) written with any of the
/// apostrophes pages use: o followed by ʻ ' ‘ ’ ` ´ ʼ and a letter.
fn uzbek_latin_marks(text: &str) -> u32 {
    let mut n = 0;
    let mut it = text.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = it.next() {
        if matches!(prev, 'o' | 'O' | 'g' | 'G')
            && matches!(c, 'ʻ' | '\'' | '‘' | '’' | '`' | '´' | 'ʼ')
            && it.peek().is_some_and(|n| n.is_alphabetic())
        {
            n += 1;
        }
        prev = c;
    }
    n
}

/// Latin text: whatlang, except that the Uzbek letters oʻ/gʻ make the text Uzbek unless whatlang
/// is sure of another language (an English text quoting `Oʻzbekiston`).
fn latin(text: &str, letters: u32) -> Detection {
    let marks = uzbek_latin_marks(text);
    let d = if letters < WHATLANG_MIN_LETTERS {
        Detection::undetermined(Some(Script::Latn))
    } else {
        by_whatlang(text, Script::Latn, None)
    };
    if marks == 0 || d.lang == "uz" && d.confidence >= 0.5 {
        return d;
    }
    if d.lang != "uz" && d.confidence > 0.8 {
        return d;
    }
    let conf = (0.55 + 0.15 * marks as f32).min(0.95).max(d.confidence);
    Detection::new("uz", Script::Latn, conf)
}

const N_CYR: usize = (CYR_LAST - CYR_FIRST + 1) as usize;

fn has(set: &[u64; 5], i: usize) -> bool {
    set[i / 64] >> (i % 64) & 1 == 1
}

/// The exemplar classifier for Cyrillic text.
fn cyrillic(text: &str) -> Detection {
    let mut counts = [0u32; N_CYR];
    let mut total = 0u32;
    for c in text.chars() {
        let cp = c as u32;
        if (CYR_FIRST..=CYR_LAST).contains(&cp) && c.is_alphabetic() {
            let lc = c.to_lowercase().next().unwrap_or(c) as u32;
            if (CYR_FIRST..=CYR_LAST).contains(&lc) {
                counts[(lc - CYR_FIRST) as usize] += 1;
                total += 1;
            }
        }
    }
    if total < MIN_LETTERS {
        return Detection::undetermined(Some(Script::Cyrl));
    }
    let n_langs = CYRILLIC_EXEMPLARS.len();
    // How many languages use each letter in their main alphabet.
    let sharing = |i: usize| {
        CYRILLIC_EXEMPLARS
            .iter()
            .filter(|(_, main, _)| has(main, i))
            .count()
    };

    // 1. Rule out languages whose alphabet lacks letters the text uses (2 % tolerance for names
    //    and loanwords).
    let foreign: Vec<u32> = CYRILLIC_EXEMPLARS
        .iter()
        .map(|(_, _, allowed)| {
            (0..N_CYR)
                .filter(|&i| counts[i] > 0 && !has(allowed, i))
                .map(|i| counts[i])
                .sum()
        })
        .collect();
    let min_foreign = *foreign.iter().min().unwrap_or(&0);
    let tolerance = total / 50;
    let survivors: Vec<usize> = (0..n_langs)
        .filter(|&k| foreign[k] <= min_foreign + tolerance)
        .collect();

    // 2. Rank the survivors by the distinctive letters they use (letters in the main alphabet of
    //    at most 5 of the 11 languages, weighted by rarity), less a penalty, on longer texts, for
    //    each of their distinctive letters the text never uses.
    let length_factor = (total as f32 / 100.0).min(1.0);
    let mut scored: Vec<(usize, f32)> = survivors
        .iter()
        .map(|&k| {
            let main = &CYRILLIC_EXEMPLARS[k].1;
            let mut score = 0.0f32;
            for i in (0..N_CYR).filter(|&i| has(main, i)) {
                let n = sharing(i);
                if n > 5 {
                    continue;
                }
                if counts[i] > 0 {
                    score += 1.0 / n as f32;
                } else {
                    score -= 0.25 * length_factor;
                }
            }
            (k, score)
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (best, best_score) = scored[0];
    let second_score = scored.get(1).map_or(f32::NEG_INFINITY, |s| s.1);
    let lang_of = |k: usize| CYRILLIC_EXEMPLARS[k].0;

    if scored.len() == 1 {
        let conf = 0.6 + 0.4 * (total as f32 / 30.0).min(1.0);
        return Detection::new(lang_of(best), Script::Cyrl, conf);
    }
    let margin = best_score - second_score;
    if margin >= 0.5 {
        let conf = 0.5 + 0.45 * (margin / 2.0).min(1.0) * (total as f32 / 20.0).min(1.0);
        return Detection::new(lang_of(best), Script::Cyrl, conf);
    }
    // 3. A tie: let whatlang choose among the tied languages it knows.
    let tied: Vec<usize> = scored
        .iter()
        .filter(|(_, s)| best_score - s < 0.5)
        .map(|&(k, _)| k)
        .collect();
    let known: Vec<Lang> = tied
        .iter()
        .filter_map(|&k| whatlang_of(lang_of(k)))
        .collect();
    if !known.is_empty() {
        let n_known = known.len();
        let d = by_whatlang(text, Script::Cyrl, Some(known));
        if d.is_determined() {
            // whatlang choosing among one language says nothing; nor can it weigh the tied
            // languages it does not know.
            let share = n_known as f32 / tied.len() as f32;
            let conf = if n_known == 1 {
                share / 2.0
            } else {
                d.confidence * share
            };
            return Detection::new(d.lang, Script::Cyrl, conf);
        }
    }
    Detection::new(lang_of(best), Script::Cyrl, 0.3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lt(text: &str) -> (String, String) {
        let d = detect(text);
        (d.lang.to_string(), d.script.to_string())
    }

    #[test]
    fn core_languages() {
        assert_eq!(
            lt("Ўзбекистон Республикаси Президенти"),
            ("uz".into(), "Cyrl".into())
        );
        assert_eq!(
            lt("Oʻzbekiston Respublikasi Prezidenti"),
            ("uz".into(), "Latn".into())
        );
        assert_eq!(
            lt("Президент России провёл совещание с членами правительства в Москве."),
            ("ru".into(), "Cyrl".into())
        );
        assert_eq!(
            lt("The president met members of the government in the capital on Monday."),
            ("en".into(), "Latn".into())
        );
    }

    #[test]
    fn neighbours_by_their_letters() {
        assert_eq!(
            lt("Қазақстан Республикасының Президенті мәлімдеме жасады").0,
            "kk"
        );
        assert_eq!(
            lt("Тоҷикистон дар бораи ҳамкорӣ бо кишварҳои ҳамсоя").0,
            "tg"
        );
        assert_eq!(
            lt("Прэзідэнт Беларусі сустрэўся з кіраўнікамі абласцей").0,
            "be"
        );
        assert_eq!(
            lt("Президент України провів зустріч з головами областей").0,
            "uk"
        );
    }

    #[test]
    fn too_little_text() {
        let d = detect("12:45");
        assert_eq!((d.lang, d.script, d.confidence), ("und", "Zyyy", 0.0));
        let d = detect("Ок");
        assert_eq!((d.lang, d.script), ("und", "Cyrl"));
        assert_eq!(detect("").tag, "und");
    }

    #[test]
    fn tags() {
        assert_eq!(detect("Ўзбекистон Республикаси Президенти").tag, "uz-Cyrl");
        assert_eq!(
            detect("Президент России провёл совещание с членами правительства.").tag,
            "ru"
        );
    }
}
