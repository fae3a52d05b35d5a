//! The rule-table engine behind every transliteration system.
//!
//! A [`Table`] is data generated from a file under `data/translit/` (see
//! `scripts/gen_tables.py`): rules `from → to` sorted by `from`, each with optional context
//! conditions. At each position the engine applies the longest `from` that matches (compared in
//! lower case) and whose condition holds; among rules with the same `from`, the first in the data
//! file whose condition holds wins. Characters no rule covers are copied unchanged, so digits,
//! punctuation and other scripts are never dropped. Case is carried from the source to the output:
//! `Шавкат` → `Shavkat`, `ШАВКАТ` → `SHAVKAT`. A table may fold characters before matching (every
//! apostrophe a page uses read as one). Markup-like tokens — printf directives (`%s`, `%1$d`),
//! placeholders (`{name}`), URLs and e-mail addresses — are copied unchanged.

use std::borrow::Cow;

/// A context condition of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    /// The match starts a word (no letter before it).
    Initial,
    /// The match ends a word (no letter after it).
    Final,
    /// The character before the match is in the table's class with this index.
    After(u8),
    /// The character after the match is in the table's class with this index.
    Before(u8),
    /// The character before the match is not in the class (or there is none).
    NotAfter(u8),
    /// The character after the match is not in the class (or there is none).
    NotBefore(u8),
    /// The characters after the match are, one by one, in the classes of the table's sequence
    /// with this index (Belarusian assimilative softness: с before в and a soft vowel, `с в е`).
    BeforeSeq(u8),
}

/// One rule: `from` (lower case) becomes `to` when all the conditions of any alternative in
/// `when` hold (or always, if `when` is empty).
#[derive(Debug)]
pub struct Rule {
    pub from: &'static str,
    pub to: &'static str,
    pub when: &'static [&'static [Cond]],
}

/// Capitals a system writes otherwise than Unicode's case pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    /// Unicode's.
    Plain,
    /// Turkic (the Kazakh 2021 alphabet): `I` is the capital of `ı` and `İ` of `i`, in what is
    /// read and in what is written.
    Turkic,
    /// Karakalpak (the 2016 Latin alphabet): `Í` is the capital of `ı` (LATÍN JAZÍWÍ, латын
    /// жазыўы), in what is read and in what is written.
    Karakalpak,
}

impl Casing {
    /// The capital of the small letter `c`, where it is not Unicode's.
    #[inline(always)]
    pub fn capital(self, c: char) -> Option<char> {
        match (self, c) {
            (Casing::Turkic, 'i') => Some('İ'),
            (Casing::Karakalpak, 'ı') => Some('Í'),
            _ => None,
        }
    }
}

/// A generated rule table.
#[derive(Debug)]
pub struct Table {
    /// Letter classes named by the conditions, by index: the letters of each, lower case.
    pub classes: &'static [&'static str],
    /// Sequences of class indices, for [`Cond::BeforeSeq`].
    pub seqs: &'static [&'static [u8]],
    /// Characters read as another before matching (sorted by the first).
    pub fold: &'static [(char, char)],
    /// The longest `from`, in characters.
    pub max_from_chars: usize,
    /// Latin → Cyrillic: keep Latin acronyms (`GTK`, `URL'dan`) in a text that has lower-case
    /// letters, and dotted identifiers (`index.theme`), as the published Cyrillic keeps them.
    pub keep_latin_tokens: bool,
    /// Capitals that are not Unicode's (see [`Casing`]).
    pub casing: Casing,
    /// (first character, index of its first rule, number of rules) for each first character of
    /// a `from`, sorted: rules sharing a first character are contiguous in `rules`.
    pub first: &'static [(char, u16, u16)],
    /// `first` indexed directly by the characters below [`DENSE_LEN`], and the characters that
    /// need no more than a lookup; built on first use.
    pub dense: std::sync::OnceLock<Dense>,
    /// Rules sorted by `from` (byte order), file order kept among equal `from`s.
    pub rules: &'static [Rule],
    /// Whole-word exceptions read at the start of a word, before the rules: (beginning of the
    /// word, lower case ASCII, at least [`WORD_MIN`] letters; its spelling), sorted. Loanwords
    /// written as Russian writes them (`polsha` → `польша`, so `Polshada` → `Польшада`).
    pub words: &'static [(&'static str, &'static str)],
    /// The endings (lower case ASCII) that may follow one of [`Table::words`]: a word is read
    /// only when the rest of the word is none or a chain of them (`Polsha|da`, not `rech|fo`).
    pub word_suffixes: &'static [&'static str],
}

/// The first [`WORD_MIN`] bytes of `word` as one number.
fn head_of(word: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(word.get(..WORD_MIN)?.try_into().ok()?))
}

/// The bit of [`Dense::word_heads`] of a word's first [`WORD_MIN`] letters.
#[inline(always)]
fn head_bit(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B1) >> (32 - HEAD_BITS.trailing_zeros())) as usize
}

/// The size of [`Dense::word_heads`] in bits: a few hundred words set a tenth of them at most.
const HEAD_BITS: usize = 4096;

/// The shortest beginning of a word [`Table::words`] lists.
pub const WORD_MIN: usize = 4;
/// The longest word looked up in [`Table::words`].
const WORD_MAX: usize = 32;

use crate::chars::{is_letter, is_letter_or_digit, is_upper, lower};

