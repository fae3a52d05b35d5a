//! A naive Bayes classifier over character n-grams (1–3 letters, with word boundaries) and
//! whole words of up to three letters (the function words: `и`, `не`, `va`, `the`), with
//! profiles generated from published text (`data/lid/corpus/`: the Universal Declaration of Human
//! Rights and CLDR locale data in each language) by `scripts/gen_tables.py`.
//!
//! Features are taken exactly as the generator takes them: lower case, every apostrophe as `'`,
//! words split at anything that is not a letter or an apostrophe, each word padded with a boundary
//! on both sides. An n-gram the profiles do not know adds nothing; one that some languages list
//! costs each language its floor (−ln p of an unseen n-gram, quantized), less the gain stored for
//! the languages that list it. Each distinct n-gram of a text is looked at once, with its count.

use super::profiles::{ALPHABET, FLOOR, KEY_DELTAS, LANGS, N_KEYS, N_POSTINGS, POSTINGS, SCALE};
use std::cell::RefCell;

/// Scale of the quantized costs (cost = −ln p × scale).
pub const SCALE_F32: f32 = SCALE;
use super::script::{script_of, Script, ScriptCounts};
use super::tables::{EX_FIRST, EX_LAST};
use std::sync::OnceLock;

/// Number of profiled languages.
pub const N_LANGS: usize = LANGS.len();

const BOUNDARY: u8 = 1;
const APOSTROPHE: u8 = 2;

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}'
            | '\u{2018}'
            | '`'
            | '\u{B4}'
            | '\u{2BB}'
            | '\u{2BC}'
            | '\u{2BD}'
            | '\u{2032}'
    )
}

/// Below this code point every character is classified by one table lookup (all of
/// [`ALPHABET`] and the apostrophes but three lie below it).
const TABLE_LEN: usize = 0x0530;
/// Table value of a character that is neither a letter nor an apostrophe.
const NOT_LETTER: u8 = 255;

/// What the one pass over a text needs to know of a character below [`TABLE_LEN`].
#[derive(Clone, Copy)]
struct Class {
    /// Letter code (of the lower-case letter; 0 for a letter the profiles do not know),
    /// [`APOSTROPHE`], or [`NOT_LETTER`].
    code: u8,
    /// The script of the letter (`Script as u8`), or [`NO_SCRIPT`].
    script: u8,
    /// The lower-case letter, for the alphabet counts; [`NO_LETTER`] for a character that is not
    /// a letter.
    lower: u16,
}

const NO_SCRIPT: u8 = u8::MAX;
const NO_LETTER: u16 = u16::MAX;

/// The [`Class`] of every character below [`TABLE_LEN`].
struct Codes {
    table: [Class; TABLE_LEN],
}

fn codes() -> &'static Codes {
    static CODES: OnceLock<Codes> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut table = [Class {
            code: NOT_LETTER,
            script: NO_SCRIPT,
            lower: NO_LETTER,
        }; TABLE_LEN];
        for (cp, t) in table.iter_mut().enumerate() {
            let c = char::from_u32(cp as u32).unwrap_or('\0');
            *t = class_slow(c);
        }
        Codes { table }
    })
}

/// The [`Class`] of `c`, computed (each question about `c` asked once: this is the path of every
/// character from U+0530 up).
fn class_slow(c: char) -> Class {
    let letter = crate::chars::is_letter(c);
    let l = if letter { crate::chars::lower(c) } else { c };
    let code = if is_apostrophe(c) {
        APOSTROPHE
    } else if letter {
        ALPHABET.binary_search(&l).map_or(0, |i| (i + 3) as u8)
    } else {
        NOT_LETTER
    };
    let lower = match l as u32 {
        cp if letter && (EX_FIRST..=EX_LAST).contains(&cp) => (cp - EX_FIRST) as u16,
        _ => NO_LETTER,
    };
    Class {
        code,
        script: script_of(c).map_or(NO_SCRIPT, |s| s as u8),
        lower,
    }
}

