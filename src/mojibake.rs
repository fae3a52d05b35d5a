//! Repair of text that was decoded with the wrong charset (mojibake).
//!
//! Text like `РџСЂРёРІРµС‚` is UTF-8 bytes read as windows-1251; `Ïðèâåò` is windows-1251 bytes
//! read as windows-1252. Each direction is undone by encoding the text back with the charset it
//! was wrongly read as and decoding the bytes with the charset they were in: a candidate counts
//! only when both steps are exact (nothing unmappable, no malformed byte), the result is text
//! (no controls or box drawing), and it reads as a language at least as well as the input (by
//! the language profiles of [`crate::detect`]) — much better ([`MIN_GAIN`] nats per n-gram) when
//! both charsets are single-byte, since any bytes decode then. Clean text therefore stays as it
//! is: re-encoding it fails or gives text that reads worse. Double mojibake is undone by a second
//! round.

use encoding_rs::{Encoding, KOI8_R, UTF_8, WINDOWS_1251, WINDOWS_1252};

/// The directions tried: (the charset the text was wrongly read as, the charset its bytes were
/// in, the name reported).
pub const DIRECTIONS: &[(&Encoding, &Encoding, &str)] = &[
    (WINDOWS_1251, UTF_8, "UTF-8 read as windows-1251"),
    (WINDOWS_1252, UTF_8, "UTF-8 read as windows-1252"),
    (KOI8_R, UTF_8, "UTF-8 read as KOI8-R"),
    (
        WINDOWS_1252,
        WINDOWS_1251,
        "windows-1251 read as windows-1252",
    ),
    (WINDOWS_1251, KOI8_R, "KOI8-R read as windows-1251"),
    (KOI8_R, WINDOWS_1251, "windows-1251 read as KOI8-R"),
];

/// Fewer letters than this are left alone.
pub const MIN_LETTERS: usize = 4;

/// How much better (nats per n-gram) a repair between single-byte charsets must read.
pub const MIN_GAIN: f32 = 0.7;

/// Cost per n-gram of `text` under its best-fitting language profile, alphabet included, an
/// n-gram no profile knows at the language's floor; `None` when the profiles know too few of its
/// n-grams.
fn cost_per_gram(text: &str) -> Option<f32> {
    crate::detect::lang::cost_per_gram(text)
}