thread_local! {
    static CHARS: std::cell::RefCell<Vec<char>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Per-character tables of a [`Table`] below `DENSE_LEN` (U+0530), built on first use.
#[derive(Debug)]
pub struct Dense {
    /// The entry of `first` of each (lower-case) character, `u16::MAX` for none.
    first: Box<[u16]>,
    /// Small letters outside ASCII whose own rule is unconditional (`а` → `a`, `ш` → `sh`; with
    /// longer rules beginning with them, see [`Simple::guard`]), their capitals when written as
    /// one character, and ASCII spaces and signs no rule reads: written at once, with no look at
    /// their neighbours but the next character's.
    simple: Box<[Simple]>,
    /// The first [`WORD_MIN`] letters of each of [`Table::words`] as a big-endian `u32`, hashed
    /// to a bit of this set: most words begin no entry, and one lookup tells.
    word_heads: Box<[u64]>,
    /// The key ([`Table::key`]) of each character below [`DENSE_LEN`].
    keys: Box<[char]>,
    /// Each of [`Table::classes`] as a bitset of the characters below [`DENSE_LEN`] it holds.
    class_bits: Box<[[u64; CLASS_WORDS]]>,
    /// Per entry of `first`: the second characters (below [`DENSE_LEN`]) of its rules of two
    /// characters or more, as a bitset (л before е ё ю я і ь in Łacinka).
    second_bits: Box<[[u64; CLASS_WORDS]]>,
    /// See [`Simple::two_way`].
    two_way: Box<[TwoWay]>,
    /// Per character: how the loop for plain runs writes it, `(one, flags, aux)` — [`PLAIN_ONE`]:
    /// as `one`, whatever its neighbours (an unconditional rule no longer rule continues, or the
    /// character itself when no rule reads it); [`PLAIN_TWO_WAY`]: by its [`TwoWay`] `aux`;
    /// [`PLAIN_PAIR`]: by its [`Pair`] `aux`, with the next character. With [`PLAIN_LETTER`]
    /// and [`PLAIN_MID_WORD`]; flags 0 for the rest, which the loop leaves to the others.
    plain: Box<[(char, u8, u8)]>,
    /// See [`Pair`].
    pairs: Box<[Pair]>,
    /// The characters below [`DENSE_LEN`] whose key begins a rule, as a bitset: where a text
    /// starts to change, found with one lookup a character.
    starts: Box<[u64; CLASS_WORDS]>,
    /// Whether that loop is worth entering: a table with Cyrillic letters among them (a
    /// Cyrillic → Latin one). In Latin text runs are short (an ASCII letter is simple only
    /// inside a word; digraphs and letters with combining marks break them), and asking at
    /// every letter cost the Latin → Cyrillic tables 3–10 %.
    plain_runs: bool,
    /// The output's room beyond the input's length, in quarters of it: 1 for a table that
    /// writes about as many bytes as it reads (Cyrillic to Latin), 4 for one that writes twice
    /// as many (Latin letters to Cyrillic), so that the output is not grown as it is written.
    grow: usize,
    /// Per rule: the second character of its `from` (`'\0'` for a rule of one character), so
    /// that a candidate longer rule is ruled out without decoding its `from`.
    second_of_rule: Box<[char]>,
}

/// [`Dense::plain`]: the character is a letter.
const PLAIN_LETTER: u8 = 1;
/// [`Dense::plain`]: written so only inside a word ([`Simple::mid_word`]).
const PLAIN_MID_WORD: u8 = 2;
/// [`Dense::plain`]: written as its `one`.
const PLAIN_ONE: u8 = 4;
/// [`Dense::plain`]: a small letter written by its [`TwoWay`].
const PLAIN_TWO_WAY: u8 = 8;
/// [`Dense::plain`]: a small letter written by its [`Pair`].
const PLAIN_PAIR: u8 = 16;

/// A small letter whose rules are all unconditional and of one or two characters (Łacinka's л:
/// ł, and le lo lu la li l for ле лё лю ля лі ль; з and зь, ц and ць): the next character
/// alone decides, when it is a small letter or a sign no table folds.
#[derive(Debug)]
struct Pair {
    /// The letter's own rule's output.
    own: &'static str,
    /// Each second character and the output of the two.
    seconds: Box<[(char, &'static str)]>,
    /// The classes of the next character under which a conditional rule of the letter alone may
    /// hold (Łacinka's з before a consonant, `з в е` → ź): there the general path decides.
    guards: Box<[u8]>,
}

/// 64-bit words of a bitset over the characters below [`DENSE_LEN`].
const CLASS_WORDS: usize = (DENSE_LEN as usize).div_ceil(64);

/// See [`Dense::simple`].
#[derive(Debug, Clone, Copy, Default)]
struct Simple {
    /// The output when it is one character, else `'\0'`.
    one: char,
    /// The rule's index + 1 (`u16::MAX`: a space or sign no rule reads); 0: not simple.
    rule: u16,
    /// An ASCII letter: simple only inside a word (after a letter), where no markup, kept Latin
    /// token or listed loanword can begin.
    mid_word: bool,
    /// When longer rules begin with the character too (BGN/PCGN's тс → t·s beside т → t): their
    /// entry of `first` + 1 — the character is simple unless the next one is the second of one
    /// of them. 0: no longer rule.
    guard: u16,
    /// The second characters of those longer rules when there are at most four ('\0' fills),
    /// looked at instead of the rules themselves; all '\0' with a guard: look at the rules.
    seconds: [char; 4],
    /// No character below this one continues a longer rule (its key is none of `seconds`): the
    /// next character is looked at only from here on. `char::MAX` for a letter with no longer
    /// rule, '\0' when `seconds` does not list them. Which letters have longer rules is thus
    /// not a branch to guess (ISO 9's a̋ beside a, whose next character is hardly ever U+030B).
    floor: char,
    /// A small letter whose own rules are conditional (BGN/PCGN's е → ye at the start of a word
    /// or after a vowel, e otherwise): how many rules of its entry of `first` are its own, to be
    /// tried in order, with no look at markup, loanwords or case. 0: none such (`rule` tells).
    conditional: u8,
    /// The letter's entry of `first` + 1, for `conditional`.
    entry: u16,
    /// When the letter's own rules are two — the first at the start of a word and/or after a
    /// class (Łacinka's е → je, BGN/PCGN's е → ye), the second always: their [`TwoWay`] in
    /// [`Dense::two_way`] + 1, decided without the general conditions. 0: none.
    two_way: u8,
    /// A capital written by its small letter's rules as more than one character, or a sign
    /// written as a letter ([`sign_to_letter`]): cased as the general path cases it, by its
    /// neighbours.
    upper: bool,
}

/// A letter written one way at the start of a word (`initial`) or after a letter of a class
/// (`after`, the class's index), the other way elsewhere.
#[derive(Debug, Clone, Copy)]
struct TwoWay {
    initial: bool,
    after: Option<u8>,
    first: &'static str,
    other: &'static str,
}

impl TwoWay {
    /// The two rules' `TwoWay`, if they are of that form.
    fn of(own: &[Rule]) -> Option<TwoWay> {
        let [first, other] = own else { return None };
        if !other.when.is_empty() || first.when.is_empty() {
            return None;
        }
        let (mut initial, mut after) = (false, None);
        for alternative in first.when {
            match alternative {
                [Cond::Initial] => initial = true,
                [Cond::After(k)] if after.is_none() => after = Some(*k),
                _ => return None,
            }
        }
        Some(TwoWay {
            initial,
            after,
            first: first.to,
            other: other.to,
        })
    }
}

impl Table {
    /// What the letter of `t` is written as after `prev` (`prev_for_word`: the word's letter
    /// before it, across an apostrophe): its first output at the start of a word or after a
    /// letter of the class, the other elsewhere.
    #[inline]
    fn two_way(
        &self,
        d: &Dense,
        t: &TwoWay,
        prev: Option<char>,
        prev_for_word: Option<char>,
    ) -> &'static str {
        let initial = t.initial && !prev_for_word.is_some_and(is_word_char);
        let after = t.after.is_some_and(|k| self.in_class(d, k, prev));
        if initial || after {
            t.first
        } else {
            t.other
        }
    }
}

/// [`Simple::seconds`] of a letter's longer rules.
fn seconds_of(longer: &[Rule]) -> [char; 4] {
    let mut seconds = ['\0'; 4];
    let mut n = 0;
    for second in longer.iter().filter_map(|r| r.from.chars().nth(1)) {
        if !seconds[..n.min(4)].contains(&second) {
            if n < 4 {
                seconds[n] = second;
            }
            n += 1;
        }
    }
    if n > 4 {
        ['\0'; 4]
    } else {
        seconds
    }
}

/// Characters below this (Latin, Greek, Cyrillic and its supplement) find their rules by direct
/// index.
const DENSE_LEN: u32 = 0x0530;

fn is_word_char(c: char) -> bool {
    is_letter(c) || matches!(c, '\u{02BB}' | '\u{02BC}')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Title,
    Upper,
}

impl Table {
    /// The rules whose `from` starts with the character `c` (already lower case).
    #[inline]
    fn rules_starting_with(&self, c: char) -> &'static [Rule] {
        if (c as u32) < DENSE_LEN {
            return self.rules_at(self.dense_index()[c as usize]);
        }
        match self.first.binary_search_by_key(&c, |e| e.0) {
            Ok(i) => self.rules_at(i as u16),
            Err(_) => &[],
        }
    }

    /// The rules of entry `i` of `first` (none for `u16::MAX`).
    #[inline]
    fn rules_at(&self, i: u16) -> &'static [Rule] {
        if i == u16::MAX {
            return &[];
        }
        let (_, start, n) = self.first[i as usize];
        &self.rules[start as usize..start as usize + n as usize]
    }

    /// [`Table::dense`], built on first use.
    fn dense(&self) -> &Dense {
        self.dense.get_or_init(|| {
            let mut first = vec![u16::MAX; DENSE_LEN as usize];
            for (i, &(f, _, _)) in self.first.iter().enumerate() {
                if (f as u32) < DENSE_LEN {
                    first[f as usize] = i as u16;
                }
            }
            let mut word_heads = vec![
                0u64;
                if self.words.is_empty() {
                    0
                } else {
                    HEAD_BITS / 64
                }
            ];
            for head in self.words.iter().filter_map(|(f, _)| head_of(f.as_bytes())) {
                let bit = head_bit(head);
                word_heads[bit / 64] |= 1 << (bit % 64);
            }
            let keys: Box<[char]> = (0..DENSE_LEN)
                .map(|cp| char::from_u32(cp).map_or('\0', |c| self.key_slow(c)))
                .collect();
            let class_bits = self
                .classes
                .iter()
                .map(|class| {
                    let mut bits = [0u64; CLASS_WORDS];
                    for c in class.chars().filter(|&c| (c as u32) < DENSE_LEN) {
                        bits[c as usize / 64] |= 1 << (c as usize % 64);
                    }
                    bits
                })
                .collect();
            let second_bits = (0..self.first.len())
                .map(|i| {
                    let mut bits = [0u64; CLASS_WORDS];
                    for r in self.rules_at(i as u16) {
                        if let Some(c) = r.from.chars().nth(1).filter(|&c| (c as u32) < DENSE_LEN) {
                            bits[c as usize / 64] |= 1 << (c as usize % 64);
                        }
                    }
                    bits
                })
                .collect();
            let second_of_rule = self
                .rules
                .iter()
                .map(|r| r.from.chars().nth(1).unwrap_or('\0'))
                .collect();
            let (read, written) = self
                .rules
                .iter()
                .filter(|r| r.when.is_empty())
                .fold((0, 0), |(f, t), r| (f + r.from.len(), t + r.to.len()));
            let grow = (4 * written.saturating_sub(read))
                .div_ceil(read.max(1))
                .clamp(1, 8);
            let mut d = Dense {
                grow,
                second_bits,
                second_of_rule,
                two_way: Box::default(),
                first: first.into_boxed_slice(),
                simple: vec![Simple::default(); DENSE_LEN as usize].into_boxed_slice(),
                plain: Box::default(),
                pairs: Box::default(),
                starts: Box::new([0; CLASS_WORDS]),
                plain_runs: false,
                word_heads: word_heads.into_boxed_slice(),
                keys,
                class_bits,
            };
            // Spaces and ASCII punctuation no rule reads are copied at once: only a letter, a
            // digit, `%` or `{` may start markup or a kept Latin token (see `protected_len`).
            for c in (0u8..0x80).map(char::from) {
                let plain = c.is_ascii_whitespace()
                    || (c.is_ascii_punctuation() && !matches!(c, '%' | '{'));
                let sign = plain && self.key(c) == c && d.first[c as usize] == u16::MAX;
                // An ASCII letter no rule reads (Latin inside Cyrillic text, most letters of a
                // Latin → Latin system) is copied at once too, inside a word.
                let letter = c.is_ascii_alphabetic() && d.first[self.key(c) as usize] == u16::MAX;
                if sign || letter {
                    d.simple[c as usize] = Simple {
                        one: c,
                        rule: u16::MAX,
                        mid_word: letter,
                        ..Simple::default()
                    };
                }
            }
            let mut two_ways = Vec::new();
            // ASCII letters too, inside words (`mid_word`).
            let letters = (u32::from(b'A')..DENSE_LEN)
                .filter(|&cp| cp >= 0x80 || (cp as u8).is_ascii_alphabetic());
            for cp in letters.clone() {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                if is_upper(c) || self.key(c) != c {
                    continue;
                }
                let start = d.first[cp as usize];
                // Rules are sorted by `from`: the character's own rule comes first, then the
                // longer ones that begin with it.
                if let [own, longer @ ..] = self.rules_at(start) {
                    // (A conditional rule of `c` alone would sort first, or second: not simple.)
                    let alone = own.when.is_empty()
                        && own.from.chars().eq([c])
                        && longer.iter().all(|r| r.from.chars().nth(1).is_some());
                    if alone {
                        let i = self.first[start as usize].1;
                        let mut to = own.to.chars();
                        let seconds = seconds_of(longer);
                        d.simple[cp as usize] = Simple {
                            seconds,
                            one: match (to.next(), to.next()) {
                                (Some(o), None) => o,
                                _ => '\0',
                            },
                            rule: i + 1,
                            guard: if longer.is_empty() { 0 } else { start + 1 },
                            mid_word: c.is_ascii(),
                            upper: sign_to_letter(c, own.to),
                            ..Simple::default()
                        };
                        continue;
                    }
                    // Its own rules first (sorted by `from`, the conditional ones before the
                    // unconditional one), then the longer ones.
                    let rules = self.rules_at(start);
                    let own = rules.iter().take_while(|r| r.from.chars().eq([c])).count();
                    let longer = &rules[own..];
                    if own > 0 && own <= usize::from(u8::MAX) {
                        let mut two_way = 0;
                        if let Some(t) = TwoWay::of(&rules[..own]) {
                            if two_ways.len() < usize::from(u8::MAX) {
                                two_ways.push(t);
                                two_way = two_ways.len() as u8;
                            }
                        }
                        d.simple[cp as usize] = Simple {
                            two_way,
                            seconds: seconds_of(longer),
                            guard: if longer.is_empty() { 0 } else { start + 1 },
                            mid_word: c.is_ascii(),
                            conditional: own as u8,
                            entry: start + 1,
                            upper: rules[..own].iter().any(|r| sign_to_letter(c, r.to)),
                            ..Simple::default()
                        };
                    }
                }
            }
            d.two_way = two_ways.into_boxed_slice();
            // A capital whose small letter is simple and written as one character is written as
            // that character's capital, whatever its neighbours (Title and Upper agree on one);
            // written as more, cased as its neighbours tell.
            for cp in letters {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                if !is_upper(c) {
                    continue;
                }
                let k = self.key(c);
                let Some(&small) = d.simple.get(k as usize) else {
                    continue;
                };
                let Simple {
                    one,
                    rule,
                    conditional,
                    ..
                } = small;
                // (A letter copied as it is has its own entry, its capitals theirs: İ is not I.)
                let ruled = rule != 0 && rule != u16::MAX;
                let mut up = one.to_uppercase();
                let up = match self.casing.capital(one) {
                    Some(u) => (Some(u), None),
                    None => (up.next(), up.next()),
                };
                if let (Some(u), None, true) = (up.0, up.1, ruled && one != '\0') {
                    d.simple[cp as usize] = Simple {
                        one: u,
                        mid_word: small.mid_word || c.is_ascii(),
                        ..small
                    };
                } else if ruled || conditional != 0 {
                    // Written by the small letter's rules, cased by its neighbours (Шавкат →
                    // Shavkat, ШАВКАТ → SHAVKAT).
                    d.simple[cp as usize] = Simple {
                        one: '\0',
                        mid_word: small.mid_word || c.is_ascii(),
                        upper: true,
                        ..small
                    };
                }
            }
            // Each letter's `floor`: the least character whose key is one of its seconds.
            let keys_of = |seconds: &[char; 4]| {
                (0..DENSE_LEN)
                    .filter_map(char::from_u32)
                    .find(|&c| {
                        let k = d.keys[c as usize];
                        k != '\0' && seconds.contains(&k)
                    })
                    .unwrap_or(char::from_u32(DENSE_LEN).unwrap_or(char::MAX))
            };
            for cp in 0..d.simple.len() {
                let Simple { guard, seconds, .. } = d.simple[cp];
                d.simple[cp].floor = match (guard, seconds[0]) {
                    (0, _) => char::MAX,
                    (_, '\0') => '\0',
                    _ => keys_of(&seconds),
                };
            }
            // How the loop for plain runs writes each character (see `Dense::plain`): as the
            // simple path writes it with no look at its neighbours (but, inside a word, at the
            // letter before), as the simple path decides a two-way letter, or as a pair.
            let mut pairs = Vec::new();
            let mut plain = Vec::with_capacity(DENSE_LEN as usize);
            for cp in 0..DENSE_LEN {
                let s = d.simple[cp as usize];
                let c = char::from_u32(cp).unwrap_or('\0');
                let letter = if is_letter(c) { PLAIN_LETTER } else { 0 };
                let entry = if s.rule != 0
                    && s.conditional == 0
                    && !s.upper
                    && s.guard == 0
                    && s.one != '\0'
                {
                    let mid = if s.mid_word { PLAIN_MID_WORD } else { 0 };
                    (s.one, PLAIN_ONE | letter | mid, 0)
                } else if s.two_way != 0 && !s.upper && s.guard == 0 && !s.mid_word {
                    // The simple path's two-way letter, as it decides it.
                    ('\0', PLAIN_TWO_WAY | letter, s.two_way)
                } else if let Some(pair) = self.pair_of(&d, c).filter(|p| {
                    (s.rule != 0 || !p.guards.is_empty())
                        && !s.upper
                        && !s.mid_word
                        && pairs.len() < 255
                }) {
                    pairs.push(pair);
                    ('\0', PLAIN_PAIR | letter, (pairs.len() - 1) as u8)
                } else {
                    ('\0', 0, 0)
                };
                plain.push(entry);
            }
            d.plain = plain.into_boxed_slice();
            for cp in 0..DENSE_LEN {
                let k = d.keys[cp as usize];
                let begins = if (k as u32) < DENSE_LEN {
                    d.first[k as usize] != u16::MAX
                } else {
                    self.first.binary_search_by_key(&k, |e| e.0).is_ok()
                };
                if begins {
                    d.starts[cp as usize / 64] |= 1 << (cp % 64);
                }
            }
            d.pairs = pairs.into_boxed_slice();
            d.plain_runs = d.plain[0x400..0x500]
                .iter()
                .filter(|&&(_, flags, _)| flags & PLAIN_ONE != 0 && flags & PLAIN_LETTER != 0)
                .count()
                >= 10;
            d
        })
    }

    /// The [`Pair`] of the small letter `c`, if its rules make one: its own rule and rules of
    /// two characters, all unconditional, each second character a small letter or sign that
    /// is its own key (no table folds it).
    fn pair_of(&self, d: &Dense, c: char) -> Option<Pair> {
        let entry = *d.first.get(c as usize)?;
        if self.key(c) != c || is_upper(c) || entry == u16::MAX {
            return None;
        }
        let rules = self.rules_at(entry);
        // The letter's conditional rules come first; each alternative of each must ask for a
        // class of the next character, which then guards the pair.
        let mut guards = Vec::new();
        let mut k = 0;
        while let Some(r) = rules.get(k).filter(|r| !r.when.is_empty()) {
            if !r.from.chars().eq([c]) {
                return None;
            }
            for alternative in r.when {
                let guard = alternative.iter().find_map(|cond| match *cond {
                    Cond::Before(k) => Some(k),
                    Cond::BeforeSeq(q) => self.seqs.get(usize::from(q))?.first().copied(),
                    _ => None,
                })?;
                if !guards.contains(&guard) {
                    guards.push(guard);
                }
            }
            k += 1;
        }
        let [own, longer @ ..] = &rules[k..] else {
            return None;
        };
        if !own.when.is_empty() || !own.from.chars().eq([c]) || longer.is_empty() {
            return None;
        }
        let mut seconds = Vec::new();
        for r in longer {
            let mut from = r.from.chars();
            let (Some(_), Some(second), None) = (from.next(), from.next(), from.next()) else {
                return None;
            };
            if !r.when.is_empty()
                || (second as u32) >= DENSE_LEN
                || self.key(second) != second
                || is_upper(second)
            {
                return None;
            }
            seconds.push((second, r.to));
        }
        Some(Pair {
            own: own.to,
            seconds: seconds.into_boxed_slice(),
            guards: guards.into_boxed_slice(),
        })
    }

    fn dense_index(&self) -> &[u16] {
        &self.dense().first
    }

    /// Whether the characters of `after` are, one by one, in the classes of `seq`.
    fn before_seq(&self, d: &Dense, q: u8, after: &[char]) -> bool {
        let seq = self.seqs.get(usize::from(q)).copied().unwrap_or_default();
        after.len() >= seq.len()
            && seq
                .iter()
                .zip(after)
                .all(|(&k, &c)| self.in_class(d, k, Some(c)))
    }

    /// Whether `c` is in class `idx`: a bit of [`Dense::class_bits`] below [`DENSE_LEN`].
    #[inline]
    fn in_class(&self, d: &Dense, idx: u8, c: Option<char>) -> bool {
        let Some(c) = c else {
            return false;
        };
        let k = d
            .keys
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| self.key_slow(c));
        if (k as u32) < DENSE_LEN {
            if let Some(bits) = d.class_bits.get(idx as usize) {
                return bits[k as usize / 64] >> (k as usize % 64) & 1 == 1;
            }
        }
        self.classes
            .get(idx as usize)
            .is_some_and(|class| class.contains(k))
    }

    /// The character `c` is matched as: lower case, then folded.
    #[inline]
    fn key(&self, c: char) -> char {
        if let Some(d) = self.dense.get() {
            if let Some(&k) = d.keys.get(c as usize) {
                return k;
            }
        }
        self.key_slow(c)
    }

    fn key_slow(&self, c: char) -> char {
        let l = match c {
            'I' if self.casing == Casing::Turkic => 'ı',
            'İ' if self.casing == Casing::Turkic => 'i',
            'Í' if self.casing == Casing::Karakalpak => 'ı',
            _ => lower(c),
        };
        if self.fold.is_empty() {
            return l;
        }
        match self.fold.binary_search_by(|(k, _)| k.cmp(&l)) {
            Ok(i) => self.fold[i].1,
            Err(_) => l,
        }
    }

    /// Transliterates `text`; borrows it when no rule applies anywhere.
    pub fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.apply_with(text, true)
    }

    /// Whether [`Dense::starts`] says of every character below [`DENSE_LEN`] what the rules
    /// say: that its key begins a rule.
    #[cfg(test)]
    pub(crate) fn starts_agree_with_the_rules(&self) -> bool {
        let d = self.dense();
        (0..DENSE_LEN).filter_map(char::from_u32).all(|c| {
            let bit = d.starts[c as usize / 64] >> (c as usize % 64) & 1 == 1;
            let begins = !self.rules_starting_with(self.key(c)).is_empty();
            bit == begins
        })
    }

    /// [`Table::apply`] with every character taken by the general path: the reference the fast
    /// paths are tested against.
    #[cfg(test)]
    pub(crate) fn apply_reference<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.apply_with(text, false)
    }

    fn apply_with<'a>(&self, text: &'a str, fast: bool) -> Cow<'a, str> {
        let starts = &self.dense().starts;
        let first = text.char_indices().find(|&(_, c)| {
            let cp = c as usize;
            match starts.get(cp / 64) {
                Some(word) => word >> (cp % 64) & 1 == 1,
                None => !self.rules_starting_with(self.key(c)).is_empty(),
            }
        });
        let Some((first, _)) = first else {
            return Cow::Borrowed(text);
        };
        // Start at the token holding that character, so a URL or placeholder is seen whole.
        let start = text[..first].rfind(char::is_whitespace).map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
        let mut out = String::with_capacity(text.len() + text.len() / 4 * self.dense().grow);
        out.push_str(&text[..start]);
        let prev_of_start = text[..start].chars().next_back();
        // The characters in a buffer kept per thread: names fold word by word, and a buffer
        // per call cost as much as the work on a short word.
        CHARS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut chars) => {
                chars.clear();
                chars.reserve(text.len() - start);
                chars.extend(text[start..].chars());
                self.run_either(&chars, prev_of_start, fast, &mut out);
            }
            Err(_) => {
                let chars: Vec<char> = text[start..].chars().collect();
                self.run_either(&chars, prev_of_start, fast, &mut out);
            }
        });
        Cow::Owned(out)
    }

    /// The longest entry of [`Table::words`] that begins the word starting at `chars[i]`, with
    /// its length in characters; not one whose last letter would pair with the next (`s|h`).
    fn word_at(&self, chars: &[char], i: usize) -> Option<(usize, &'static str)> {
        let mut buf = [0u8; WORD_MAX];
        let mut len = 0;
        // The table's words are of ASCII letters, which no table folds.
        let read = |len: usize| -> Option<u8> {
            let c = *chars.get(i + len)?;
            c.is_ascii_alphabetic()
                .then_some(c.to_ascii_lowercase() as u8)
        };
        // Most words begin no entry: one lookup of their first WORD_MIN letters tells.
        while len < WORD_MIN {
            buf[len] = read(len)?;
            len += 1;
        }
        let bit = head_bit(head_of(&buf)?);
        if self.dense().word_heads.get(bit / 64)? >> (bit % 64) & 1 == 0 {
            return None;
        }
        while len < WORD_MAX {
            match read(len) {
                Some(k) => buf[len] = k,
                None => break,
            }
            len += 1;
        }
        // A letter that is not ASCII (ş, ç) right after, or more letters than read: not a word
        // the table lists.
        if chars.get(i + len).is_some_and(|&c| is_letter(c)) {
            return None;
        }
        // The entries beginning with these WORD_MIN letters, a few at most: the longest that
        // begins the word and leaves a chain of suffixes.
        let head = &buf[..WORD_MIN];
        let from = self
            .words
            .partition_point(|(f, _)| f.as_bytes().get(..WORD_MIN).unwrap_or(f.as_bytes()) < head);
        let mut best: Option<(usize, &'static str)> = None;
        for &(f, to) in self.words[from..]
            .iter()
            .take_while(|(f, _)| f.as_bytes().starts_with(head))
        {
            let n = f.len();
            if n > len || &buf[..n] != f.as_bytes() || best.is_some_and(|(m, _)| m >= n) {
                continue;
            }
            let (last, next) = (buf[n - 1], buf.get(n).copied().filter(|_| n < len));
            let pairs = matches!(
                (last, next),
                (b's' | b'c', Some(b'h'))
                    | (b't', Some(b's'))
                    | (b'y', Some(b'a' | b'e' | b'o' | b'u'))
            );
            if !pairs && self.is_suffix_chain(&buf[n..len]) {
                best = Some((n, to));
            }
        }
        best
    }

    /// Whether `part` is a case ending (or the plural) after an abbreviation, with any more
    /// endings after it: `dan` of `mln.dan`, `ning` of `a.t.ning`, `larga`. The table's
    /// [`Table::word_suffixes`] that begin a chain: the plural and the cases, not a possessive or
    /// a particle alone (`ui` of `main.ui` is no Uzbek ending).
    fn is_case_ending(&self, part: &[u8]) -> bool {
        const CASES: &[&[u8]] = &[
            b"lar", b"ning", b"ni", b"ga", b"ka", b"qa", b"da", b"dan", b"dagi", b"gacha",
        ];
        CASES
            .iter()
            .any(|c| part.starts_with(c) && self.is_suffix_chain(&part[c.len()..]))
    }

    /// Whether `rest` is empty or a chain of [`Table::word_suffixes`] (`lik` `lar` `ning`).
    fn is_suffix_chain(&self, rest: &[u8]) -> bool {
        // ends[j]: the first j bytes are a chain.
        let mut ends = [false; WORD_MAX + 1];
        ends[0] = true;
        for j in 0..rest.len() {
            if !ends[j] {
                continue;
            }
            for s in self.word_suffixes {
                if rest[j..].starts_with(s.as_bytes()) {
                    ends[j + s.len()] = true;
                }
            }
        }
        ends[rest.len()]
    }

    /// `fast`: take the shortcuts (false only for the tests' reference).
    // (Not inlined: in the caller, it slowed the caller's scan for a first letter to change.)
    #[inline(never)]
    fn run_either(&self, chars: &[char], before_start: Option<char>, fast: bool, out: &mut String) {
        // Natively, two copies of the loop: the one without runs of plain characters is the
        // one the Latin → Cyrillic tables had before those runs (the longer function's code cost
        // them 3–20 % though the runs were never entered). In wasm one copy, which asks (see
        // `run`): a second cost 4 KB gzipped.
        if cfg!(target_arch = "wasm32") || (fast && self.dense().plain_runs) {
            self.run::<true>(chars, before_start, fast, out);
        } else {
            self.run::<false>(chars, before_start, fast, out);
        }
    }

    /// `fast`: take the shortcuts (false only for the tests' reference); `PLAIN_RUNS`: write
    /// runs of plain characters in a loop of their own (see [`Dense::plain_runs`]).
    fn run<const PLAIN_RUNS: bool>(
        &self,
        chars: &[char],
        before_start: Option<char>,
        fast: bool,
        out: &mut String,
    ) {
        // Capitals are an acronym only in text that is not all capitals (a headline is).
        let has_lower = self.keep_latin_tokens && chars.iter().any(|c| c.is_lowercase());
        // No e-mail address to look for in a text without an @.
        let has_at = !fast || chars.contains(&'@');
        let d = self.dense();
        let Dense {
            first: dense,
            simple,
            keys,
            second_bits,
            second_of_rule,
            two_way: two_ways,
            ..
        } = d;
        // [`Table::key`] without asking for the dense tables again.
        let key = |c: char| {
            keys.get(c as usize)
                .copied()
                .unwrap_or_else(|| self.key_slow(c))
        };
        let has_words = !self.words.is_empty();
        let casing = self.casing;
        let plain = &d.plain;
        // Natively the copy tells (a constant); wasm's one copy asks the table.
        let plain_runs = PLAIN_RUNS && (!cfg!(target_arch = "wasm32") || (fast && d.plain_runs));
        let mut i = 0;
        while i < chars.len() {
            // The commonest case of all: a run of characters each written as one character
            // whatever its neighbours, by a two-way rule, or with the next one as a pair (see
            // `Dense::plain`) — what the paths below write, without reading their conditions
            // again for every character.
            if plain_runs {
                let start = i;
                // Letters this loop has just written: two or more, and the next ASCII letter is
                // inside a word with no placeholder's `%` before it.
                let mut letters = 0usize;
                while let Some(&(one, flags, aux)) =
                    chars.get(i).and_then(|&c| plain.get(c as usize))
                {
                    if flags & PLAIN_ONE != 0 {
                        if flags & PLAIN_MID_WORD != 0 && letters < 2 {
                            let (prev, prev2) = before(chars, i, before_start);
                            if !prev.is_some_and(is_letter) || prev2 == Some('%') {
                                break;
                            }
                        }
                        out.push(one);
                        letters = if flags & PLAIN_LETTER != 0 {
                            letters + 1
                        } else {
                            0
                        };
                        i += 1;
                    } else if flags & PLAIN_TWO_WAY != 0 {
                        let Some(t) = two_ways.get(usize::from(aux).wrapping_sub(1)) else {
                            break;
                        };
                        let (prev, prev_for_word) = word_before(chars, i, before_start);
                        out.push_str(self.two_way(d, t, prev, prev_for_word));
                        letters = 0;
                        i += 1;
                    } else if flags & PLAIN_PAIR != 0 {
                        let Some(pair) = d.pairs.get(usize::from(aux)) else {
                            break;
                        };
                        // A conditional rule of the letter alone may hold: the general path.
                        let next = chars.get(i + 1).copied();
                        if pair.guards.iter().any(|&k| self.in_class(d, k, next)) {
                            break;
                        }
                        match chars.get(i + 1) {
                            // The next character is read as it is (its own key) only when it is
                            // below DENSE_LEN and not a capital; else the general path reads it.
                            Some(&n)
                                if (n as u32) < DENSE_LEN && keys.get(n as usize) == Some(&n) =>
                            {
                                match pair.seconds.iter().find(|&&(second, _)| second == n) {
                                    Some(&(_, to)) => {
                                        out.push_str(to);
                                        i += 2;
                                    }
                                    None => {
                                        out.push_str(pair.own);
                                        i += 1;
                                    }
                                }
                            }
                            None => {
                                out.push_str(pair.own);
                                i += 1;
                            }
                            Some(_) => break,
                        }
                        letters = 0;
                    } else {
                        break;
                    }
                }
                if i > start {
                    continue;
                }
            }
            // The common case first: a letter written by its own unconditional rule, when the
            // next character continues none of its longer rules.
            if let Some(&Simple {
                one,
                rule,
                guard,
                mid_word,
                seconds,
                floor,
                conditional,
                entry,
                upper,
                two_way,
            }) = simple.get(chars[i] as usize).filter(|_| fast)
            {
                // After a letter that does not end a placeholder (`%sx%s`).
                let after_letter = || {
                    let (prev, prev2) = before(chars, i, before_start);
                    prev.is_some_and(is_letter) && prev2 != Some('%')
                };
                let continued = || {
                    let Some(next) = chars.get(i + 1).map(|&n| key(n)).filter(|_| guard != 0)
                    else {
                        return false;
                    };
                    if seconds[0] != '\0' {
                        return seconds.contains(&next);
                    }
                    if let Some(bits) = second_bits.get(usize::from(guard - 1)) {
                        if (next as u32) < DENSE_LEN {
                            return bits[next as usize / 64] >> (next as usize % 64) & 1 == 1;
                        }
                    }
                    self.rules_at(guard - 1)[1..]
                        .iter()
                        .any(|r| r.from.chars().nth(1) == Some(next))
                };
                if (rule != 0 || conditional != 0)
                    && (!mid_word || after_letter())
                    && (chars.get(i + 1).is_none_or(|&n| n < floor) || !continued())
                {
                    if rule == 0 || upper {
                        // The first of the letter's own rules whose condition holds, cased, as
                        // the general path reads and writes it.
                        let (prev, prev_for_word) = word_before(chars, i, before_start);
                        let next = chars.get(i + 1).copied();
                        let to = if let Some(t) = two_ways.get(usize::from(two_way).wrapping_sub(1))
                        {
                            Some(self.two_way(d, t, prev, prev_for_word))
                        } else if rule == 0 {
                            let own = self.rules_at(entry - 1).get(..usize::from(conditional));
                            own.unwrap_or_default()
                                .iter()
                                .find(|r| {
                                    self.holds(
                                        self.dense(),
                                        r,
                                        prev,
                                        prev_for_word,
                                        chars.get(i + 1..).unwrap_or_default(),
                                    )
                                })
                                .map(|r| r.to)
                        } else {
                            Some(self.rules[rule as usize - 1].to)
                        };
                        match (to, upper) {
                            (None, _) => out.push(chars[i]),
                            (Some(to), false) => out.push_str(to),
                            (Some(to), true) => {
                                write_cased(out, to, &chars[i..=i], prev_for_word, next, casing)
                            }
                        }
                    } else if one != '\0' {
                        out.push(one);
                    } else {
                        out.push_str(self.rules[rule as usize - 1].to);
                    }
                    i += 1;
                    continue;
                }
            }
            let prev_char = before(chars, i, before_start).0;
            let c = chars[i];
            // Markup and kept Latin tokens start with an ASCII character.
            if c.is_ascii() || c == '’' {
                let mut keep = protected_len(chars, i, prev_char, has_at);
                if keep == 0 && self.keep_latin_tokens {
                    keep = latin_token_len(chars, i, prev_char, has_lower, fast, |part| {
                        self.is_case_ending(part)
                    });
                    if keep == 0 && (dimension_x(chars, i) || elision(chars, i)) {
                        keep = 1;
                    }
                }
                if keep > 0 {
                    out.extend(&chars[i..i + keep]);
                    i += keep;
                    continue;
                }
            }
            // A listed loanword, at the start of a word.
            if has_words
                && c.is_ascii_alphabetic()
                && !prev_char.is_some_and(|p| is_word_char(p) || matches!(p, '\'' | '’' | '`'))
            {
                if let Some((n, to)) = self.word_at(chars, i) {
                    // A final ь before a vowel of the suffix goes (юань, юани).
                    let next = chars.get(i + n).copied();
                    let to = match to.strip_suffix('ь') {
                        Some(stem) if next.is_some_and(|c| "aeiou".contains(key(c))) => stem,
                        _ => to,
                    };
                    push_cased(out, to, case_of(&chars[i..i + n], prev_char, next), casing);
                    i += n;
                    continue;
                }
            }
            let k = key(c);
            let entry = match dense.get(k as usize) {
                Some(&e) => e,
                None => self
                    .first
                    .binary_search_by_key(&k, |e| e.0)
                    .map_or(u16::MAX, |e| e as u16),
            };
            let candidates = self.rules_at(entry);
            // Where the candidates start among all rules (for `second_of_rule`).
            let base = self
                .first
                .get(usize::from(entry))
                .map_or(0, |e| e.1 as usize);
            if candidates.is_empty() {
                out.push(c);
                i += 1;
                continue;
            }
            // The common case, first: a small letter whose own rule is unconditional and one
            // letter long, where no longer rule goes on with the next character (ISO 9's a̋
            // beside a: the longer rules are told by their second character), so no case to
            // carry.
            if let ([own, longer @ ..], true) = (candidates, fast) {
                if own.when.is_empty()
                    && own.from.len() == k.len_utf8()
                    && !is_upper(c)
                    && !is_modifier(c)
                    && (1..=longer.len()).all(|j| {
                        let second = second_of_rule.get(base + j).copied().unwrap_or('\0');
                        second != '\0' && chars.get(i + 1).map(|&t| key(t)) != Some(second)
                    })
                {
                    out.push_str(own.to);
                    i += 1;
                    continue;
                }
            }
            let (prev, prev_for_word) = word_before(chars, i, before_start);
            let mut best: Option<(&Rule, usize)> = None;
            let next_key = chars.get(i + 1).map(|&t| key(t));
            for (j, rule) in candidates.iter().enumerate() {
                // The first character matches: the candidates are the rules that begin with it.
                // Most longer rules fail at the second, told without decoding the rule.
                let second = second_of_rule.get(base + j).copied().unwrap_or('\0');
                if second != '\0' && next_key != Some(second) {
                    continue;
                }
                let mut n = 1;
                let matches = rule.from.chars().skip(1).all(|r| {
                    let hit = chars.get(i + n).is_some_and(|&t| key(t) == r);
                    n += 1;
                    hit
                });
                if !matches || best.is_some_and(|(_, len)| len >= n) {
                    continue;
                }
                if self.holds(
                    self.dense(),
                    rule,
                    prev,
                    prev_for_word,
                    chars.get(i + n..).unwrap_or_default(),
                ) {
                    best = Some((rule, n));
                }
            }
            let Some((rule, n)) = best else {
                out.push(c);
                i += 1;
                continue;
            };
            // Across an apostrophe inside a word (СЯМ'Я) the letter before it tells the case.
            let next = chars.get(i + n).copied();
            write_cased(out, rule.to, &chars[i..i + n], prev_for_word, next, casing);
            i += n;
        }
    }

    #[inline]
    fn holds(
        &self,
        d: &Dense,
        rule: &Rule,
        prev: Option<char>,
        prev_in_word: Option<char>,
        after: &[char],
    ) -> bool {
        let next = after.first().copied();
        rule.when.is_empty()
            || rule.when.iter().any(|all| {
                all.iter().all(|cond| match *cond {
                    Cond::Initial => !prev_in_word.is_some_and(is_word_char),
                    Cond::Final => !next.is_some_and(is_word_char),
                    Cond::After(k) => self.in_class(d, k, prev),
                    Cond::Before(k) => self.in_class(d, k, next),
                    Cond::NotAfter(k) => !self.in_class(d, k, prev),
                    Cond::NotBefore(k) => !self.in_class(d, k, next),
                    Cond::BeforeSeq(q) => self.before_seq(d, q, after),
                })
            })
    }
}

