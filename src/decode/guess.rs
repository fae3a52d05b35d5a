//! pagenorm's own guess of an undeclared page's encoding: detection's answer in every build,
//! chardetng asked besides only natively (feature `bundled-cjk`) and only when the page's words
//! read as no profiled language ([`super::detect`]). The wasm build has no chardetng, which
//! decodes each CJK candidate with encoding_rs's tables to score it.
//!
//! The legacy multi-byte encodings are told apart by their byte structure (JIS X 0208 in
//! Shift_JIS and EUC-JP, KS X 1001 and its Unified Hangul Code extension in EUC-KR, GB 2312 and GBK,
//! Big5, as the WHATWG Encoding Standard's decoders read them) and by where in each standard's
//! table the characters fall: the rows each standard sets apart for its most frequent characters
//! (the kana rows and level-1 kanji of JIS X 0208, the Hangul rows of KS X 1001, level-1 hanzi of
//! GB 2312, the frequent characters of Big5). The single-byte encodings are told apart by reading
//! the page's words with each and asking the language profiles ([`mod@crate::detect`]) which reads
//! best, as mojibake repair judges a repair; for scripts with no profile (Greek, Hebrew, Arabic,
//! Thai) by how many of the characters are letters of one script, in their place.

use encoding_rs::{
    Encoding, BIG5, EUC_JP, EUC_KR, GBK, IBM866, ISO_8859_2, ISO_8859_5, KOI8_U, SHIFT_JIS, UTF_8,
    WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, WINDOWS_1253, WINDOWS_1254, WINDOWS_1255,
    WINDOWS_1256, WINDOWS_1257, WINDOWS_1258, WINDOWS_874,
};

/// How much text (bytes outside markup) is looked at.
const SAMPLE_BYTES: usize = 16 * 1024;

/// Words of the page with a byte above ASCII, at most this many bytes of them, are read by each
/// single-byte candidate.
const WORD_BYTES: usize = 1536;

/// Fewer two-byte characters than this are not taken for a multi-byte encoding.
const MIN_MULTI_BYTE: u32 = 4;

/// The single-byte encodings tried, most likely first (ties go to the earlier). KOI8-U stands for
/// both KOI8s (they write Russian alike; the answer is then KOI8-R or KOI8-U by the letters only
/// KOI8-U has, as with chardetng's).
const SINGLE_BYTE: &[&Encoding] = &[
    WINDOWS_1251,
    WINDOWS_1252,
    KOI8_U,
    WINDOWS_1250,
    WINDOWS_1254,
    WINDOWS_1257,
    IBM866,
    ISO_8859_5,
    ISO_8859_2,
    WINDOWS_1255,
    WINDOWS_1253,
    WINDOWS_1256,
    WINDOWS_874,
    WINDOWS_1258,
];

/// The encoding of `bytes`, which nothing declares: UTF-8 when they are valid UTF-8, else the
/// likeliest legacy encoding. `tld` (the page's top-level domain) favours the encodings of its
/// country's languages when the text leaves a choice open.
pub fn guess(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    guess_with_cost(bytes, tld).0
}

/// [`guess`], with how well the page's words read in the encoding guessed: the cost per n-gram by
/// the language profiles, odd characters and the TLD's favour included (lower is better; under
/// [`READS_WELL`] they read as a profiled language). Infinite for UTF-8 and the CJK encodings.
pub fn guess_with_cost(bytes: &[u8], tld: Option<&str>) -> (&'static Encoding, f32) {
    match std::str::from_utf8(bytes) {
        Ok(_) => return (UTF_8, f32::INFINITY),
        Err(e) if e.error_len().is_none() => return (UTF_8, f32::INFINITY),
        Err(_) => {}
    }
    let text = text_sample(bytes);
    if let Some(encoding) = multi_byte(&text) {
        return (encoding, f32::INFINITY);
    }
    let mut best = (WINDOWS_1252, f32::INFINITY);
    for (encoding, cost) in single_byte_costs(&text, tld, true) {
        if cost < best.1 {
            best = (encoding, cost);
        }
    }
    (super::koi8_variant(bytes, best.0), best.1)
}

/// A cost under which a page's words read as text of a profiled language (true readings: 95 %
/// of the development set's pages under 6.62; wrong Latin or Cyrillic readings of other scripts'
/// text: 99 % above 7.24).
pub const READS_WELL: f32 = 6.5;