/// Classes of features: 1-, 2- and 3-grams, and whole words of up to [`MAX_WORD`] letters.
const N_CLASSES: usize = 4;
/// The key's top byte for a whole word (n-grams have their n there).
const WORD_CLASS: u32 = 4;
/// The longest word counted whole.
const MAX_WORD: usize = 3;

/// Number of distinct codes (0, boundary, apostrophe and the letters).
const N_CODES: usize = ALPHABET.len() + 3;

/// A key listed by at least this many languages is added as a dense row, eight languages at a
/// time; fewer, by its quad of postings ([`QUAD`]).
const DENSE_MIN: usize = QUAD + 1;
/// A key listed by at most this many languages has its postings as a quad, padded with
/// postings of no gain: every key adds a dense row (a zero one when it has none) and a quad,
/// the same work in the same order whatever the key, so that the processor has no branch to
/// guess wrong per key.
const QUAD: usize = 4;
/// The lane padding postings add to (none of the languages').
const NO_LANE: u8 = u8::MAX;
/// Bytes of a dense row: a byte per language, rounded up to whole 16-byte vectors.
const DENSE_LEN: usize = N_LANGS.div_ceil(16) * 16;

/// Sums of dense rows in 16-bit lanes, one per language (a loop the compiler turns into vector
/// multiply-adds of eight or sixteen lanes), emptied into the per-language sums before a lane
/// could overflow.
struct Lanes {
    sums: [u16; DENSE_LEN],
    /// The most any lane can still take.
    room: u32,
}

impl Lanes {
    fn new() -> Self {
        Lanes {
            sums: [0; DENSE_LEN],
            room: u32::from(u16::MAX),
        }
    }

    /// Adds `row` × `n` (`n` ≤ 257, so that no byte times `n` leaves its lane).
    #[inline]
    fn add(&mut self, row: &[u8; DENSE_LEN], n: u32, wide: &mut [u32; 256]) {
        let most = 255 * n;
        if most > self.room {
            self.empty_into(wide);
        }
        self.room -= most;
        let m = n as u16;
        for (sum, &x) in self.sums.iter_mut().zip(row) {
            *sum = sum.wrapping_add(u16::from(x).wrapping_mul(m));
        }
    }

    fn empty_into(&mut self, wide: &mut [u32; 256]) {
        for (w, &s) in wide.iter_mut().zip(&self.sums) {
            *w += u32::from(s);
        }
        *self = Lanes::new();
    }
}

/// From n-gram key to its postings: 1- and 2-grams by direct tables, 3-grams by an
/// open-addressing hash table, built once from the generated tables.
struct Index {
    /// (first posting, number of postings, dense row: 0 for the zero row) per key number + 1;
    /// entry 0 (an n-gram no profile lists) has no postings.
    keys: Vec<(u32, u16, u16)>,
    /// The gains of a key with many postings as a dense row: byte `l` is the gain of language
    /// `l` (0 where it is not listed), so that all languages are added at once ([`Lanes`]);
    /// row 0 is all zero, the row of the keys with fewer postings.
    dense: Vec<[u8; DENSE_LEN]>,
    /// Per key number + 1, its postings when it has no dense row (padded, see [`QUAD`]).
    quads: Vec<[[u8; 2]; QUAD]>,
    /// Key number + 1 (0: not listed) of each 1-gram `a` at `a` and 2-gram `ab` at
    /// `N_CODES + a × N_CODES + b`.
    direct: Vec<u16>,
    mask: usize,
    /// (3-gram key, key number + 1); 0 marks an empty slot.
    slots: Vec<(u32, u16)>,
    /// (language, gain) of every posting, side by side.
    postings: Vec<[u8; 2]>,
}