/// How many characters from `i` form a markup-like token to copy unchanged: a printf directive
/// (`%s`, `%d`, `%1$s`, `%%`), a placeholder in braces (`{name}`, at most 40 characters), a URL
/// (`http://`, `https://`, `www.`) or an e-mail address, up to the next space. 0 when none starts
/// at `i`. Every such token starts with an ASCII character: the engine asks only at those.
fn protected_len(chars: &[char], i: usize, prev: Option<char>, has_at: bool) -> usize {
    let at = |k: usize| chars.get(k).copied();
    let word_start = !prev.is_some_and(is_letter_or_digit);
    let until_space = |from: usize| {
        chars[from..]
            .iter()
            .position(|c| c.is_whitespace())
            .map_or(chars.len(), |p| from + p)
    };
    match chars[i] {
        '%' => {
            let mut k = i + 1;
            while at(k).is_some_and(|c| c.is_ascii_digit() || c == '$' || c == '.' || c == '-') {
                k += 1;
            }
            match at(k) {
                Some(c) if c.is_ascii_alphabetic() || c == '%' => {
                    // %l and %ll length modifiers.
                    let mut e = k + 1;
                    while c == 'l' && at(e) == Some('l') {
                        e += 1;
                    }
                    if c == 'l' && at(e).is_some_and(|d| d.is_ascii_alphabetic()) {
                        e += 1;
                    }
                    e - i
                }
                _ => 0,
            }
        }
        '{' => {
            let end = chars[i + 1..].iter().take(40).position(|&c| c == '}');
            match end {
                Some(e)
                    if chars[i + 1..i + 1 + e]
                        .iter()
                        .all(|c| is_letter_or_digit(*c) || matches!(c, '_' | '.' | ':' | '-')) =>
                {
                    e + 2
                }
                _ => 0,
            }
        }
        'h' | 'H' | 'w' | 'W' if word_start => {
            let starts = |p: &str| {
                p.chars()
                    .enumerate()
                    .all(|(k, pc)| at(i + k).is_some_and(|c| c.to_ascii_lowercase() == pc))
            };
            if starts("http://") || starts("https://") || starts("www.") {
                until_space(i) - i
            } else if has_at {
                email_len(chars, i)
            } else {
                0
            }
        }
        // Not after a letter and an apostrophe, inside a word (YO'LI, the road, is no LI).
        'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'
            if word_start && !(i >= 1 && apostrophe_in_word(chars, i - 1, true)) =>
        {
            match roman_len(chars, i) {
                0 if has_at => email_len(chars, i),
                n => n,
            }
        }
        c if has_at && word_start && c.is_ascii_alphanumeric() => email_len(chars, i),
        _ => 0,
    }
}