/// How badly the page's words read in each single-byte encoding tried (lower is better), TLD
/// favour included: for looking into a guess.
pub fn explain(bytes: &[u8], tld: Option<&str>) -> Vec<(&'static Encoding, f32)> {
    single_byte_costs(&text_sample(bytes), tld, false)
}

/// Each candidate's cost; with `prune`, a candidate whose odd characters alone cost more than the
/// best so far is not read by the profiles (its cost is that bound).
fn single_byte_costs(text: &[u8], tld: Option<&str>, prune: bool) -> Vec<(&'static Encoding, f32)> {
    let words = non_ascii_words(text);
    let mut best = f32::INFINITY;
    SINGLE_BYTE
        .iter()
        .filter_map(|&encoding| {
            let table = super::single_byte_table(encoding)?;
            let bonus = tld_bonus(encoding, tld);
            let bound = if prune { best + bonus } else { f32::INFINITY };
            let cost = single_byte_cost(&words, table, bound) - bonus;
            best = best.min(cost);
            Some((encoding, cost))
        })
        .collect()
}

/// The bytes of the page's text: markup (`<…>`), scripts and styles left out, up to
/// [`SAMPLE_BYTES`].
fn text_sample(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len().min(SAMPLE_BYTES));
    let mut i = 0;
    while i < bytes.len() && out.len() < SAMPLE_BYTES {
        let b = bytes[i];
        let tag_start = b == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|&n| n.is_ascii_alphabetic() || matches!(n, b'/' | b'!' | b'?'));
        if !tag_start {
            out.push(b);
            i += 1;
            continue;
        }
        let name_end = bytes[i + 1..]
            .iter()
            .position(|&c| !c.is_ascii_alphanumeric())
            .map_or(bytes.len(), |p| i + 1 + p);
        let name = &bytes[i + 1..name_end];
        let Some(close) = memchr::memchr(b'>', &bytes[i..]) else {
            break;
        };
        i += close + 1;
        for raw in [&b"script"[..], b"style"] {
            if name.eq_ignore_ascii_case(raw) {
                // Up to the element's end tag.
                let end = bytes[i..]
                    .windows(raw.len() + 2)
                    .position(|w| w[0] == b'<' && w[1] == b'/' && w[2..].eq_ignore_ascii_case(raw));
                i = end.map_or(bytes.len(), |e| i + e);
            }
        }
        out.push(b' ');
    }
    out
}

/// The space-separated words of `text` with a byte above ASCII, up to [`WORD_BYTES`].
fn non_ascii_words(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for word in text.split(|b| b.is_ascii_whitespace()) {
        if out.len() >= WORD_BYTES {
            break;
        }
        if word.iter().any(|&b| b >= 0x80) {
            out.extend_from_slice(word);
            out.push(b' ');
        }
    }
    out
}