impl Index {
    fn slot(key: u32, mask: usize) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & mask
    }

    #[inline]
    fn unigram(&self, a: u8) -> u16 {
        self.direct[a as usize]
    }

    #[inline]
    fn bigram(&self, a: u8, b: u8) -> u16 {
        self.direct[N_CODES + a as usize * N_CODES + b as usize]
    }

    #[inline]
    fn trigram(&self, key: u32) -> u16 {
        let mut i = Self::slot(key, self.mask);
        loop {
            let (k, id) = self.slots[i];
            if k == key {
                return id;
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The n-gram keys of the profiles, in order, from their varint differences.
pub(super) fn profile_keys() -> Vec<u32> {
    let mut keys = Vec::with_capacity(N_KEYS);
    let (mut key, mut shift, mut delta) = (0u32, 0u32, 0u32);
    for &b in KEY_DELTAS {
        delta |= u32::from(b & 0x7F).wrapping_shl(shift);
        shift += 7;
        if b & 0x80 != 0 {
            continue;
        }
        key = key.wrapping_add(delta);
        keys.push(key);
        (delta, shift) = (0, 0);
    }
    keys
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let cap = (N_KEYS * 2).next_power_of_two();
        let all_keys = profile_keys();
        // Their postings, range-coded in the context of each key's class.
        let classes: Vec<u8> = all_keys.iter().map(|k| (k >> 24) as u8).collect();
        let (counts, decoded) = super::coder::decode_postings(POSTINGS, &classes, N_POSTINGS);
        let mut index = Index {
            // Entry 0 stands for every n-gram no profile lists: no postings.
            keys: vec![(0, 0, 0)],
            // Row 0: no gains, the row of every key with a quad.
            dense: vec![[0; DENSE_LEN]],
            quads: vec![[[NO_LANE, 0]; QUAD]],
            direct: vec![0; N_CODES + N_CODES * N_CODES],
            mask: cap - 1,
            slots: vec![(0, 0); cap],
            postings: Vec::with_capacity(decoded.len()),
        };
        // Each key's postings in `decoded`, in key order.
        let lists: Vec<&[[u8; 2]]> = counts
            .iter()
            .scan(0usize, |at, &n| {
                let list = decoded.get(*at..*at + usize::from(n));
                *at += usize::from(n);
                list
            })
            .collect();
        // Keys are numbered, and their postings, dense rows and counts laid out, by how many
        // languages list them, most first: the n-grams most texts have (listed by many
        // languages) then share cache lines (sentences 36–38 → 38–40 MB/s against key order,
        // in alternating runs of `lid_eval`).
        // A counting sort, the counts being bytes (the heapsort it replaces was a third of the
        // detector's start-up: 28M of 77M instructions), in key order among equal counts.
        // (`lists` is shorter than `counts` only if the postings were cut short.)
        let counted = &counts[..lists.len()];
        let mut at = [0usize; 257];
        for &n in counted {
            at[usize::from(u8::MAX - n) + 1] += 1;
        }
        for b in 1..at.len() {
            at[b] += at[b - 1];
        }
        let mut order = vec![0usize; lists.len()];
        for (k, &n) in counted.iter().enumerate() {
            let slot = &mut at[usize::from(u8::MAX - n)];
            order[*slot] = k;
            *slot += 1;
        }
        for k in order {
            let (key, n, list) = (all_keys[k], counts[k], lists[k]);
            let id = index.keys.len() as u16 - 1;
            let start = index.postings.len() as u32;
            index.postings.extend_from_slice(list);
            let row = if usize::from(n) >= DENSE_MIN {
                let mut row = [0u8; DENSE_LEN];
                for &[l, g] in list {
                    if let Some(b) = row.get_mut(usize::from(l)) {
                        *b = g;
                    }
                }
                index.dense.push(row);
                index.quads.push([[NO_LANE, 0]; QUAD]);
                index.dense.len() as u16 - 1
            } else {
                let mut quad = [[NO_LANE, 0]; QUAD];
                for (q, &p) in quad.iter_mut().zip(list) {
                    *q = p;
                }
                index.quads.push(quad);
                0
            };
            index.keys.push((start, u16::from(n), row));
            let [a, b, c] = [
                (key >> 16) as u8 as usize,
                (key >> 8) as u8 as usize,
                key as u8 as usize,
            ];
            match key >> 24 {
                1 => index.direct[c] = id + 1,
                2 => index.direct[N_CODES + b * N_CODES + c] = id + 1,
                _ => {
                    let _ = a;
                    let mut i = Index::slot(key, index.mask);
                    while index.slots[i].0 != 0 {
                        i = (i + 1) & index.mask;
                    }
                    index.slots[i] = (key, id + 1);
                }
            }
        }
        index
    })
}

/// Per-call scratch space: how often each distinct n-gram and each letter occurs in the text
/// being read.
struct Scratch {
    /// Count per key number in this call; all zero between calls (the keys counted are
    /// listed in `seen`, and cleared from there).
    grams: Vec<u32>,
    /// Key numbers + 1 seen in this call (0 too, if an n-gram no profile lists was), in order
    /// of first sighting: its first places, as many as `read_all` kept ([`keep`]).
    seen: Vec<u16>,
    /// Count per lower-case letter of the exemplar range; all zero between calls.
    letter_count: Vec<u32>,
    /// The letters counted in this call, in order of first appearance (kept like `seen`).
    letters_seen: Vec<u16>,
}

/// A word as [`read_all`] reads it, code by code: its n-grams are those of the word padded with
/// a boundary on both sides, without the apostrophes at its ends; an n-gram with a letter the
/// profiles do not know (code 0) is not looked up.
struct Word {
    /// The codes before the next one: `p1` the last (the boundary before the first letter),
    /// `p2` the one before it (0 at the first letter: no 3-gram ends there).
    p2: u8,
    p1: u8,
    /// Codes in the word so far.
    len: usize,
    /// Apostrophes since the last letter: inside the word if a letter follows, else dropped.
    pending: usize,
    /// The word's codes as a whole-word key (the last [`MAX_WORD`] of them), and whether the
    /// profiles know every one.
    whole: u32,
    known: bool,
}

impl Word {
    fn new() -> Self {
        Word {
            p2: 0,
            p1: BOUNDARY,
            len: 0,
            pending: 0,
            whole: WORD_CLASS << 24,
            known: true,
        }
    }

    /// A letter's or an apostrophe's code.
    #[inline]
    fn push(&mut self, code: u8, index: &Index, add: &mut impl FnMut(usize, u16)) {
        if code == APOSTROPHE {
            // Before the first letter it is not part of the word.
            self.pending += usize::from(self.len > 0);
            return;
        }
        while self.pending > 0 {
            self.pending -= 1;
            self.code(APOSTROPHE, index, add);
        }
        self.code(code, index, add);
    }

    #[inline]
    fn code(&mut self, x: u8, index: &Index, add: &mut impl FnMut(usize, u16)) {
        let (p2, p1) = (self.p2, self.p1);
        if x != 0 {
            add(0, index.unigram(x));
            Self::ending_at(p2, p1, x, index, add);
        }
        self.whole = self.whole << 8 & 0xFF_FFFF | WORD_CLASS << 24 | u32::from(x);
        self.known &= x != 0;
        (self.p2, self.p1) = (p1, x);
        self.len += 1;
    }

    /// The 2-gram and 3-gram that end at `x`, after `p2` `p1` (none with a 0: a letter the
    /// profiles do not know, or no code before the first letter).
    #[inline(always)]
    fn ending_at(p2: u8, p1: u8, x: u8, index: &Index, add: &mut impl FnMut(usize, u16)) {
        if p1 != 0 {
            add(1, index.bigram(p1, x));
            if p2 != 0 {
                let key = 3 << 24 | u32::from(p2) << 16 | u32::from(p1) << 8 | u32::from(x);
                add(2, index.trigram(key));
            }
        }
    }

    /// The word ends (trailing apostrophes dropped): the n-grams that end at its closing
    /// boundary, and the word whole if it is short (`и`, `не`, `the`) and every letter known.
    fn end(&mut self, index: &Index, add: &mut impl FnMut(usize, u16)) {
        Self::ending_at(self.p2, self.p1, BOUNDARY, index, add);
        if self.len <= MAX_WORD && self.known {
            add(3, index.trigram(self.whole));
        }
        *self = Word::new();
    }
}

/// Writes `value` at `buf[*len]` and keeps it there (advances `len`) only if `new`: the same
/// work either way, so the processor has no branch to guess wrong on whether a key or letter
/// is new in the text (the most mispredicted branches of detection before). `buf` has room for
/// every distinct value and one more, so the write always has its slot.
#[inline]
fn keep(buf: &mut [u16], len: &mut usize, value: u16, new: bool) {
    if let Some(slot) = buf.get_mut(*len) {
        *slot = value;
    }
    *len += usize::from(new);
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            grams: vec![0; N_KEYS + 1],
            // Each key number + 1 and 0 at most once, and the slot `keep` writes past them.
            seen: vec![0; N_KEYS + 2],
            letter_count: vec![0; (EX_LAST - EX_FIRST + 1) as usize],
            letters_seen: vec![0; (EX_LAST - EX_FIRST + 2) as usize],
        }
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::new());
}