/// The length of a Roman numeral of two letters or more at `i` (a word start), written in Latin
/// capitals in Cyrillic text too (XXI аср, XIX стагоддзе, Пётр II); 0 when none is there.
fn roman_len(chars: &[char], i: usize) -> usize {
    let mut e = i;
    while chars
        .get(e)
        .is_some_and(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
    {
        e += 1;
    }
    if e - i < 2
        || chars
            .get(e)
            .is_some_and(|&c| is_letter_or_digit(c) || c == '@')
    {
        return 0;
    }
    // Well formed (MCMXCIV, not MIXX or IIII): thousands, then hundreds, tens and units, each
    // as one of the forms Roman numerals write.
    let mut rest = &chars[i..e];
    let thousands = rest.iter().take_while(|&&c| c == 'M').count().min(4);
    rest = &rest[thousands..];
    for (one, five, ten) in [('C', 'D', 'M'), ('X', 'L', 'C'), ('I', 'V', 'X')] {
        if rest.len() >= 2 && rest[0] == one && (rest[1] == five || rest[1] == ten) {
            rest = &rest[2..];
        } else {
            if rest.first() == Some(&five) {
                rest = &rest[1..];
            }
            let ones = rest.iter().take_while(|&&c| c == one).count().min(3);
            rest = &rest[ones..];
        }
    }
    if rest.is_empty() {
        e - i
    } else {
        0
    }
}

/// The length of a Latin token to keep at `i` (a word start): an acronym of 2–5 ASCII capitals
/// (`GTK`, `URI`, `VIQR`, with `+` or digits: `GTK+`), with an apostrophe before a suffix kept
/// too (`URL'dan`); or a dotted identifier of ASCII letters (`index.theme`, `gtk.css`); or a
/// setting (`gtk-menu=16,16`); or a variable (`x`, `y`, `z` alone).
fn latin_token_len(
    chars: &[char],
    i: usize,
    prev: Option<char>,
    has_lower: bool,
    quick: bool,
    case_ending: impl Fn(&[u8]) -> bool,
) -> usize {
    // Every kept token begins with an ASCII letter or digit (the one-lookup path copies other
    // ASCII characters as they are), after no letter or digit.
    if prev.is_some_and(is_letter_or_digit) || !chars[i].is_ascii_alphanumeric() {
        return 0;
    }
    // Nor after o or g and an apostrophe, the mark of oʻ gʻ in whichever apostrophe the page
    // writes, where the word goes on (Bo‘z, So'x, qo’y: no variables). After another letter it
    // may be an elision before a foreign word (d'esclavitud), which stays as it is.
    if i >= 1 && apostrophe_in_word(chars, i - 1, false) {
        return 0;
    }
    let at = |k: usize| chars.get(k).copied();
    // Most words are none of the tokens below — letters of the Uzbek alphabet, a capital only
    // first, up to a space or a sign — and one scan tells: each needs a capital after the first
    // letter, a digit, a w or a c outside ch, a `=` or `.` after the word, or is a lone x, y or z
    // (an x, y or z before a letter or digit is none).
    let lone_xyz = matches!(chars[i], 'x' | 'X' | 'y' | 'Y' | 'z' | 'Z')
        && !at(i + 1).is_some_and(|c| c.is_ascii_alphanumeric());
    if quick && chars[i].is_ascii_alphabetic() && !lone_xyz {
        let mut e = i;
        let mut marked = false;
        while let Some(&c) = chars.get(e) {
            if c.is_ascii_alphabetic() {
                // A capital after the first letter (GTK, GdkColor), w, or c outside ch.
                marked |= (e > i && c.is_ascii_uppercase())
                    || matches!(c, 'w' | 'W')
                    || (matches!(c, 'c' | 'C') && !matches!(at(e + 1), Some('h' | 'H')));
            } else if c.is_ascii_digit() {
                marked = true;
            } else if !matches!(c, '_' | '-') {
                break;
            }
            e += 1;
        }
        if !marked && !matches!(at(e), Some('=' | '.')) {
            return 0;
        }
    }
    if syllabic_abbreviation(chars, i, &case_ending) {
        return 0;
    }
    let word = foreign_word_len(chars, i);
    if word > 0 {
        return word;
    }
    // key=value: a setting written out (gtk-menu=16,16:gtk-button=20,20), to the next space.
    let mut k = i;
    while at(k).is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        k += 1;
    }
    if k > i && at(k) == Some('=') && at(k + 1).is_some_and(|c| !c.is_whitespace()) {
        while at(k).is_some_and(|c| !c.is_whitespace()) {
            k += 1;
        }
        return k - i;
    }
    // x, y or z standing alone is a variable or an axis (x boʻyicha, X-displeyi, Y tekislash):
    // no Uzbek word is one of these letters, and Cyrillic text keeps variables Latin. Not before
    // a dot, where it is an initial or an abbreviation (Y. Karimov, 2020 y.).
    // Nor after a letter's dot, the last letter of an abbreviation (с.х., н.-х.).
    let abbreviated = i >= 2
        && match prev {
            Some('.') => is_letter(chars[i - 2]),
            Some('-') => chars[i - 2] == '.',
            _ => false,
        };
    if matches!(chars[i], 'x' | 'X' | 'y' | 'Y' | 'z' | 'Z')
        && !abbreviated
        // Nor after a letter and the tutuq belgisi (sa`y, саъй).
        && (i == 0 || !apostrophe_in_word(chars, i - 1, true))
        && !at(i + 1).is_some_and(|c| {
            is_letter_or_digit(c) || matches!(c, '.' | '\'' | '’' | 'ʻ' | 'ʼ' | '`')
        })
    {
        return 1;
    }
    if !has_lower {
        return 0;
    }
    let mut k = i;
    while at(k).is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        k += 1;
    }
    let capitals = chars[i..k]
        .iter()
        .filter(|c| c.is_ascii_uppercase())
        .count();
    if (2..=5).contains(&capitals) && !at(k).is_some_and(is_letter) {
        // Uzbek's own acronyms (BMT, MDH) are written in Cyrillic too; a Latin one shows by a
        // letter Uzbek does not use (CSS, WWW), a plus (GTK+) or an apostrophe before the
        // suffix (URL'dan, which an Uzbek acronym does not take: BMTning).
        // (C in CH is Uzbek: KUCH, ICHKI in capitals are words.)
        let foreign = (i..k).any(|j| match chars[j] {
            'W' => true,
            'C' => at(j + 1) != Some('H'),
            _ => false,
        });
        let mut e = k;
        while at(e) == Some('+') {
            e += 1;
        }
        // The suffix is in small letters: in `MA'LUMOT` the capitals go on, a word in capitals.
        let suffix = apostrophe_before_ending(chars, e);
        if foreign || e > k || suffix {
            return e - i + usize::from(suffix);
        }
    }
    // index.theme: ASCII letters, a dot, ASCII letters — a file or property name. Not when every
    // part is one letter: that is an Uzbek abbreviation (h.k. "and so on", m.a. "BC"); nor
    // initials before a name, written without a space (Sh.Mirziyoyev, A.Qodiriy, S.P.Botkin);
    // nor an abbreviation with its case ending after the dot (mln.dan, y.da, a.t.ning).
    let mut e = i;
    let mut dots = 0;
    let mut longest = 0;
    let mut first = 0;
    let mut last;
    loop {
        let start = e;
        while at(e).is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            e += 1;
        }
        if e == start {
            return 0;
        }
        if start == i {
            first = e - start;
        }
        last = start;
        longest = longest.max(e - start);
        if at(e) == Some('.') && at(e + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            dots += 1;
            e += 1;
        } else {
            break;
        }
    }
    let lower = |k: usize| chars[k].to_ascii_lowercase();
    // One Cyrillic letter's Latin: a letter, or sh ch ts ya yo yu ye (Ш. Ч. Ц. Я. Ё. Ю. Е.).
    let initial = first == 1
        || (first == 2
            && matches!(
                (lower(i), lower(i + 1)),
                ('s' | 'c', 'h') | ('t', 's') | ('y', 'a' | 'o' | 'u' | 'e')
            ));
    // A word that goes on, in a letter or in the mark of oʻ gʻ written with an apostrophe
    // (Vaq.to'xtatildi), is none.
    let goes_on = at(e).is_some_and(is_letter) || apostrophe_in_word(chars, e, false);
    if dots == 0 || longest < 2 || initial || goes_on {
        return 0;
    }
    if dots == 1 && glued_sentences(&chars[i..last - 1], &chars[last..e]) {
        return 0;
    }
    // The last part in small letters (its characters are ASCII: read above).
    if is_case_ending(&chars[last..e], &case_ending) == Some(true) {
        0
    } else {
        // With the apostrophe before an Uzbek ending, as after an acronym (Kun.uz'da).
        e - i + usize::from(apostrophe_before_ending(chars, e))
    }
}