/// How badly the words read in a single-byte encoding: cost per n-gram by the best language
/// profile, plus a penalty for each character that is no letter (mojibake's box drawing, signs
/// and controls), a final form inside a word, or a change of script or case inside a word. When
/// the penalty alone reaches `bound`, the profiles are not asked and the penalty is the answer.
fn single_byte_cost(words: &[u8], table: &[u16; 128], bound: f32) -> f32 {
    let mut text = String::with_capacity(words.len() * 2);
    for &b in words {
        if b < 0x80 {
            text.push(char::from(b));
        } else {
            text.push(super::single_byte_char(table, b).unwrap_or('\u{FFFD}'));
        }
    }
    let (mut chars, mut odd) = (0u32, 0u32);
    let mut by_script = [0u32; 7];
    // Letters above ASCII in capitals (all of them: `by_script`'s sum).
    let mut capitals = 0u32;
    for word in text.split(' ') {
        // Monotonic Greek puts a tonos on every word of two syllables or more: a long word in
        // small Greek letters without one is another script's bytes read as Greek.
        let greek = word.chars().filter(|c| ('α'..='ω').contains(c)).count();
        if greek >= 5
            && !word
                .chars()
                .any(|c| matches!(c, 'ά' | 'έ' | 'ή' | 'ί' | 'ό' | 'ύ' | 'ώ' | 'ΐ' | 'ΰ'))
        {
            odd += 1;
        }
        let mut prev: Option<char> = None;
        let mut letters_script = None;
        let mut it = word.chars().peekable();
        while let Some(c) = it.next() {
            if c.is_ascii() {
                if c.is_ascii_alphabetic() {
                    if letters_script.is_some_and(|s| s != 0) {
                        odd += 1;
                    }
                    letters_script = Some(0);
                }
                prev = Some(c);
                continue;
            }
            chars += 1;
            let next_is_letter = it.peek().is_some_and(|n| n.is_alphabetic());
            if c.is_alphabetic() || is_mark(c) {
                let script = script_of(c);
                by_script[usize::from(script)] += 1;
                if letters_script.is_some_and(|s| s != script) {
                    odd += 1;
                }
                letters_script = Some(script);
                capitals += u32::from(c.is_uppercase());
                // A capital after a small letter (`пРИВЕТ`: KOI8 read as windows-1251 or back).
                if c.is_uppercase() && prev.is_some_and(|p| p.is_lowercase() && !p.is_ascii()) {
                    odd += 1;
                }
                // Greek's final sigma and Hebrew's final letters end words.
                if matches!(c, 'ς' | 'ך' | 'ם' | 'ן' | 'ף' | 'ץ') && next_is_letter {
                    odd += 1;
                }
                // Greek writes σ inside words and ς at their end.
                if c == 'σ' && !next_is_letter {
                    odd += 1;
                }
            } else if !is_text_sign(c)
                || (prev.is_some_and(char::is_alphabetic)
                    && next_is_letter
                    && !matches!(c, '’' | '\u{AD}' | '·'))
            {
                // No sign of text at all, or a sign between two letters of a word (`ž` read as
                // `¾` in `po¾adován`).
                odd += 1;
            }
            prev = Some(c);
        }
    }
    if chars == 0 {
        return 0.0;
    }
    // Text is seldom all in capitals: a reading that makes it so has more often read another
    // script's letters (Hebrew as KOI8's capitals). A nat per n-gram, less than a wrong reading
    // costs, so that a page really in capitals still reads best in its own encoding.
    let letters: u32 = by_script.iter().sum();
    let all_caps = if letters >= 20 && capitals * 10 >= letters * 9 {
        ALL_CAPS_COST
    } else {
        0.0
    };
    let odd_share = odd as f32 / chars as f32;
    if ODD_WEIGHT * odd_share + all_caps >= bound {
        return ODD_WEIGHT * odd_share + all_caps;
    }
    // Scripts no profile reads (Greek, Hebrew, Arabic, Thai) cost what text in a profiled
    // language does at its worst.
    let profiled = by_script[0] + by_script[1];
    let cost = if profiled * 2 >= by_script.iter().sum::<u32>() {
        crate::detect::lang::cost_per_gram(&text).unwrap_or(UNPROFILED_COST)
    } else {
        UNPROFILED_COST
    };
    cost + ODD_WEIGHT * odd_share + all_caps
}

/// What a reading all in capitals costs, in nats per n-gram.
const ALL_CAPS_COST: f32 = 1.0;

/// The cost per n-gram given to text no language profile reads.
const UNPROFILED_COST: f32 = 7.0;

/// What an odd character costs, in nats per n-gram, over the share of them.
const ODD_WEIGHT: f32 = 20.0;

/// A favour (nats per n-gram) for the encodings of a top-level domain's languages.
fn tld_bonus(encoding: &'static Encoding, tld: Option<&str>) -> f32 {
    let Some(tld) = tld else {
        return 0.0;
    };
    let cyrillic = [
        "ru", "su", "рф", "ua", "by", "bg", "mk", "rs", "kz", "kg", "tj", "uz", "mn",
    ];
    let native = match tld {
        t if cyrillic.contains(&t) => {
            encoding == WINDOWS_1251 || encoding == KOI8_U || encoding == IBM866
        }
        "pl" | "cz" | "sk" | "hu" | "hr" | "si" | "ro" => {
            encoding == WINDOWS_1250 || encoding == ISO_8859_2
        }
        "tr" | "az" => encoding == WINDOWS_1254,
        "lt" | "lv" | "ee" => encoding == WINDOWS_1257,
        "gr" | "cy" => encoding == WINDOWS_1253,
        "il" => encoding == WINDOWS_1255,
        "th" => encoding == WINDOWS_874,
        "vn" => encoding == WINDOWS_1258,
        _ => false,
    };
    if native {
        0.3
    } else {
        0.0
    }
}

