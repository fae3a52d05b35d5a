//! A naive Bayes classifier over character n-grams (1–3 letters, with word boundaries), with
//! profiles generated from published text (`data/lid/corpus/`: the Universal Declaration of Human
//! Rights and CLDR locale data in each language) by `scripts/gen_tables.py`.
//!
//! Features are taken exactly as the generator takes them: lower case, every apostrophe as `'`,
//! words split at anything that is not a letter or an apostrophe, each word padded with a boundary
//! on both sides. An n-gram the profiles do not know adds nothing; one that some languages list
//! costs each language its floor (−ln p of an unseen n-gram, quantized), less the gain stored for
//! the languages that list it. Each distinct n-gram of a text is looked at once, with its count.

use super::profiles::{
    ALPHABET, COUNTS, FLOOR, KEY_DELTAS, LANGS, N_KEYS, POST_GAINS, POST_LANGS, SCALE,
};
use std::cell::RefCell;

/// Scale of the quantized costs (cost = −ln p × scale).
pub const SCALE_F32: f32 = SCALE;
use super::script::Script;
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

/// Letter codes: ASCII letters by table, the rest by binary search in [`ALPHABET`].
struct Codes {
    ascii: [u8; 128],
}

fn codes() -> &'static Codes {
    static CODES: OnceLock<Codes> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut ascii = [0u8; 128];
        for (i, &c) in ALPHABET.iter().enumerate() {
            if c.is_ascii() {
                ascii[c as usize] = (i + 3) as u8;
            }
        }
        Codes { ascii }
    })
}

/// An open-addressing hash table from n-gram key to its postings, built once from the
/// generated tables.
struct Index {
    mask: usize,
    /// (key, first posting, number of postings, key number); key 0 marks an empty slot.
    slots: Vec<(u32, u32, u16, u16)>,
}

impl Index {
    fn slot(key: u32, mask: usize) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & mask
    }

    fn get(&self, key: u32) -> Option<(u32, u16, u16)> {
        let mut i = Self::slot(key, self.mask);
        loop {
            let (k, start, n, id) = self.slots[i];
            if k == key {
                return Some((start, n, id));
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let cap = (N_KEYS * 2).next_power_of_two();
        let mut index = Index {
            mask: cap - 1,
            slots: vec![(0, 0, 0, 0); cap],
        };
        let (mut key, mut shift, mut start, mut id) = (0u32, 0, 0u32, 0u16);
        let mut delta = 0u32;
        let mut counts = COUNTS.iter();
        for &b in KEY_DELTAS {
            delta |= u32::from(b & 0x7F) << shift;
            shift += 7;
            if b & 0x80 != 0 {
                continue;
            }
            key += delta;
            let n = *counts.next().unwrap_or(&0);
            let mut i = Index::slot(key, index.mask);
            while index.slots[i].0 != 0 {
                i = (i + 1) & index.mask;
            }
            index.slots[i] = (key, start, u16::from(n), id);
            start += u32::from(n);
            id = id.wrapping_add(1);
            (delta, shift) = (0, 0);
        }
        index
    })
}

/// Per-call scratch space: how often each distinct n-gram occurs in the text being scored.
struct Scratch {
    /// Call stamp per key number: `count` is valid when `stamp` equals the current call's.
    stamp: Vec<u32>,
    count: Vec<u32>,
    /// (first posting, number of postings, key number) of the keys seen in this call.
    seen: Vec<(u32, u16, u16)>,
    call: u32,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            stamp: vec![0; N_KEYS],
            count: vec![0; N_KEYS],
            seen: Vec::new(),
            call: 0,
        }
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::new());
}

/// The code of a lower-case letter, 0 when the profiles do not know it.
fn code(c: char, codes: &Codes) -> u8 {
    if c.is_ascii() {
        return codes.ascii[c as usize];
    }
    ALPHABET.binary_search(&c).map_or(0, |i| (i + 3) as u8)
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Per-language costs of a text: lower is more likely.
#[derive(Debug, Clone)]
pub struct Scores {
    /// Quantized cost per language, in [`LANGS`] order.
    pub cost: [u32; N_LANGS],
    /// How many of the text's n-grams the profiles know.
    pub grams: u32,
}

/// Scores `text` against every profile.
pub fn score(text: &str) -> Scores {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut s) => score_with(text, &mut s),
        // Not reentered in practice; a fresh scratch keeps it correct if it ever is.
        Err(_) => score_with(text, &mut Scratch::new()),
    })
}

