//! Fast paths for the character questions every stage asks: is it a letter, what is its lower
//! case. ASCII, Latin-1/Extended-A/B and the Cyrillic block (the text of this web) are answered
//! by arithmetic; everything else by the standard library (whose answers these equal).

/// `c.is_alphabetic()`, fast for ASCII, Latin and Cyrillic.
#[inline]
pub fn is_letter(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return c.is_ascii_alphabetic();
    }
    match cp {
        // Latin-1 letters (not × ÷), Latin Extended-A and -B.
        0xC0..=0x24F => cp != 0xD7 && cp != 0xF7,
        // Cyrillic letters (U+0482 is a sign, U+0483..=U+0489 combining marks).
        0x400..=0x481 | 0x48A..=0x52F => true,
        0x482..=0x489 => false,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, fast for ASCII, Latin and Cyrillic.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_letter(c) || c.is_numeric()
}

/// Appends `s` in lower case to `out`, as `str::to_lowercase` writes it (with no new string:
/// character by character, but for a text with Σ, whose final form only the whole word tells).
#[inline]
pub fn lowercase_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else if s.contains('Σ') {
        out.push_str(&s.to_lowercase());
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// The first character of `c.to_lowercase()`, fast for ASCII and the basic Cyrillic alphabet.
pub fn lower(c: char) -> char {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_ascii_lowercase();
    }
    match cp {
        // А..Я → а..я, Ѐ..Џ → ѐ..џ; the lower-case letters themselves.
        0x410..=0x42F => char::from_u32(cp + 0x20).unwrap_or(c),
        0x400..=0x40F => char::from_u32(cp + 0x50).unwrap_or(c),
        0x430..=0x45F => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// `c.is_uppercase()`, fast for ASCII and the basic Cyrillic alphabet.
#[inline]
pub fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0x400..=0x42F => true,
        0x430..=0x45F => false,
        _ => c.is_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_to_the_standard_library() {
        for cp in 0..0x3000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(lower(c), c.to_lowercase().next().unwrap(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }
}