/// Whether `text` looks like mojibake at all, by a cheap count (so clean text costs one pass):
/// Latin-1 letters making up much of the letters (`Ïðèâåò`, `ÐŸÑ€Ð¸`), the lead letters of
/// UTF-8 read as a Cyrillic charset making up much of the Cyrillic (`Р`/`С` for windows-1251,
/// `П`/`Я` for KOI8-R), Cyrillic mostly in capitals (KOI8-R and windows-1251 swap cases), C1
/// controls or box drawing, an Uzbek oʻ/ʼ read as windows-1251 (`К»`, `Кј`), or typographic
/// punctuation or Uzbek oʻ in UTF-8 read as windows-1251 or windows-1252 (`вЂ™`, `â€™` for ’,
/// `oÊ»`), or a Cyrillic letter in UTF-8 read as windows-1251 whose second byte became a
/// letter or sign no Cyrillic text puts after Р or С (`Рљ` for К), or read as windows-1252 whose
/// second byte became a sign no text puts after Ð or Ñ (`Ðš` for К); and any two-byte UTF-8
/// letter so read, a capital followed by a sign (`Ã§` for ç, `Ã¶` for ö, `Г§` for ç).
fn suspicious(text: &str) -> bool {
    let (mut letters, mut latin1, mut cyr, mut cyr_upper, mut lead) =
        (0u32, 0u32, 0u32, 0u32, 0u32);
    let mut prev = ' ';
    for c in text.chars() {
        let cp = c as u32;
        // Plain Cyrillic letters (А–я) and ASCII, most of any text, are none of the signs below:
        // counted and passed.
        if (0x410..=0x44F).contains(&cp) {
            letters += 1;
            cyr += 1;
            cyr_upper += u32::from(cp < 0x430);
            lead += u32::from(matches!(c, 'Р' | 'С' | 'П' | 'Я'));
            prev = c;
            continue;
        }
        if c.is_ascii() {
            letters += u32::from(c.is_ascii_alphabetic());
            prev = c;
            continue;
        }
        // C1 controls, box drawing and the other signs of KOI8-R's upper half (⌠ ⌡ √ ≈ ≤ ≥ ∙).
        if matches!(cp, 0x80..=0x9F | 0x2500..=0x25FF | 0x2320 | 0x2321)
            || matches!(c, '√' | '≈' | '≤' | '≥' | '∙')
            || (prev == 'К' && matches!(c, '»' | 'ј' | '˜'))
            || (prev == 'в' && c == 'Ђ')
            || (prev == 'â' && c == '€')
            || (prev == 'Ê' && matches!(c, '»' | '¼'))
            || (matches!(prev, 'Р' | 'С') && "ЂЃѓЉЊЌЋЏђљњќћџ‚„†‡€‰‹›™".contains(c))
            || (matches!(prev, 'Ð' | 'Ñ') && "ŠšŒœŸŽž€‚ƒ„…†‡ˆ‰‹›™".contains(c))
            || (('Â'..='ß').contains(&prev)
                && "€‚ƒˆ‰Š‹ŒŽ˜™š›œžŸ¡¢£¤¥¦§¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿".contains(c))
            || (('В'..='Я').contains(&prev) && "‚†‡€‰‹›™¤¦§©¬®±µ¶·ЂЃѓЋЏђћџ".contains(c))
        {
            return true;
        }
        if crate::chars::is_letter(c) {
            letters += 1;
            if (0xC0..=0xFF).contains(&cp) {
                latin1 += 1;
            } else if (0x400..=0x4FF).contains(&cp) {
                cyr += 1;
                if crate::chars::is_upper(c) {
                    cyr_upper += 1;
                }
                if matches!(c, 'Р' | 'С' | 'П' | 'Я') {
                    lead += 1;
                }
            }
        }
        prev = c;
    }
    latin1 * 10 >= letters * 3 && latin1 >= 3
        || cyr >= 4 && lead * 4 >= cyr
        || cyr >= 8 && cyr_upper * 10 >= cyr * 6
}

/// How much better a KOI8-R ↔ windows-1251 repair must read when the text's case is swapped too.
pub const SWAP_GAIN: f32 = 0.15;

/// Whether the Cyrillic of `text` has its case swapped, as KOI8-R read as windows-1251 (and the
/// reverse) leaves it: words of a lower-case letter followed by capitals (`пТЗБОЙЪБГЙС` for
/// `Организация`), or capitals throughout (lower-case text garbled). The letters themselves are a
/// permutation, which the n-gram profiles judge only weakly; the case tells the rest.
fn case_swapped(text: &str) -> bool {
    let (mut cyr, mut upper, mut inverted_words) = (0u32, 0u32, 0u32);
    for word in text.split(|c: char| !crate::chars::is_letter(c)) {
        let mut chars = word.chars().filter(|c| ('\u{400}'..='\u{4FF}').contains(c));
        let Some(first) = chars.next() else { continue };
        let rest: Vec<char> = chars.collect();
        cyr += 1 + rest.len() as u32;
        upper += u32::from(crate::chars::is_upper(first))
            + rest.iter().filter(|c| crate::chars::is_upper(**c)).count() as u32;
        if !crate::chars::is_upper(first)
            && rest.len() >= 2
            && rest.iter().all(|c| crate::chars::is_upper(*c))
        {
            inverted_words += 1;
        }
    }
    cyr >= 8 && (inverted_words >= 1 || upper * 10 >= cyr * 9)
}