/// Per-language evidence of a text: lower cost is more likely. It adds up over pieces of a text
/// cut between words ([`Scores::add`]), so a text's score is the sum of its sentences' scores.
#[derive(Debug, Clone)]
pub struct Scores {
    /// Quantized gain per language, in [`LANGS`] order.
    gain: [u32; N_LANGS],
    /// How many of the text's 1-, 2- and 3-grams and short words the profiles know.
    by_n: [u32; N_CLASSES],
    /// How many of the text's n-grams the profiles know.
    pub grams: u32,
    /// How many of the text's 1-, 2- and 3-grams and short words no profile knows.
    pub unknown: [u32; N_CLASSES],
}

impl Default for Scores {
    fn default() -> Self {
        Scores {
            gain: [0; N_LANGS],
            by_n: [0; N_CLASSES],
            grams: 0,
            unknown: [0; N_CLASSES],
        }
    }
}

impl Scores {
    /// Quantized cost of language `l` (−ln p × [`SCALE_F32`]).
    pub fn cost(&self, l: usize) -> u32 {
        let floors: u32 = (0..N_CLASSES)
            .map(|n| self.by_n[n] * u32::from(FLOOR[l][n]))
            .sum();
        floors.saturating_sub(self.gain[l])
    }

    /// Quantized cost of language `l` counting the n-grams no profile knows at `l`'s floor too —
    /// the cost of the text as a whole, not only of its known n-grams.
    pub fn cost_with_unknown(&self, l: usize) -> u32 {
        let unknown: u32 = (0..N_CLASSES)
            .map(|n| self.unknown[n] * u32::from(FLOOR[l][n]))
            .sum();
        self.cost(l) + unknown
    }

