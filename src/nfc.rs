//! Unicode Normalization Form C (Unicode Standard Annex #15, "Unicode Normalization Forms",
//! sections 1.3 and 3.11: canonical decomposition, canonical ordering, canonical composition),
//! on the character data of the `unicode-normalization` crate: its canonical decomposition,
//! combining classes, primary composites and NFC quick-check property.
//!
//! Written here rather than taken from that crate's `nfc()` iterator because the iterator's
//! decomposition step serves canonical and compatibility decomposition alike, and so brings the
//! compatibility table (about 25 KB of the gzipped wasm) into every build that normalizes to NFC;
//! only NFKD would need it. The crate's `nfc()` remains the oracle of this module's tests.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
use unicode_normalization::{is_nfc_quick, IsNormalized};

/// Appends the NFC form of `s` to `out`.
pub fn nfc_into(s: &str, out: &mut String) {
    // 1. Full canonical decomposition (Hangul syllables included), with each character's
    //    combining class.
    let mut buf: Vec<(char, u8)> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_canonical(c, |d| buf.push((d, canonical_combining_class(d))));
    }
    // 2. Canonical ordering: each run of non-starters sorted by combining class, stably.
    let mut i = 0;
    while i < buf.len() {
        if buf[i].1 == 0 {
            i += 1;
            continue;
        }
        let end = buf[i..]
            .iter()
            .position(|&(_, class)| class == 0)
            .map_or(buf.len(), |p| i + p);
        if end - i > 1 {
            // (class, position, character): by class, and by position within a class.
            let mut run: Vec<(u8, u32, char)> = buf[i..end]
                .iter()
                .enumerate()
                .map(|(k, &(c, class))| (class, k as u32, c))
                .collect();
            crate::sort::sort_unstable_by(&mut run, |a, b| (a.0, a.1) < (b.0, b.1));
            for (slot, (class, _, c)) in buf[i..end].iter_mut().zip(run) {
                *slot = (c, class);
            }
        }
        i = end;
    }
    // 3. Canonical composition: a character joins the last starter when nothing between them
    //    blocks it (a character of class 0, or of a class not below its own) and the two have a
    //    primary composite.
    let mut composed: Vec<char> = Vec::with_capacity(buf.len());
    let mut starter: Option<usize> = None;
    // Class of the last character kept since the starter (None: none kept).
    let mut last: Option<u8> = None;
    for (c, class) in buf {
        if let Some(si) = starter {
            let blocked = last.is_some_and(|l| l == 0 || l >= class);
            if !blocked {
                if let Some(both) = compose(composed[si], c) {
                    composed[si] = both;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(composed.len());
            last = None;
        } else {
            last = Some(class);
        }
        composed.push(c);
    }
    out.extend(composed);
}

/// The NFC form of `s`.
pub fn nfc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    nfc_into(s, &mut out);
    out
}

/// Whether `s` is in NFC: by the quick-check property, and where that cannot tell, by comparison
/// with its NFC form.
pub fn is_nfc(s: &str) -> bool {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => nfc(s) == s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn published_examples() {
        // UAX #15, figure 6 (composition) and the examples of section 1.3.
        assert_eq!(nfc("A\u{30A}"), "\u{C5}");
        assert_eq!(nfc("\u{212B}"), "\u{C5}"); // Ångström sign: a singleton
        assert_eq!(nfc("\u{1E0B}\u{323}"), "\u{1E0D}\u{307}"); // ḍ̇: ordering, then composition
        assert_eq!(nfc("q\u{307}\u{323}"), "q\u{323}\u{307}"); // no composite: reordered only
        assert_eq!(nfc("\u{1100}\u{1161}\u{11A8}"), "\u{AC01}"); // Hangul L V T
        assert_eq!(nfc("\u{FB01}"), "\u{FB01}"); // ﬁ: a compatibility character stays
                                                 // Uzbek and Cyrillic letters written with combining marks.
        assert_eq!(nfc("g\u{306}"), "ğ");
        assert_eq!(nfc("\u{435}\u{308}"), "ё");
        assert_eq!(nfc("\u{423}\u{306}"), "Ў");
        assert_eq!(nfc(""), "");
        assert!(is_nfc("Ўзбекистон oʻzbek") && !is_nfc("e\u{301}") && !is_nfc("\u{212B}"));
    }

    /// Characters around combining marks and composites: Latin, Greek, Cyrillic, Hebrew,
    /// Devanagari, Hangul, the combining blocks and a few singletons.
    fn chars_near_marks() -> impl Strategy<Value = char> {
        prop_oneof![
            (0x41u32..0x250).prop_map(|c| char::from_u32(c).unwrap()),
            (0x300u32..0x370).prop_map(|c| char::from_u32(c).unwrap()),
            (0x370u32..0x530).prop_map(|c| char::from_u32(c).unwrap()),
            (0x591u32..0x5C8).prop_map(|c| char::from_u32(c).unwrap()),
            (0x900u32..0x980).prop_map(|c| char::from_u32(c).unwrap()),
            (0x1100u32..0x1200).prop_map(|c| char::from_u32(c).unwrap()),
            (0x1DC0u32..0x1F00).prop_map(|c| char::from_u32(c).unwrap()),
            (0xAC00u32..0xAC40).prop_map(|c| char::from_u32(c).unwrap()),
            Just('\u{212B}'),
            Just('\u{2126}'),
            Just('\u{0344}'),
            Just('\u{0F73}'),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn agrees_with_unicode_normalization(v in prop::collection::vec(chars_near_marks(), 0..12)) {
            let s: String = v.into_iter().collect();
            let want: String = s.nfc().collect();
            prop_assert_eq!(&nfc(&s), &want);
            prop_assert_eq!(is_nfc(&s), unicode_normalization::is_nfc(&s));
        }
    }
}