/// Whether a repair candidate is text at all: no C1 controls, box drawing or replacement
/// characters, and letters, digits, spaces and ordinary punctuation nearly throughout.
fn texty(text: &str) -> bool {
    let mut odd = 0usize;
    let mut n = 0usize;
    for c in text.chars() {
        n += 1;
        if matches!(c as u32, 0x80..=0x9F | 0x2500..=0x25FF | 0xFFFD) {
            return false;
        }
        if !(crate::chars::is_letter_or_digit(c)
            || c.is_whitespace()
            || c.is_ascii_punctuation()
            || "«»“”„‘’ʻʼ–—…№".contains(c))
        {
            odd += 1;
        }
    }
    odd * 20 <= n
}

/// Whether a direction is KOI8-R ↔ windows-1251 (a permutation of the Cyrillic letters).
fn is_swap(d: &(&'static Encoding, &'static Encoding, &'static str)) -> bool {
    (d.0 == KOI8_R && d.1 == WINDOWS_1251) || (d.0 == WINDOWS_1251 && d.1 == KOI8_R)
}

/// Whether `candidate` differs from `text` only in punctuation, restored convincingly: the
/// letters are the same, every changed character becomes typographic punctuation, and at least
/// one is plainly mojibake — an apostrophe between letters (`Can▓t` → `Can’t`) or an opening
/// quote closed later (`⌠ ■` → `“ ”`). Text in a Latin script whose quotes alone were garbled
/// (windows-1251 read as KOI8-R) has no Cyrillic for the language profiles to judge.
fn punctuation_only(text: &str, candidate: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (text.chars().collect(), candidate.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    // Where each closing quote (” » “, for “ « „) was last restored, so "closed later" is one
    // comparison.
    let last_restored = |close: char| (0..a.len()).rev().find(|&k| b[k] == close && a[k] != close);
    let closes = ['”', '»', '“'].map(last_restored);
    // Whether position k is a space or beyond the text's edge; whether it ends a word.
    let edge = |k: Option<usize>| k.and_then(|k| b.get(k)).is_none_or(|c| c.is_whitespace());
    let spaced = |before: Option<usize>, after: usize| edge(before) && edge(Some(after));
    let word_end = |k: Option<usize>| {
        k.and_then(|k| b.get(k))
            .is_some_and(|&c| crate::chars::is_letter_or_digit(c) || ".!?".contains(c))
    };
    let mut convincing = false;
    for i in 0..a.len() {
        if a[i] == b[i] {
            continue;
        }
        if crate::chars::is_letter_or_digit(a[i]) || !"“”‘’—–«»…„".contains(b[i])
        {
            return false;
        }
        let letter = |k: Option<usize>| {
            k.and_then(|k| b.get(k))
                .is_some_and(|&c| crate::chars::is_letter(c))
        };
        let closed_later = |k: usize| closes[k].is_some_and(|last| last > i);
        let closes_here = edge(Some(i + 1)) || b.get(i + 1).is_some_and(|c| ",.;:!?".contains(*c));
        convincing |= match b[i] {
            '’' | '‘' => letter(i.checked_sub(1)) && letter(Some(i + 1)),
            '“' | '«' | '„' if edge(i.checked_sub(1)) && letter(Some(i + 1)) => true,
            '“' => closed_later(0),
            '«' => closed_later(1),
            '„' => closed_later(2),
            // A closing quote on the word it closes (`ajoyib.■`; a ■ standing alone is a bullet).
            '”' | '»' => word_end(i.checked_sub(1)) && closes_here,
            // A dash between words (`bu √ vaqt`), or opening a line's item (`≈ mehnat`); not
            // before a number (`√ 2`, `≈ 5 000`).
            '–' | '—' => {
                spaced(i.checked_sub(1), i + 1)
                    && letter(Some(i + 2))
                    && (i == 0 || word_end(i.checked_sub(2)))
            }
            _ => false,
        };
    }
    convincing
}

/// The words of `text` (space-separated) with a letter outside ASCII, space-separated; all of
/// `text` when it has no ASCII letters. Every direction maps ASCII to itself, so a word of ASCII
/// letters alone (GtkPageSetup, Windows, a quoted „file.name“) says nothing about a repair and
/// is left out of the judgement; a word keeps its ASCII letters (`oÊ»lchami` ↔ `oʻlchami`).
fn changing_words(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let changing =
        |c: char| !c.is_ascii() && (crate::chars::is_letter(c) || matches!(c, 'ʻ' | 'ʼ'));
    for w in text.split_whitespace().filter(|w| w.chars().any(changing)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    std::borrow::Cow::Owned(out)
}

/// `text` as bytes of the single-byte charset `enc`, or `None` if a character has no byte there.
/// The table is the inverse of the charset's decoding table (so encoding_rs's encoders, which pull
/// in every charset's tables, stay out of the wasm module).
fn encode_single_byte(text: &str, enc: &'static Encoding) -> Option<Vec<u8>> {
    use std::sync::OnceLock;
    // Each charset's (character, byte) pairs of its upper half, sorted by character.
    type Inverse = Vec<(char, u8)>;
    static TABLES: OnceLock<Vec<(&'static Encoding, Inverse)>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        [WINDOWS_1251, WINDOWS_1252, KOI8_R]
            .into_iter()
            .filter_map(|e| {
                let table = crate::decode::single_byte_table(e)?;
                let mut pairs: Vec<(char, u8)> = (0x80..=0xFFu8)
                    .filter_map(|b| Some((crate::decode::single_byte_char(table, b)?, b)))
                    .collect();
                crate::sort::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
                Some((e, pairs))
            })
            .collect()
    });
    let table = &tables.iter().find(|(e, _)| *e == enc)?.1;
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c as u8)
            } else {
                let i = table.binary_search_by_key(&c, |&(k, _)| k).ok()?;
                Some(table[i].1)
            }
        })
        .collect()
}