/// Combining marks (Hebrew points, Thai vowel signs, Arabic harakat) count as letters.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0591..=0x05C7 | 0x064B..=0x065F | 0x0E31..=0x0E3A | 0x0E47..=0x0E4E)
}

/// Punctuation and signs text writes beside words (quotes, dashes, the euro, degrees, №).
fn is_text_sign(c: char) -> bool {
    matches!(
        c,
        '\u{A0}'
            | '«'
            | '»'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '–'
            | '—'
            | '…'
            | '•'
            | '№'
            | '€'
            | '°'
            | '©'
            | '®'
            | '™'
            | '§'
            | '±'
            | '·'
            | '×'
            | '¿'
            | '¡'
            | '£'
            | '¥'
            | '¢'
            | '½'
            | '¼'
            | '¾'
            | '²'
            | '³'
            | '\u{AD}'
            | '،'
            | '؛'
            | '؟'
    ) || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{0E50}'..='\u{0E59}').contains(&c)
}

/// A letter's script, coarsely: Latin, Cyrillic, Greek, Hebrew, Arabic, Thai or other.
fn script_of(c: char) -> u8 {
    match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => 0,
        0x0400..=0x052F => 1,
        0x0370..=0x03FF => 2,
        0x0590..=0x05FF => 3,
        0x0600..=0x06FF => 4,
        0x0E00..=0x0E7F => 5,
        _ => 6,
    }
}

/// The legacy multi-byte encoding of `text`, when its bytes are well formed in one and its
/// characters fall where that standard keeps its frequent ones.
fn multi_byte(text: &[u8]) -> Option<&'static Encoding> {
    let high = text.iter().filter(|&&b| b >= 0x80).count();
    if high < 2 * MIN_MULTI_BYTE as usize {
        return None;
    }
    let mut best: Option<(&'static Encoding, f32)> = None;
    for family in [
        Family::ShiftJis,
        Family::EucJp,
        Family::EucKr,
        Family::Gbk,
        Family::Big5,
    ] {
        let Some(stats) = family.read(text) else {
            continue;
        };
        if stats.chars < MIN_MULTI_BYTE {
            continue;
        }
        let share = |n: u32| n as f32 / stats.chars as f32;
        if share(stats.following) < 0.4 {
            continue;
        }
        // Japanese writes its grammar in kana, Korean is written in Hangul (the Hanja rows next to
        // empty): text that passes either test is that language, whatever Chinese reading its
        // bytes also allow (the frequent hanzi of GB 2312 share rows with Hangul and kanji).
        let score = match family {
            Family::ShiftJis | Family::EucJp if share(stats.kana) < 0.1 => continue,
            Family::EucKr if share(stats.kana) < 0.6 || share(stats.other) > 0.05 => continue,
            Family::ShiftJis | Family::EucJp | Family::EucKr => 1.0 + share(stats.common),
            Family::Gbk | Family::Big5 => share(stats.common),
        };
        if score >= 0.8 && best.is_none_or(|(_, s)| score > s) {
            best = Some((family.encoding(), score));
        }
    }
    best.map(|(e, _)| e)
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    ShiftJis,
    EucJp,
    EucKr,
    Gbk,
    Big5,
}

/// Counts over the two-byte characters of a text read in one family.
#[derive(Default)]
struct Stats {
    chars: u32,
    /// In the rows of the standard's frequent characters (and its punctuation row).
    common: u32,
    /// Kana (Japanese) or Hangul (Korean).
    kana: u32,
    /// Korean: Hanja and user-defined rows.
    other: u32,
    /// Characters right after another two-byte character: CJK text writes them in runs, while
    /// text in a Latin script whose accented letters pair up with the next byte does not.
    following: u32,
}