/// Whether an apostrophe at `e` sets an Uzbek ending in small letters off a kept Latin token
/// (URL'dan, Kun.uz'da).
fn apostrophe_before_ending(chars: &[char], e: usize) -> bool {
    matches!(chars.get(e), Some('\'' | '’' | 'ʼ'))
        && chars
            .get(e + 1)
            .is_some_and(|&c| is_letter(c) && !is_upper(c))
}

/// Whether the apostrophe at `k` — any a page writes for ʻ ʼ but those two, which are letters —
/// goes on a word: after o or g, the mark of oʻ gʻ, or after any letter when `any_letter`.
#[inline(never)]
fn apostrophe_in_word(chars: &[char], k: usize, any_letter: bool) -> bool {
    matches!(chars.get(k), Some('\'' | '`' | '‘' | '’' | '´'))
        && k >= 1
        && (matches!(chars[k - 1], 'o' | 'O' | 'g' | 'G')
            || (any_letter && is_letter(chars[k - 1])))
}

/// Whether `first.second` are two sentences that lost the space after their dot (keldi.Toshkent,
/// Amir.Temur, TARTIBSIZ.CHUNKI), not an identifier: two words of Uzbek letters, each a capital
/// and small letters or capitals only, the second of three letters or more and capitalized.
/// Identifiers that look so show a letter Uzbek lacks (Gtk.Window); a site's name ends in a
/// top-level domain of the IANA root zone (Adolat.Net, Yoshlar.Pro).
#[inline(never)]
fn glued_sentences(first: &[char], second: &[char]) -> bool {
    const DOMAINS: [&str; 9] = ["net", "com", "org", "info", "biz", "pro", "uz", "ru", "tv"];
    let word = |w: &[char]| {
        !w.is_empty()
            && w.iter().all(char::is_ascii_alphabetic)
            && (w[1..].iter().all(char::is_ascii_lowercase)
                || w.iter().all(char::is_ascii_uppercase))
            && !has_non_uzbek_letter(w)
    };
    second.len() >= 3
        && second[0].is_ascii_uppercase()
        && word(first)
        && word(second)
        && !DOMAINS.iter().any(|d| {
            d.len() == second.len()
                && d.chars()
                    .zip(second)
                    .all(|(a, b)| a == b.to_ascii_lowercase())
        })
}