    /// Adds the evidence of another piece of the same text.
    pub fn add(&mut self, other: &Scores) {
        for (a, b) in self.gain.iter_mut().zip(&other.gain) {
            *a += b;
        }
        for n in 0..N_CLASSES {
            self.by_n[n] += other.by_n[n];
            self.unknown[n] += other.unknown[n];
        }
        self.grams += other.grams;
    }
}

/// What one pass over a text finds.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Its letters per script.
    pub counts: ScriptCounts,
    /// (lower-case letter − [`EX_FIRST`], count) of its letters in the exemplar range, in order
    /// of first appearance; empty unless the text is mostly Latin or Cyrillic.
    pub letters: Vec<(usize, u32)>,
    /// Its n-gram evidence; empty unless the text is mostly Latin or Cyrillic (other scripts
    /// are read by their script: `lang::by_script`).
    pub scores: Scores,
}

/// Reads `text`: its letters per script, its letters, and its score against every profile — of
/// the n-grams of its dominant script only, when it mixes Latin and Cyrillic.
pub fn read(text: &str) -> Reading {
    read_scratch(text, true)
}

/// [`read`], scoring the n-grams of both scripts of a text that mixes them (the mojibake judge's
/// cost per n-gram, which weighs garbled letters of either script).
pub fn read_both_scripts(text: &str) -> Reading {
    read_scratch(text, false)
}