impl Family {
    fn encoding(self) -> &'static Encoding {
        match self {
            Family::ShiftJis => SHIFT_JIS,
            Family::EucJp => EUC_JP,
            Family::EucKr => EUC_KR,
            Family::Gbk => GBK,
            Family::Big5 => BIG5,
        }
    }

    /// Reads `text` by the family's byte structure; `None` when more than one sequence in a
    /// hundred is malformed.
    fn read(self, text: &[u8]) -> Option<Stats> {
        let mut stats = Stats::default();
        let mut errors = 0u32;
        let mut i = 0;
        // Where the last two-byte character ended.
        let mut last_end = usize::MAX;
        while i < text.len() {
            let lead = text[i];
            if lead < 0x80 {
                i += 1;
                continue;
            }
            let trail = text.get(i + 1).copied().unwrap_or(0);
            let len = match self {
                Family::ShiftJis => match lead {
                    0x80 | 0xA1..=0xDF => 1,
                    0x81..=0x9F | 0xE0..=0xFC if matches!(trail, 0x40..=0x7E | 0x80..=0xFC) => {
                        stats.chars += 1;
                        let kana =
                            matches!((lead, trail), (0x82, 0x9F..=0xF1) | (0x83, 0x40..=0x96));
                        stats.kana += u32::from(kana);
                        let level1 = matches!(lead, 0x88..=0x98);
                        stats.common += u32::from(kana || level1 || lead == 0x81);
                        2
                    }
                    _ => 0,
                },
                Family::EucJp => match lead {
                    0x8E if matches!(trail, 0xA1..=0xDF) => 2,
                    0x8F if matches!(trail, 0xA1..=0xFE)
                        && matches!(text.get(i + 2), Some(0xA1..=0xFE)) =>
                    {
                        stats.chars += 1;
                        3
                    }
                    0xA1..=0xFE if matches!(trail, 0xA1..=0xFE) => {
                        stats.chars += 1;
                        let kana = matches!(lead, 0xA4 | 0xA5);
                        stats.kana += u32::from(kana);
                        stats.common += u32::from(kana || matches!(lead, 0xA1 | 0xB0..=0xCF));
                        2
                    }
                    _ => 0,
                },
                Family::EucKr => match lead {
                    0x81..=0xFE if matches!(trail, 0x41..=0x5A | 0x61..=0x7A | 0x81..=0xFE) => {
                        stats.chars += 1;
                        let hangul = matches!(lead, 0xB0..=0xC8) && trail >= 0xA1;
                        stats.kana += u32::from(hangul);
                        stats.other += u32::from(lead >= 0xC9 && trail >= 0xA1);
                        stats.common += u32::from(hangul || matches!(lead, 0xA1 | 0xA3));
                        2
                    }
                    _ => 0,
                },
                Family::Gbk => match lead {
                    0x80 => 1,
                    0x81..=0xFE
                        if matches!(trail, 0x30..=0x39)
                            && matches!(text.get(i + 2), Some(0x81..=0xFE))
                            && matches!(text.get(i + 3), Some(0x30..=0x39)) =>
                    {
                        stats.chars += 1;
                        4
                    }
                    0x81..=0xFE if matches!(trail, 0x40..=0x7E | 0x80..=0xFE) => {
                        stats.chars += 1;
                        let level1 = matches!(lead, 0xB0..=0xD7) && trail >= 0xA1;
                        let punctuation = matches!(lead, 0xA1 | 0xA3) && trail >= 0xA1;
                        stats.common += u32::from(level1 || punctuation);
                        2
                    }
                    _ => 0,
                },
                Family::Big5 => match lead {
                    0x81..=0xFE if matches!(trail, 0x40..=0x7E | 0xA1..=0xFE) => {
                        stats.chars += 1;
                        stats.common += u32::from(matches!(lead, 0xA1..=0xC6));
                        2
                    }
                    _ => 0,
                },
            };
            if len == 0 {
                errors += 1;
                i += 1;
            } else {
                if len > 1 && i == last_end {
                    stats.following += 1;
                }
                i += len;
                if len > 1 {
                    last_end = i;
                }
            }
        }
        (errors * 100 <= stats.chars).then_some(stats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{} cannot write {text}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn valid_utf8_is_utf8() {
        assert_eq!(guess("Привет, мир".as_bytes(), None), UTF_8);
        assert_eq!(guess(b"plain ascii", None), UTF_8);
    }

    #[test]
    fn cyrillic_pages_in_each_of_their_encodings() {
        let ru = "<html><head><title>Новости</title></head><body><p>Президент подписал закон о \
                  бюджете на следующий год. Депутаты обсуждали его три недели.</p></body></html>";
        for encoding in [WINDOWS_1251, encoding_rs::KOI8_R, IBM866, ISO_8859_5] {
            let bytes = encoded(encoding, ru);
            assert_eq!(guess(&bytes, None), encoding, "{}", encoding.name());
        }
    }

    #[test]
    fn latin_pages_in_each_of_their_encodings() {
        let cases: &[(&'static Encoding, &str)] = &[
            (WINDOWS_1252, "Les élèves ont été très contents de leur première journée à l'école."),
            (WINDOWS_1250, "Wczoraj wieczorem prezydent podpisał ustawę o budżecie państwa na przyszły rok."),
            (WINDOWS_1254, "Türkiye'nin başkenti Ankara'dır ve en büyük şehri İstanbul'dur, çok güzeldir."),
            (WINDOWS_1257, "Lietuvos Respublikos Seimas priėmė įstatymą dėl valstybės biudžeto ateinantiems metams."),
        ];
        for &(encoding, text) in cases {
            let bytes = encoded(encoding, text);
            assert_eq!(guess(&bytes, None).name(), encoding.name(), "{text}");
        }
    }

    #[test]
    fn cjk_pages_by_structure_and_rows() {
        let ja = "日本語のページです。これは文字コードを調べるためのテストの文章であり、\
                  ひらがなとカタカナと漢字を含んでいます。";
        let zh_hans =
            "这是一个用于检测字符编码的中文网页。我们的国家有很多美丽的地方，人民生活越来越好。";
        let zh_hant =
            "這是一個用於檢測字元編碼的中文網頁。我們的國家有很多美麗的地方，人民生活越來越好。";
        let ko = "이것은 문자 인코딩을 확인하기 위한 한국어 웹 페이지입니다. 우리나라에는 아름다운 곳이 많습니다.";
        for (encoding, text) in [
            (SHIFT_JIS, ja),
            (EUC_JP, ja),
            (GBK, zh_hans),
            (BIG5, zh_hant),
            (EUC_KR, ko),
        ] {
            let bytes = encoded(encoding, text);
            assert_eq!(guess(&bytes, None), encoding, "{}", encoding.name());
        }
    }

    #[test]
    fn pages_in_capitals_and_scripts_without_a_profile() {
        // A page really in capitals still reads best in its own encoding …
        let caps = "ПРЕЗИДЕНТ ПОДПИСАЛ ЗАКОН О БЮДЖЕТЕ НА СЛЕДУЮЩИЙ ГОД. ДЕПУТАТЫ ОБСУЖДАЛИ ЕГО ТРИ НЕДЕЛИ.";
        for encoding in [WINDOWS_1251, encoding_rs::KOI8_R] {
            let bytes = encoded(encoding, caps);
            assert_eq!(guess(&bytes, None), encoding, "{}", encoding.name());
        }
        // … while Hebrew is not taken for KOI8's capitals, nor for Greek.
        let he = "שלום לכולם, זהו דף בעברית שנכתב כדי לבדוק את זיהוי הקידוד של הדפים הישנים ברשת.";
        assert_eq!(guess(&encoded(WINDOWS_1255, he), None), WINDOWS_1255);
        let el =
            "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα.";
        assert_eq!(guess(&encoded(WINDOWS_1253, el), None), WINDOWS_1253);
    }

    #[test]
    fn markup_and_scripts_are_not_read() {
        let mut page = b"<script>var s = '".to_vec();
        page.extend_from_slice(&[0xFF, 0xFE, 0x80]);
        page.extend_from_slice(b"';</script><p>");
        page.extend(encoded(
            WINDOWS_1251,
            "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        ));
        assert_eq!(guess(&page, None), WINDOWS_1251);
    }

    #[test]
    fn few_bytes_and_odd_input_get_an_answer() {
        for bytes in [
            &b"\xFF"[..],
            b"\x80\x80\x80",
            b"<",
            b"<script",
            b"a\xE9",
            &[0xC0; 64],
        ] {
            let _ = guess(bytes, Some("ru"));
        }
        assert_eq!(guess(b"caf\xE9 au lait", None), WINDOWS_1252);
    }
}