/// Whether the ASCII letters `part`, in small letters, are a case ending by `case_ending`; `None`
/// when they are too many to be one.
fn is_case_ending(part: &[char], case_ending: impl Fn(&[u8]) -> bool) -> Option<bool> {
    let mut bytes = [0u8; 24];
    let buf = bytes.get_mut(..part.len())?;
    for (b, c) in buf.iter_mut().zip(part) {
        *b = c.to_ascii_lowercase() as u8;
    }
    Some(case_ending(buf))
}

/// Whether the ASCII word `w` has a letter the Uzbek alphabet lacks: `w`, or `c` outside `ch`.
fn has_non_uzbek_letter(w: &[char]) -> bool {
    w.iter().enumerate().any(|(k, &c)| {
        matches!(c, 'w' | 'W')
            || (matches!(c, 'c' | 'C') && !w.get(k + 1).is_some_and(|n| matches!(n, 'h' | 'H')))
    })
}

/// Whether the `x` at `i` is a dimension sign between numbers or placeholders (`1920x1080`,
/// `%sx%s`), written so in Cyrillic text too.
fn dimension_x(chars: &[char], i: usize) -> bool {
    if !matches!(chars[i], 'x' | 'X') {
        return false;
    }
    let at = |k: Option<usize>| k.and_then(|k| chars.get(k)).copied();
    let before = at(i.checked_sub(1));
    let number_before = before.is_some_and(|c| c.is_ascii_digit())
        || (before.is_some_and(|c| c.is_ascii_alphabetic()) && at(i.checked_sub(2)) == Some('%'));
    let number_after = at(Some(i + 1)).is_some_and(|c| c.is_ascii_digit() || c == '%');
    number_before && number_after
}