fn read_scratch(text: &str, own_script: bool) -> Reading {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut s) => read_with(text, &mut s, own_script),
        // Not reentered in practice; a fresh scratch keeps it correct if it ever is.
        Err(_) => read_with(text, &mut Scratch::new(), own_script),
    })
}

/// Scores `text` against every profile, whatever its script.
pub fn score(text: &str) -> Scores {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut s) => read_all(text, &mut s, NO_SCRIPT).scores,
        Err(_) => read_all(text, &mut Scratch::new(), NO_SCRIPT).scores,
    })
}

fn read_with(text: &str, scratch: &mut Scratch, own_script: bool) -> Reading {
    let mut r = read_all(text, scratch, NO_SCRIPT);
    match r.counts.dominant() {
        Some((s @ (Script::Latn | Script::Cyrl), _)) => {
            // Words in the other of the two scripts (CBS, This Morning in a Kyrgyz sentence;
            // a Russian name in an English one) tell nothing of which language of the text's
            // own script it is, yet each of their n-grams would cost every profile its floor —
            // less for a language learnt from less text. Only the text's own script is scored.
            let other = if s == Script::Latn {
                Script::Cyrl
            } else {
                Script::Latn
            };
            if own_script && r.counts.get(other) > 0 {
                r.scores = read_all(text, scratch, s as u8).scores;
            }
        }
        _ => {
            r.scores = Scores::default();
            r.letters.clear();
        }
    }
    r
}

/// Reads `text`; with `only` a script (`Script as u8`), its letters of other scripts are read
/// as spaces in the n-grams (they are still counted by script and letter).
fn read_all(text: &str, scratch: &mut Scratch, only: u8) -> Reading {
    let codes = codes();
    let index = index();
    let mut counts = ScriptCounts::default();
    let mut grams = [0u32; N_CLASSES];
    let mut unknown = [0u32; N_CLASSES];
    let Scratch {
        grams: slots,
        seen,
        letter_count,
        letters_seen,
    } = scratch;
    let mut n_seen = 0;
    let mut add = |n: usize, id: u16| {
        let known = u32::from(id != 0);
        grams[n] += known;
        unknown[n] += 1 - known;
        let Some(count) = slots.get_mut(usize::from(id)) else {
            return;
        };
        keep(seen, &mut n_seen, id, *count == 0);
        *count += 1;
    };
    // The word being read, one code at a time: every n-gram that ends at a code is counted as
    // the code comes (no second pass over a buffered word, whose varying length the processor
    // guessed wrong once a word).
    let mut word = Word::new();
    let mut n_letters = 0;
    for c in text.chars() {
        let cp = c as usize;
        let class = if cp < TABLE_LEN {
            codes.table[cp]
        } else {
            class_slow(c)
        };
        if class.script != NO_SCRIPT {
            counts.add_index(class.script as usize);
        }
        if class.lower != NO_LETTER {
            let i = class.lower as usize;
            if let Some(n) = letter_count.get_mut(i) {
                keep(letters_seen, &mut n_letters, class.lower, *n == 0);
                *n += 1;
            }
        }
        if class.code != NOT_LETTER
            && (only == NO_SCRIPT || class.script == only || class.script == NO_SCRIPT)
        {
            word.push(class.code, index, &mut add);
        } else if word.len > 0 {
            word.end(index, &mut add);
        }
    }
    if word.len > 0 {
        word.end(index, &mut add);
    }
    // Each distinct n-gram once: its count times the gain of each language that lists it.
    // Indexed by a u8, so the compiler needs no bounds check in the loop; the first N_LANGS
    // are the languages.
    let mut wide = [0u32; 256];
    let postings = &index.postings;
    let mut lanes = Lanes::new();
    let seen = &seen[..n_seen.min(seen.len())];
    for &id in seen {
        let Some(count) = slots.get_mut(id as usize) else {
            continue;
        };
        let n = std::mem::take(count);
        let (start, len, row) = index.keys[id as usize];
        if n > 257 {
            // So many of one n-gram that a row times the count could leave its lanes: posting
            // by posting.
            let start = start as usize;
            for &[l, g] in postings
                .get(start..start + len as usize)
                .unwrap_or_default()
            {
                wide[l as usize] += u32::from(g) * n;
            }
            continue;
        }
        if let (Some(row), Some(quad)) = (
            index.dense.get(usize::from(row)),
            index.quads.get(id as usize),
        ) {
            lanes.add(row, n, &mut wide);
            for &[l, g] in quad {
                wide[l as usize] += u32::from(g) * n;
            }
        }
    }
    lanes.empty_into(&mut wide);
    let mut gain = [0u32; N_LANGS];
    gain.copy_from_slice(&wide[..N_LANGS]);
    let letters = letters_seen[..n_letters.min(letters_seen.len())]
        .iter()
        .map(|&i| (i as usize, std::mem::take(&mut letter_count[i as usize])))
        .collect();
    Reading {
        counts,
        letters,
        scores: Scores {
            gain,
            by_n: grams,
            grams: grams.iter().sum(),
            unknown,
        },
    }
}