fn undo(text: &str, read_as: &'static Encoding, was_in: &'static Encoding) -> Option<String> {
    let bytes = encode_single_byte(text, read_as)?;
    if bytes.iter().all(u8::is_ascii) {
        return None;
    }
    let decoded = crate::decode::decode_exact(was_in, &bytes)?;
    (decoded != text).then(|| decoded.into_owned())
}

/// The repaired text and the direction(s) undone, or `None` when `text` is not mojibake.
pub fn repair(text: &str) -> Option<(String, Vec<&'static str>)> {
    if text.is_ascii() || !suspicious(text) {
        return None;
    }
    // Too little text to judge (a lone × is not a mangled Ч).
    if text.chars().filter(|c| crate::chars::is_letter(*c)).count() < MIN_LETTERS {
        return None;
    }
    // Words of ASCII alone (GtkPageSetup, Windows) are the same before and after every
    // direction: only the others are judged, so that a program name in Latin does not make the
    // repaired Cyrillic read worse. Text with too few known n-grams there is judged whole.
    let changing = changing_words(text);
    let original_changing = cost_per_gram(&changing);
    // The whole text's cost, only when a candidate has to be judged whole.
    let original_whole = std::cell::OnceCell::new();
    let text_case_swapped = case_swapped(text);
    // Is `candidate`, reached through `path`, a repair? (See the module docs.)
    let accept = |candidate: &str,
                  path: &[(&'static Encoding, &'static Encoding, &'static str)]|
     -> Option<f32> {
        if !texty(candidate) {
            return None;
        }
        if candidate
            .chars()
            .filter(|c| crate::chars::is_letter(*c))
            .count()
            < MIN_LETTERS
        {
            return None;
        }
        if path.len() == 1 && punctuation_only(text, candidate) {
            return Some(cost_per_gram(candidate).unwrap_or(0.0));
        }
        let (cost, original_cost) =
            match (original_changing, cost_per_gram(&changing_words(candidate))) {
                (Some(before), Some(after)) => (after, before),
                _ => (
                    cost_per_gram(candidate)?,
                    *original_whole.get_or_init(|| cost_per_gram(text).unwrap_or(f32::INFINITY)),
                ),
            };
        let needed = if path.iter().all(|p| p.1 == UTF_8) {
            -0.1
        } else if path.len() == 1 && is_swap(&path[0]) && text_case_swapped {
            SWAP_GAIN
        } else {
            MIN_GAIN
        };
        (cost + needed <= original_cost).then_some(cost)
    };
    let mut best: Option<(String, f32, Vec<&'static str>)> = None;
    let mut consider = |candidate: String, cost: f32, names: Vec<&'static str>| {
        if best.as_ref().is_none_or(|b| cost < b.1) {
            best = Some((candidate, cost, names));
        }
    };
    for &d1 in DIRECTIONS {
        let Some(once) = undo(text, d1.0, d1.1) else {
            continue;
        };
        // Double mojibake: the first step need not look like text yet — and may look like text
        // (`РІ СЃР»`, itself mojibake) while a second step reads better still.
        let once_case_swapped = case_swapped(&once);
        for &d2 in DIRECTIONS {
            // KOI8-R and windows-1251 only permute the letters, which the profiles judge weakly:
            // that step is taken second only when the first left the case swapped.
            if is_swap(&d2) && !once_case_swapped {
                continue;
            }
            if let Some(twice) = undo(&once, d2.0, d2.1) {
                if let Some(cost) = accept(&twice, &[d1, d2]) {
                    consider(twice, cost, vec![d1.2, d2.2]);
                }
            }
        }
        if let Some(cost) = accept(&once, &[d1]) {
            consider(once, cost, vec![d1.2]);
        }
    }
    best.map(|(t, _, names)| (t, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` garbled: encoded with `was_in`, decoded with `read_as`.
    fn garble(text: &str, was_in: &'static Encoding, read_as: &'static Encoding) -> String {
        let (bytes, _, unmappable) = was_in.encode(text);
        assert!(!unmappable);
        read_as.decode_without_bom_handling(&bytes).0.into_owned()
    }

    const RU: &str = "Все люди рождаются свободными и равными в своем достоинстве и правах.";

    #[test]
    fn every_direction_is_repaired() {
        for &(read_as, was_in, name) in DIRECTIONS {
            let garbled = garble(RU, was_in, read_as);
            let (fixed, how) = repair(&garbled).unwrap_or_else(|| panic!("{name}: {garbled}"));
            assert_eq!(fixed, RU, "{name}");
            assert_eq!(how, vec![name]);
        }
    }

    #[test]
    fn published_examples() {
        assert_eq!(
            repair("РџСЂРёРІРµС‚, РєР°Рє РґРµР»Р°?").unwrap().0,
            "Привет, как дела?"
        );
        assert_eq!(repair("Ïðèâåò, êàê äåëà?").unwrap().0, "Привет, как дела?");
        // Uzbek oʻ (U+02BB) in UTF-8 read as windows-1251.
        let uz = "Oʻzbekiston Respublikasi Prezidenti qaror qabul qildi";
        assert_eq!(repair(&garble(uz, UTF_8, WINDOWS_1251)).unwrap().0, uz);
        // Double: UTF-8 read as windows-1251, then that read as windows-1252 once more.
        let once = garble(RU, UTF_8, WINDOWS_1251);
        let twice = garble(&once, UTF_8, WINDOWS_1252);
        assert_eq!(repair(&twice).unwrap().0, RU);
    }

    #[test]
    fn koi8_and_windows_1251_swapped_with_their_case() {
        // KOI8-R read as windows-1251: the letters permuted, the case swapped.
        assert_eq!(
            repair("пТЗБОЙЪБГЙС пВЯЕДЙОЕООЩИ оБГЙК").unwrap().0,
            "Организация Объединенных Наций"
        );
        assert_eq!(
            repair("ВТЙФБОУЛЙЕ ФЕРМПЧЩЕ ЕДЙОЙГЩ").unwrap().0,
            "британские тепловые единицы"
        );
        // A real headline in capitals is not "repaired".
        assert_eq!(
            repair("ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ ПРИНЯЛА РЕЗОЛЮЦИЮ"),
            None
        );
    }

    #[test]
    fn program_names_and_latin_words_do_not_hide_mojibake() {
        for t in [
            "Используемый объект GtkPageSetup",
            "NetworkManager не запущен",
            "Не записывать файл gschema.compiled",
        ] {
            for &(read_as, was_in, name) in DIRECTIONS {
                let garbled = garble(t, was_in, read_as);
                let fixed = repair(&garbled).map(|r| r.0);
                assert_eq!(fixed.as_deref(), Some(t), "{name}: {garbled}");
            }
        }
    }

    #[test]
    fn latin_letters_and_punctuation() {
        // Turkmen and Uzbek letters of two UTF-8 bytes read as windows-1252 and windows-1251.
        for t in [
            "Men üýtgejek hiç bir zat görmeýärin.",
            "Ekrandagi shrift oʻlchami",
        ] {
            for read_as in [WINDOWS_1252, WINDOWS_1251] {
                assert_eq!(repair(&garble(t, UTF_8, read_as)).unwrap().0, t);
            }
        }
        // Quotes and apostrophes of windows-1251 read as KOI8-R, in English.
        let en = "A file named “notes” already exists; can’t replace it";
        assert_eq!(repair(&garble(en, WINDOWS_1251, KOI8_R)).unwrap().0, en);
        assert_eq!(
            repair("CanвЂ™t rename root directory").unwrap().0,
            "Can’t rename root directory"
        );
        // A lone sign that has other uses stays: √ is a square root too.
        assert_eq!(repair("Ildiz √ 2 ga teng"), None);
        // …but quotes on the words they open and close, and dashes between words, are plain
        // (windows-1251 “ ” – — « » read as KOI8-R ⌠ ■ √ ≈ ╚ ╩).
        for t in [
            "Endi esa munosabatlarimiz ajoyib.”",
            "“Uning javobi yodingizdami?",
            "Xohlamasliklarining sababi bu – vaqt.",
            "— mehnat sohasidagi ijtimoiy sheriklik;",
            "Bundan keyin, 1 iyul kuni «Makan» filmi.",
        ] {
            assert_eq!(
                repair(&garble(t, WINDOWS_1251, KOI8_R))
                    .map(|r| r.0)
                    .as_deref(),
                Some(t)
            );
        }
    }

    #[test]
    fn double_mojibake_even_when_the_first_step_reads_as_text() {
        let uk = "Кількість рядків, які підохоплює";
        let once = garble(uk, UTF_8, WINDOWS_1251);
        for second in [WINDOWS_1251, WINDOWS_1252] {
            let twice = garble(&once, UTF_8, second);
            assert_eq!(repair(&twice).unwrap().0, uk);
        }
    }

    #[test]
    fn clean_text_is_never_changed() {
        for t in [
            RU,
            "Ўзбекистон Республикаси",
            "Oʻzbekiston",
            "Café au lait, señor, Łukašenka",
            "Привет",
            "Ёжик",
            "plain",
            "«Кавычки» — и тире",
            "■ Birinchi band ■ Ikkinchi band",
            "Narx ≈ 5 000 soʻm",
            "Tayyor ■ bajarildi ■",
            "x ≈ y, √ 2",
            "ÉCOLE «Ö» Ä±",
        ] {
            assert_eq!(repair(t), None, "{t}");
        }
    }
}