/// Whether the apostrophe at `i` elides a French or Italian article or preposition before a
/// name (`Kot-d’Ivuar`, `D’Artanyan`, `l’Aquila`): a `d` or `l` standing alone before it, a
/// capital after it. Kept as an apostrophe in Cyrillic (Кот-д’Ивуар, as CLDR's Uzbek Cyrillic
/// writes it), not read as the tutuq belgisi (ъ), which never stands between a word's first
/// letter and a capital.
fn elision(chars: &[char], i: usize) -> bool {
    matches!(chars[i], '\'' | '’')
        && i >= 1
        && matches!(chars[i - 1], 'd' | 'D' | 'l' | 'L')
        && (i < 2 || !is_letter_or_digit(chars[i - 2]))
        && chars.get(i + 1).is_some_and(char::is_ascii_uppercase)
}

/// Whether the ASCII word at `i` is an Uzbek abbreviation of a syllable and initials — ToshDU
/// (Toshkent Davlat Universiteti, ТошДУ), SamDU, QarDU, AndMI, UzA (ЎзА) —, perhaps with its case
/// ending (SamDUda, ToshDUning): a capital, two to five small letters with a vowel (or Uz,
/// Oʻzbekiston's), capitals (two or more when an ending follows), and only letters of the Uzbek
/// alphabet. Written in Cyrillic like the words they abbreviate, where an identifier whose first
/// part has no vowel (GdkRGBA, GtkUIManager), whose capital goes on in small letters (QuickTime,
/// AirPods), a chemical formula or a unit (NaOH, FeO, MeV, KiB: one small letter) stays Latin.
/// (English names of that shape, OpenGL or FullHD, are written in Cyrillic too: nothing in their
/// letters tells them from ToshDU.)
fn syllabic_abbreviation(chars: &[char], i: usize, case_ending: impl Fn(&[u8]) -> bool) -> bool {
    let mut e = i;
    while chars.get(e).is_some_and(char::is_ascii_alphabetic) {
        e += 1;
    }
    // A word that goes on in a digit, an apostrophe letter or another script is not one.
    if chars
        .get(e)
        .is_some_and(|&c| is_letter_or_digit(c) || matches!(c, 'ʻ' | 'ʼ' | '‘'))
    {
        return false;
    }
    let w = &chars[i..e];
    let Some((&first, rest)) = w.split_first() else {
        return false;
    };
    let syllable = rest.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let capitals = rest[syllable..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let ending = &rest[syllable + capitals..];
    first.is_ascii_uppercase()
        && ((2..=5).contains(&syllable) || (first, rest.first()) == ('U', Some(&'z')))
        && w[..=syllable]
            .iter()
            .any(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
        && (1..=5).contains(&capitals)
        && !has_non_uzbek_letter(w)
        && (ending.is_empty()
            || (capitals >= 2
                && ending.len() <= 8
                && ending.iter().all(char::is_ascii_lowercase)
                && is_case_ending(ending, &case_ending) == Some(true)))
}

/// The length of an ASCII word starting at `i` that cannot be Uzbek Latin, 0 otherwise: one with a
/// letter the Uzbek alphabet does not have (`w`, or `c` outside the digraph `ch`: Caps, Lock), one
/// with a capital after a small letter (GdkColor, PostScript), or one
/// whose letters run into digits (prc10, kaku2). Uzbek words have none of these; program names,
/// identifiers and foreign words are published in Latin inside Cyrillic Uzbek text.
fn foreign_word_len(chars: &[char], i: usize) -> usize {
    let mut e = i;
    while e < chars.len() && chars[e].is_ascii_alphanumeric() {
        e += 1;
    }
    // A word that goes on in a letter outside ASCII (an apostrophe letter, a Cyrillic letter) is
    // not judged here.
    if e == i
        || chars
            .get(e)
            .is_some_and(|&c| is_letter(c) || matches!(c, 'ʻ' | 'ʼ' | '‘'))
    {
        return 0;
    }
    let w = &chars[i..e];
    if !w[0].is_ascii_alphabetic() {
        return 0;
    }
    let foreign_letter = has_non_uzbek_letter(w);
    // Not a run of capitals before small letters: BMTga is an acronym with its suffix.
    // (The h of a capital Sh or Ch, the vowel of a capital Ye, Yo, Yu or Ya, is of that letter:
    // MChJ, ShHT, YeI, YeXHT are Uzbek acronyms.)
    let inner_capital = w.windows(3).any(|p| {
        p[1].is_ascii_lowercase()
            && p[2].is_ascii_uppercase()
            && !matches!(
                (p[0], p[1]),
                ('S' | 'C', 'h') | ('Y', 'a' | 'e' | 'o' | 'u')
            )
    }) || w
        .get(..2)
        .is_some_and(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
    let letters_then_digits = w
        .windows(2)
        .any(|p| p[0].is_ascii_alphabetic() && p[1].is_ascii_digit());
    if !(foreign_letter || inner_capital || letters_then_digits) {
        return 0;
    }
    // An apostrophe before an Uzbek ending in small letters sets the ending off the foreign word
    // (iPhone'lar, Facebook'dagi): it is kept with the word, not read as the tutuq belgisi.
    let suffix = matches!(chars.get(e), Some('\'' | '’'))
        && chars.get(e + 1).is_some_and(|&c| c.is_ascii_lowercase());
    e - i + usize::from(suffix)
}

/// The length of an e-mail address starting at `i` (ASCII local part, `@`, a dotted domain).
fn email_len(chars: &[char], i: usize) -> usize {
    let mut k = i;
    while k < chars.len()
        && (chars[k].is_ascii_alphanumeric() || matches!(chars[k], '.' | '_' | '-' | '+'))
    {
        k += 1;
    }
    if k == i || chars.get(k) != Some(&'@') {
        return 0;
    }
    let domain_start = k + 1;
    let mut e = domain_start;
    while e < chars.len() && (is_letter_or_digit(chars[e]) || matches!(chars[e], '.' | '-')) {
        e += 1;
    }
    let domain: String = chars[domain_start..e].iter().collect();
    let domain = domain.trim_end_matches('.');
    if domain.contains('.') && !domain.starts_with('.') {
        domain_start + domain.chars().count() - i
    } else {
        0
    }
}

/// The case of a matched source segment: upper when it is all capitals and its word is too
/// (`ШАВКАТ`), title when only its first letter is a capital (`Шавкат`, or a lone `Ш.`).
#[inline(always)]
fn case_of(seg: &[char], prev: Option<char>, next: Option<char>) -> Case {
    // The first letter decides (an apostrophe or sign before it has no case).
    let Some(first) = seg.iter().find(|&&c| is_letter(c) && !is_modifier(c)) else {
        // A sign written as a letter (ISO 9's ʺ → ъ, the tutuq belgisi ʼ → ъ) is a capital
        // inside a word in capitals: OBʺËM → ОБЪЁМ, MAʼLUMOT → МАЪЛУМОТ.
        let upper = prev.is_some_and(|p| is_letter(p) && is_upper(p))
            && next.is_none_or(|n| !is_letter(n) || is_upper(n));
        return if upper { Case::Upper } else { Case::Lower };
    };
    if !is_upper(*first) {
        return Case::Lower;
    }
    let cased = |c: &&char| is_letter(**c) && !is_modifier(**c);
    let letters_upper = seg.iter().filter(cased).all(|c| is_upper(*c));
    if seg.iter().filter(cased).count() > 1 {
        return if letters_upper {
            Case::Upper
        } else {
            Case::Title
        };
    }
    match next {
        Some(n) if is_letter(n) => {
            if is_upper(n) {
                Case::Upper
            } else {
                Case::Title
            }
        }
        _ => {
            if prev.is_some_and(|p| is_letter(p) && is_upper(p)) {
                Case::Upper
            } else {
                Case::Title
            }
        }
    }
}

/// Whether `c` is a sign that a rule writes as a letter with a capital (ISO 9's ʺ as ъ, the
/// tutuq belgisi ʼ as ъ), so that it is cased by its neighbours ([`case_of`]).
fn sign_to_letter(c: char, to: &str) -> bool {
    (!is_letter(c) || is_modifier(c)) && to.chars().any(char::is_lowercase)
}

/// A modifier letter (U+02B0–U+02FF: ʻ ʼ ʹ ʺ), which has no case: for casing it is a sign.
#[inline(always)]
fn is_modifier(c: char) -> bool {
    matches!(c as u32, 0x2B0..=0x2FF)
}

/// The two characters before `chars[i]` (the first of `chars` follows `before_start`).
#[inline(always)]
fn before(chars: &[char], i: usize, before_start: Option<char>) -> (Option<char>, Option<char>) {
    match i {
        0 => (before_start, None),
        1 => (Some(chars[0]), before_start),
        _ => (Some(chars[i - 1]), Some(chars[i - 2])),
    }
}

/// The character before `chars[i]`, and the word's letter before it for conditions and case:
/// an apostrophe between letters is inside the word (Знам'янка), not its start.
#[inline(always)]
fn word_before(
    chars: &[char],
    i: usize,
    before_start: Option<char>,
) -> (Option<char>, Option<char>) {
    let (prev, prev2) = before(chars, i, before_start);
    let inside =
        prev.is_some_and(|p| matches!(p, '\'' | '’' | 'ʼ' | '`')) && prev2.is_some_and(is_letter);
    (prev, if inside { prev2 } else { prev })
}

/// `to` written in the case of the source segment `seg` ([`case_of`]). A middle dot that
/// keeps letters apart (BGN/PCGN's `t·s` for тс, `·e` for э after a consonant) has no case: the
/// letters after it are cased, and each part of a rule written letter by letter takes the case
/// of its own letter (`тС` → `t·S`, `шЧ` → `sh·Ch`).
fn write_cased(
    out: &mut String,
    to: &str,
    seg: &[char],
    prev: Option<char>,
    next: Option<char>,
    casing: Casing,
) {
    // Most segments begin with a small letter and hold no capital: every part of the rule is
    // written in small letters, as it is (see `case_of`).
    let small = |c: char| matches!(c as u32, 0x61..=0x7A | 0x430..=0x45F);
    if seg.first().is_some_and(|&c| small(c)) && seg[1..].iter().all(|&c| !is_upper(c)) {
        out.push_str(to);
        return;
    }
    let to = match to.strip_prefix('·') {
        Some(rest) => {
            out.push('·');
            rest
        }
        None => to,
    };
    if seg.len() > 1 && to.contains('·') && to.split('·').count() == seg.len() {
        for (k, part) in to.split('·').enumerate() {
            let before = if k == 0 { prev } else { Some(seg[k - 1]) };
            if k > 0 {
                out.push('·');
            }
            let after = seg.get(k + 1).copied().or(next);
            push_cased(out, part, case_of(&seg[k..=k], before, after), casing);
        }
        return;
    }
    push_cased(out, to, case_of(seg, prev, next), casing);
}

/// `to` written in `case`, with the capitals of `casing` ([`Table::casing`]).
#[inline(always)]
fn push_cased(out: &mut String, to: &str, case: Case, casing: Casing) {
    // The capital of `c`.
    let upper = |out: &mut String, c: char| match casing.capital(c) {
        Some(u) => out.push(u),
        None => out.extend(c.to_uppercase()),
    };
    // Only Turkic casing has an ASCII letter with a capital of its own (i, İ).
    let turkic = casing == Casing::Turkic;
    match case {
        Case::Lower => out.push_str(to),
        Case::Upper if to.is_ascii() && !(turkic && to.contains('i')) => {
            out.extend(to.bytes().map(|b| char::from(b.to_ascii_uppercase())))
        }
        Case::Upper => to.chars().for_each(|c| upper(out, c)),
        // A ligature tie joins two letters into one (ALA-LC t͡s, i͡a): both take the capital.
        Case::Title if to.contains('\u{361}') => {
            let upper_of = upper;
            let mut upper = true;
            for c in to.chars() {
                if upper {
                    upper_of(out, c);
                } else {
                    out.push(c);
                }
                upper = c == '\u{361}' || (upper && !is_letter(c));
            }
        }
        Case::Title => {
            let mut chars = to.chars();
            match chars.next() {
                Some(f) if f.is_ascii() && !(turkic && f == 'i') => {
                    out.push(f.to_ascii_uppercase())
                }
                Some(f) => upper(out, f),
                None => {}
            }
            out.push_str(chars.as_str());
        }
    }
}