fn score_with(text: &str, scratch: &mut Scratch) -> Scores {
    let codes = codes();
    let index = index();
    scratch.call = scratch.call.wrapping_add(1);
    if scratch.call == 0 {
        scratch.stamp.iter_mut().for_each(|s| *s = 0);
        scratch.call = 1;
    }
    scratch.seen.clear();
    let call = scratch.call;
    let mut grams = [0u32; 3];
    // Codes of the current word, between boundaries; 0 marks a letter the profiles do not know.
    let mut word: Vec<u8> = Vec::with_capacity(32);
    let mut add = |k: u32| {
        if let Some((start, len, id)) = index.get(k) {
            grams[(k >> 24) as usize - 1] += 1;
            let id = id as usize;
            if scratch.stamp[id] != call {
                scratch.stamp[id] = call;
                scratch.count[id] = 0;
                scratch.seen.push((start, len, id as u16));
            }
            scratch.count[id] += 1;
        }
    };
    let mut flush = |word: &mut Vec<u8>| {
        // Apostrophes at the ends of a word are not part of it.
        let start = word
            .iter()
            .position(|&c| c != APOSTROPHE)
            .unwrap_or(word.len());
        let end = word
            .iter()
            .rposition(|&c| c != APOSTROPHE)
            .map_or(start, |e| e + 1);
        if start < end {
            let w = &word[start..end];
            let at = |i: isize| -> u8 {
                if i < 0 || i as usize >= w.len() {
                    BOUNDARY
                } else {
                    w[i as usize]
                }
            };
            let len = w.len() as isize;
            // Padded positions -1 ..= len.
            for i in -1..=len {
                let a = at(i);
                if i >= 0 && i < len && a != 0 {
                    add(1 << 24 | u32::from(a));
                }
                let b = at(i + 1);
                if i < len && a != 0 && b != 0 {
                    add(2 << 24 | u32::from(a) << 8 | u32::from(b));
                }
                let c = at(i + 2);
                if i + 1 < len && a != 0 && b != 0 && c != 0 {
                    add(3 << 24 | u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c));
                }
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if is_apostrophe(c) {
            word.push(APOSTROPHE);
        } else if c.is_alphabetic() {
            word.push(code(lower(c), codes));
        } else if !word.is_empty() {
            flush(&mut word);
        }
    }
    flush(&mut word);
    // Each distinct n-gram once: its count times the gain of each language that lists it.
    let mut gain = [0u32; N_LANGS];
    for &(start, len, id) in &scratch.seen {
        let n = scratch.count[id as usize];
        let range = start as usize..start as usize + len as usize;
        for (&l, &g) in POST_LANGS[range.clone()].iter().zip(&POST_GAINS[range]) {
            gain[l as usize] += u32::from(g) * n;
        }
    }
    let mut cost = [0u32; N_LANGS];
    for l in 0..N_LANGS {
        let floors: u32 = (0..3).map(|n| grams[n] * u32::from(FLOOR[l][n])).sum();
        cost[l] = floors.saturating_sub(gain[l]);
    }
    Scores {
        cost,
        grams: grams.iter().sum(),
    }
}

impl Scores {
    /// The best language among `allowed` (indices into [`LANGS`]) and its margin over the second,
    /// in nats.
    pub fn best(&self, allowed: impl Iterator<Item = usize>) -> Option<(usize, f32)> {
        let mut best: Option<(usize, u32)> = None;
        let mut second = u32::MAX;
        for l in allowed {
            let c = self.cost[l];
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

/// Indices of the profiled languages written in `script`.
pub fn langs_of(script: Script) -> impl Iterator<Item = usize> {
    LANGS
        .iter()
        .enumerate()
        .filter(move |(_, l)| l.2 == script)
        .map(|(i, _)| i)
}

/// The BCP 47 tag, ISO 639-1 code and script of profiled language `l`.
pub fn lang_info(l: usize) -> (&'static str, &'static str, Script) {
    LANGS[l]
}