impl Scores {
    /// The best language among `allowed` (indices into [`LANGS`]) and its margin over the second,
    /// in nats.
    pub fn best(&self, allowed: impl Iterator<Item = usize>) -> Option<(usize, f32)> {
        let mut best: Option<(usize, u32)> = None;
        let mut second = u32::MAX;
        for l in allowed {
            let c = self.cost(l);
            match best {
                Some((_, b)) if c >= b => second = second.min(c),
                _ => {
                    if let Some((_, b)) = best {
                        second = second.min(b);
                    }
                    best = Some((l, c));
                }
            }
        }
        let (l, c) = best?;
        let margin = if second == u32::MAX {
            f32::INFINITY
        } else {
            (second - c) as f32 / SCALE
        };
        Some((l, margin))
    }
}

/// The profiled languages written in `script`, as a bitset over [`LANGS`] (found once).
pub fn script_langs(script: Script) -> u64 {
    static MASKS: OnceLock<[u64; 2]> = OnceLock::new();
    let masks = MASKS.get_or_init(|| {
        [Script::Latn, Script::Cyrl].map(|s| langs_of(s).fold(0u64, |m, l| m | 1 << l))
    });
    match script {
        Script::Latn => masks[0],
        Script::Cyrl => masks[1],
        other => langs_of(other).fold(0u64, |m, l| m | 1 << l),
    }
}

/// Indices of the profiled languages written in `script`.
pub fn langs_of(script: Script) -> impl Iterator<Item = usize> {
    LANGS
        .iter()
        .enumerate()
        .filter(move |(_, l)| l.2 == script)
        .map(|(i, _)| i)
}

/// The profiles of the same language and script as profile `l` (itself included), as a bitset
/// over [`LANGS`]: Uzbek Latin has two, the 1995 alphabet and the reformed one
/// (`uz-Latn-2026`), Kazakh Latin two, the 2021 alphabet and the 2018 one (`kk-Latn-2018`);
/// every other language one. (Found once per profile, by `lang_data`.)
pub fn same_language(l: usize) -> u64 {
    (0..N_LANGS)
        .filter(|&k| LANGS[k].1 == LANGS[l].1 && LANGS[k].2 == LANGS[l].2)
        .fold(0u64, |m, k| m | 1 << k)
}

/// The BCP 47 tag, ISO 639-1 code and script of profiled language `l`.
pub fn lang_info(l: usize) -> (&'static str, &'static str, Script) {
    LANGS[l]
}
