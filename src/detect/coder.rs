//! Decoding of the range-coded postings of the language profiles (`profiles::POSTINGS`).
//!
//! The binary range coder of LZMA (Igor Pavlov's design, public domain) with 12-bit
//! probabilities that move by 1/16 of their error after each bit, and values read as bit trees
//! (the top bit first, each bit with a probability of its own per context and position in the
//! tree). `scripts/gen_tables.py` (`RangeEncoder`, `lid_code_postings`) writes the stream with
//! the same models in the same order: a key's posting count in the context of the key's class;
//! each posting's language in the context of the language before it in the key's list (63 before
//! the first) and of the count (up to 12); its gain in the context of the class and the language.

const PROB_BITS: u32 = 12;
const PROB_SHIFT: u32 = 4;
const HALF: u16 = 1 << (PROB_BITS - 1);

const COUNT_BITS: u32 = 8;
const LANG_BITS: u32 = 6;
const GAIN_BITS: u32 = 8;
/// Counts told apart in a language's context: 0–11 and 12 or more.
const LANG_COUNTS: usize = 13;
/// The "previous language" of a key's first posting.
const NO_LANG: usize = 63;

struct RangeDecoder<'a> {
    data: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl<'a> RangeDecoder<'a> {
    fn new(data: &'a [u8]) -> Self {
        let mut d = RangeDecoder {
            data,
            pos: 0,
            range: u32::MAX,
            code: 0,
        };
        // The encoder's first byte is always 0; the next four start the code.
        for _ in 0..5 {
            d.code = d.code << 8 | u32::from(d.next_byte());
        }
        d
    }

    /// The next byte of the stream; zeros past its end (a truncated stream decodes to
    /// something, never to a panic).
    fn next_byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    fn bit(&mut self, prob: &mut u16) -> u32 {
        let p = u32::from(*prob);
        let bound = (self.range >> PROB_BITS) * p;
        let bit = if self.code < bound {
            self.range = bound;
            *prob += ((1 << PROB_BITS) - *prob) >> PROB_SHIFT;
            0
        } else {
            self.code -= bound;
            self.range -= bound;
            *prob -= *prob >> PROB_SHIFT;
            1
        };
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(self.next_byte());
        }
        bit
    }

    /// A value of `bits` bits read as a bit tree over `probs` (at least `2^bits` of them).
    fn tree(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let mut node = 1usize;
        for _ in 0..bits {
            let b = match probs.get_mut(node) {
                Some(p) => self.bit(p),
                None => 0,
            };
            node = node * 2 + b as usize;
        }
        node as u32 - (1 << bits)
    }
}

/// Decodes `data`, the postings of `classes.len()` keys (each key's class, 1–4, in key order):
/// the number of postings of each key, and every posting as `[language, gain]`.
pub(super) fn decode_postings(
    data: &[u8],
    classes: &[u8],
    n_postings: usize,
) -> (Vec<u8>, Vec<[u8; 2]>) {
    let mut d = RangeDecoder::new(data);
    let mut count_probs = vec![HALF; 8 << COUNT_BITS];
    let mut lang_probs = vec![HALF; (64 * LANG_COUNTS) << LANG_BITS];
    let mut gain_probs = vec![HALF; (8 * 64) << GAIN_BITS];
    let mut counts = Vec::with_capacity(classes.len());
    let mut postings = Vec::with_capacity(n_postings);
    for &class in classes {
        let class = usize::from(class & 7);
        let at = class << COUNT_BITS;
        let n = d.tree(&mut count_probs[at..at + (1 << COUNT_BITS)], COUNT_BITS) as usize;
        counts.push(n as u8);
        let mut prev = NO_LANG;
        for _ in 0..n {
            let ctx = prev * LANG_COUNTS + n.min(LANG_COUNTS - 1);
            let at = ctx << LANG_BITS;
            let lang = d.tree(&mut lang_probs[at..at + (1 << LANG_BITS)], LANG_BITS) as usize;
            let at = (class * 64 + lang) << GAIN_BITS;
            let gain = d.tree(&mut gain_probs[at..at + (1 << GAIN_BITS)], GAIN_BITS);
            postings.push([lang as u8, gain as u8]);
            prev = lang;
        }
    }
    (counts, postings)
}

#[cfg(test)]
mod tests {
    use super::super::profile::profile_keys;
    use super::super::profiles::{LANGS, N_KEYS, N_POSTINGS, POSTINGS};
    use super::*;

    fn classes() -> Vec<u8> {
        profile_keys().iter().map(|k| (k >> 24) as u8).collect()
    }

    #[test]
    fn the_stream_decodes_to_every_posting() {
        let classes = classes();
        assert_eq!(classes.len(), N_KEYS);
        let (counts, postings) = decode_postings(POSTINGS, &classes, N_POSTINGS);
        assert_eq!(counts.len(), N_KEYS);
        assert_eq!(postings.len(), N_POSTINGS);
        assert_eq!(
            counts.iter().map(|&n| usize::from(n)).sum::<usize>(),
            N_POSTINGS
        );
        assert!(counts
            .iter()
            .all(|&n| n >= 1 && usize::from(n) <= LANGS.len()));
        assert!(postings
            .iter()
            .all(|&[l, g]| usize::from(l) < LANGS.len() && g > 0));
        // A key's languages are listed in increasing order, as the generator lists them.
        let mut at = 0;
        for &n in &counts {
            let list = &postings[at..at + usize::from(n)];
            assert!(list.windows(2).all(|w| w[0][0] < w[1][0]));
            at += usize::from(n);
        }
    }

    #[test]
    fn a_cut_stream_decodes_without_panicking() {
        let classes = classes();
        for cut in [0, 1, 5, 100, POSTINGS.len() / 2] {
            let (counts, _) = decode_postings(&POSTINGS[..cut], &classes, 0);
            assert_eq!(counts.len(), classes.len());
        }
    }
}
