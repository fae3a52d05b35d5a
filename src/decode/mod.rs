//! Bytes → text, choosing the encoding the way a browser does.
//!
//! The order follows the WHATWG HTML standard, §13.2.3.2 "Determining the character encoding"
//! (<https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding>):
//!
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE), which always wins;
//! 2. the transport layer's charset (the `charset` parameter of a `Content-Type` header, or a bare
//!    label), given by the caller;
//! 3. the `<meta>` prescan of the first 1024 bytes (§13.2.3.2 "prescan a byte stream to determine its
//!    encoding"), implemented step by step in [`prescan`];
//! 4. detection: valid UTF-8 is taken as UTF-8; anything else goes to `chardetng`, the detector
//!    Firefox uses (feature `bundled-cjk`, the default), or to pagenorm's own [`guess`] (without
//!    it, as in the wasm build), with the top-level domain of the page's URL as a hint.
//!
//! Labels are resolved by the WHATWG Encoding Standard's "get an encoding" (`encoding_rs`).
//! UTF-8, UTF-16, x-user-defined, replacement and the single-byte encodings are decoded here, by
//! the standard's decoders and indexes; the legacy multi-byte (CJK) encodings by `encoding_rs`
//! with `bundled-cjk`, otherwise by the host's decoder ([`set_host_decoder`]). Decoding never
//! fails: malformed sequences become U+FFFD and set `had_errors`.

/// The encodings of the WHATWG Encoding Standard, by `encoding_rs` (labels, names).
pub use encoding_rs::Encoding;
use encoding_rs::{UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};
use std::borrow::Cow;
use std::sync::OnceLock;

pub mod guess;
mod single_byte;

/// How the encoding of a page was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EncodingSource {
    /// A byte order mark at the start of the input.
    Bom,
    /// The transport-layer charset given by the caller (`PageOptions::charset`).
    Transport,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` found by the prescan.
    Meta,
    /// Detection: the bytes were valid UTF-8, or they were guessed ([`detect`]).
    Detected,
    /// The input was already text (a JavaScript or Rust string): nothing to decode.
    Text,
}

/// The decoded text and how it was obtained.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The text; borrowed from the input when the input was UTF-8 without a BOM.
    pub text: Cow<'a, str>,
    /// The encoding used, by its WHATWG name (`"UTF-8"`, `"windows-1251"`, `"KOI8-R"`, …).
    pub encoding: &'static Encoding,
    /// Why that encoding was used.
    pub source: EncodingSource,
    /// True when some bytes were malformed for the encoding and became U+FFFD.
    pub had_errors: bool,
}

/// How many bytes the `<meta>` prescan looks at (WHATWG: "the first 1024 bytes").
pub const PRESCAN_BYTES: usize = 1024;

/// How many bytes `chardetng` is fed at most. Detection settles long before this; the cap keeps
/// the cost of detection independent of the page's size.
pub const DETECT_BYTES: usize = 64 * 1024;

/// Decodes `bytes`. `transport` is the transport-layer charset: either a `Content-Type` value
/// (`text/html; charset=windows-1251`) or a bare label (`cp1251`). `tld` is the page's top-level
/// domain (`"uz"`, `"ru"`), used only as a hint for detection.
pub fn decode<'a>(bytes: &'a [u8], transport: Option<&str>, tld: Option<&str>) -> Decoded<'a> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(&bytes[bom_len..], encoding, EncodingSource::Bom);
    }
    if let Some(encoding) = transport.and_then(transport_encoding) {
        return finish(bytes, encoding, EncodingSource::Transport);
    }
    if let Some(encoding) = prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        return finish(bytes, encoding, EncodingSource::Meta);
    }
    finish(bytes, detect(bytes, tld), EncodingSource::Detected)
}

fn finish<'a>(bytes: &'a [u8], encoding: &'static Encoding, source: EncodingSource) -> Decoded<'a> {
    let (text, had_errors) = decode_with(encoding, bytes);
    Decoded {
        text,
        encoding,
        source,
        had_errors,
    }
}

/// Detection when nothing declares the encoding: valid UTF-8 is UTF-8 (a browser's `chardetng`
/// says the same when allowed to answer UTF-8); otherwise, with `bundled-cjk`, chardetng's guess
/// when it is a CJK encoding or one of a script without a language profile
/// ([`chardetng_decides`]), and else, or without `bundled-cjk`, [`guess::guess`]; the TLD is a
/// hint to both.
pub fn detect(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    match std::str::from_utf8(bytes) {
        Ok(_) => return UTF_8,
        // Valid but for a sequence cut off at the very end: a truncated UTF-8 page.
        Err(e) if e.error_len().is_none() => return UTF_8,
        Err(_) => {}
    }
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    let (guessed, cost) = guess::guess_with_cost(sample, tld);
    #[cfg(feature = "bundled-cjk")]
    {
        // chardetng decides the CJK encodings and the scripts no language profile reads; among
        // the Latin and Cyrillic single-byte encodings the guesser, which reads the words by the
        // profiles, is right more often (README "Encoding detection"). Words that read well by
        // a profile need no second opinion.
        if cost >= guess::READS_WELL {
            let chardetng = detect_with_chardetng(sample, tld);
            if chardetng_decides(chardetng) {
                return chardetng;
            }
        }
    }
    #[cfg(not(feature = "bundled-cjk"))]
    let _ = cost;
    guessed
}

/// The encodings chardetng's answer is taken for: the legacy CJK ones and the single-byte
/// encodings of scripts without a language profile (Greek, Hebrew, Arabic, Thai).
pub fn chardetng_decides(encoding: &'static Encoding) -> bool {
    use encoding_rs::{
        BIG5, EUC_JP, EUC_KR, GB18030, GBK, ISO_2022_JP, ISO_8859_6, ISO_8859_7, ISO_8859_8,
        ISO_8859_8_I, SHIFT_JIS, WINDOWS_1253, WINDOWS_1255, WINDOWS_1256, WINDOWS_874,
    };
    [
        BIG5,
        EUC_JP,
        EUC_KR,
        GB18030,
        GBK,
        ISO_2022_JP,
        SHIFT_JIS,
        ISO_8859_6,
        ISO_8859_7,
        ISO_8859_8,
        ISO_8859_8_I,
        WINDOWS_1253,
        WINDOWS_1255,
        WINDOWS_1256,
        WINDOWS_874,
    ]
    .contains(&encoding)
}

/// chardetng's guess for bytes that are not UTF-8, the top-level domain as its hint.
#[cfg(feature = "bundled-cjk")]
pub fn detect_with_chardetng(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    detector.feed(sample, true);
    let tld = tld.map(str::as_bytes).filter(|t| {
        !t.is_empty()
            && t.iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    koi8_variant(sample, detector.guess(tld, chardetng::Utf8Detection::Allow))
}

/// KOI8-R or KOI8-U: chardetng answers KOI8-U for both (they decode every Russian letter alike).
/// They differ in eight bytes, which KOI8-U (RFC 2319) makes the Ukrainian and Belarusian letters
/// є і ї ґ Є І Ї Ґ and KOI8-R (RFC 1489) box-drawing characters: text with one of them beside a
/// letter is KOI8-U, text without is KOI8-R.
pub(crate) fn koi8_variant(bytes: &[u8], guess: &'static Encoding) -> &'static Encoding {
    if guess != encoding_rs::KOI8_U && guess != encoding_rs::KOI8_R {
        return guess;
    }
    let ukrainian = |b: u8| matches!(b, 0xA4 | 0xA6 | 0xA7 | 0xAD | 0xB4 | 0xB6 | 0xB7 | 0xBD);
    let letter = |b: u8| b >= 0xC0;
    let in_words = bytes
        .windows(2)
        .any(|w| (ukrainian(w[0]) && letter(w[1])) || (letter(w[0]) && ukrainian(w[1])));
    if in_words {
        encoding_rs::KOI8_U
    } else {
        encoding_rs::KOI8_R
    }
}

/// The encoding named by a transport-layer charset: a `Content-Type` value with a `charset`
/// parameter, or a bare encoding label. `None` when it names no encoding the web knows.
pub fn transport_encoding(value: &str) -> Option<&'static Encoding> {
    let value = value.trim();
    if value.contains('=') || value.contains(';') {
        extract_from_meta_content(value.as_bytes())
    } else {
        Encoding::for_label(value.as_bytes())
    }
}

/// A decoder the host supplies for the legacy multi-byte encodings (Big5, EUC-JP, ISO-2022-JP,
/// Shift_JIS, EUC-KR, GBK, gb18030) when the crate is built without its own (feature
/// `bundled-cjk`): `(encoding, bytes, fatal)` → the text, `None` when `fatal` and the bytes are
/// malformed, or when the host cannot decode the encoding. A browser's or Node's `TextDecoder`
/// implements the same standard (the wasm adapter registers it).
pub type HostDecoder = fn(&'static Encoding, &[u8], bool) -> Option<String>;

static HOST_DECODER: OnceLock<HostDecoder> = OnceLock::new();

/// Registers the host's decoder for the legacy multi-byte encodings (see [`HostDecoder`]); the
/// first registration stays. Built with `bundled-cjk` (the default), the crate decodes them itself
/// and never calls it.
pub fn set_host_decoder(decoder: HostDecoder) {
    let _ = HOST_DECODER.set(decoder);
}

/// How an encoding's bytes become text.
enum Kind {
    Utf8,
    Utf16 { big_endian: bool },
    SingleByte(&'static [u16; 128]),
    UserDefined,
    Replacement,
    MultiByte,
}

fn kind(encoding: &'static Encoding) -> Kind {
    if encoding == UTF_8 {
        Kind::Utf8
    } else if encoding == UTF_16LE || encoding == UTF_16BE {
        Kind::Utf16 {
            big_endian: encoding == UTF_16BE,
        }
    } else if encoding == X_USER_DEFINED {
        Kind::UserDefined
    } else if encoding == encoding_rs::REPLACEMENT {
        Kind::Replacement
    } else if let Some((_, table)) = single_byte::TABLES
        .iter()
        .find(|(name, _)| *name == encoding.name())
    {
        Kind::SingleByte(table)
    } else {
        Kind::MultiByte
    }
}

/// Decodes `bytes` (a BOM is not looked for) as the Encoding Standard's decoder for `encoding`
/// does: malformed sequences become U+FFFD. Returns the text, borrowed when the bytes are
/// UTF-8 or ASCII in an ASCII-compatible encoding, and whether any byte was malformed.
pub fn decode_with<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
    match kind(encoding) {
        Kind::Utf8 => match String::from_utf8_lossy(bytes) {
            Cow::Borrowed(s) => (Cow::Borrowed(s), false),
            owned => (owned, true),
        },
        Kind::Utf16 { big_endian } => {
            let (text, errors) = utf16(bytes, big_endian);
            (Cow::Owned(text), errors)
        }
        Kind::SingleByte(table) => single_byte(bytes, table, false).unwrap_or_default(),
        Kind::UserDefined => (user_defined(bytes), false),
        Kind::Replacement if bytes.is_empty() => (Cow::Borrowed(""), false),
        Kind::Replacement => (Cow::Borrowed("\u{FFFD}"), true),
        Kind::MultiByte => multi_byte(encoding, bytes),
    }
}

/// [`decode_with`] for bytes that must be well formed: `None` at any malformed sequence.
pub fn decode_exact<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Option<Cow<'a, str>> {
    match kind(encoding) {
        Kind::Utf8 => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
        Kind::SingleByte(table) => single_byte(bytes, table, true).map(|(text, _)| text),
        _ => match decode_with(encoding, bytes) {
            (text, false) => Some(text),
            (_, true) => None,
        },
    }
}

/// The character `table` gives byte `b` (≥ 0x80), if any.
pub(crate) fn single_byte_char(table: &[u16; 128], b: u8) -> Option<char> {
    match table[usize::from(b & 0x7F)] {
        0 => None,
        c => char::from_u32(u32::from(c)),
    }
}

/// The upper half of a single-byte encoding's table, by the encoding's WHATWG name.
pub(crate) fn single_byte_table(encoding: &'static Encoding) -> Option<&'static [u16; 128]> {
    match kind(encoding) {
        Kind::SingleByte(table) => Some(table),
        _ => None,
    }
}

/// A single-byte encoding: ASCII as itself, the upper half by `table`; `None` when `exact` and a
/// byte has no character.
fn single_byte<'a>(
    bytes: &'a [u8],
    table: &[u16; 128],
    exact: bool,
) -> Option<(Cow<'a, str>, bool)> {
    let Some(first) = bytes.iter().position(|&b| b >= 0x80) else {
        return std::str::from_utf8(bytes)
            .ok()
            .map(|s| (Cow::Borrowed(s), false));
    };
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    out.push_str(std::str::from_utf8(&bytes[..first]).ok()?);
    let mut errors = false;
    for &b in &bytes[first..] {
        if b < 0x80 {
            out.push(char::from(b));
        } else if let Some(c) = single_byte_char(table, b) {
            out.push(c);
        } else if exact {
            return None;
        } else {
            errors = true;
            out.push('\u{FFFD}');
        }
    }
    Some((Cow::Owned(out), errors))
}

/// x-user-defined: ASCII as itself, 0x80–0xFF to U+F780–U+F7FF.
fn user_defined(bytes: &[u8]) -> Cow<'_, str> {
    if bytes.is_ascii() {
        return Cow::Borrowed(std::str::from_utf8(bytes).unwrap_or_default());
    }
    Cow::Owned(
        bytes
            .iter()
            .map(|&b| match b {
                0..0x80 => char::from(b),
                _ => char::from_u32(0xF780 + u32::from(b) - 0x80).unwrap_or('\u{FFFD}'),
            })
            .collect(),
    )
}

/// UTF-16LE or UTF-16BE: an unpaired surrogate, or an odd byte at the end, is one U+FFFD.
fn utf16(bytes: &[u8], big_endian: bool) -> (String, bool) {
    let units = bytes.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut out = String::with_capacity(bytes.len());
    let mut errors = false;
    let mut last_unpaired_lead = false;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                out.push(c);
                last_unpaired_lead = false;
            }
            Err(e) => {
                out.push('\u{FFFD}');
                errors = true;
                last_unpaired_lead = (0xD800..0xDC00).contains(&e.unpaired_surrogate());
            }
        }
    }
    // The standard ends a stream cut inside a unit with one error, whether or not a lead
    // surrogate is waiting for its pair (which then has its U+FFFD already).
    if bytes.len() % 2 == 1 {
        errors = true;
        if !last_unpaired_lead {
            out.push('\u{FFFD}');
        }
    }
    (out, errors)
}

/// The legacy multi-byte encodings: by encoding_rs when the crate has them (`bundled-cjk`),
/// otherwise by the host's decoder; with neither, ASCII is kept and each run of other bytes is
/// one U+FFFD (an error).
fn multi_byte<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> (Cow<'a, str>, bool) {
    #[cfg(feature = "bundled-cjk")]
    {
        encoding.decode_without_bom_handling(bytes)
    }
    #[cfg(not(feature = "bundled-cjk"))]
    {
        if let Some(host) = HOST_DECODER.get() {
            if let Some(text) = host(encoding, bytes, true) {
                return (Cow::Owned(text), false);
            }
            if let Some(text) = host(encoding, bytes, false) {
                return (Cow::Owned(text), true);
            }
        }
        if bytes.is_ascii() && encoding != encoding_rs::ISO_2022_JP {
            return (
                Cow::Borrowed(std::str::from_utf8(bytes).unwrap_or_default()),
                false,
            );
        }
        let mut out = String::with_capacity(bytes.len());
        for &b in bytes {
            if b.is_ascii() {
                out.push(char::from(b));
            } else if !out.ends_with('\u{FFFD}') {
                out.push('\u{FFFD}');
            }
        }
        (Cow::Owned(out), true)
    }
}

/// The top-level domain of a URL (`https://kun.uz/news` → `uz`), lower case, for the detection
/// hint. Returns `None` for URLs without a dotted host.
pub fn tld_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host_port = rest.split(['/', '?', '#']).next()?;
    let host = host_port.rsplit_once('@').map_or(host_port, |(_, h)| h);
    let host = host.split(':').next()?.trim_end_matches('.');
    let (_, tld) = host.rsplit_once('.')?;
    if tld.is_empty() || !tld.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    Some(tld.to_ascii_lowercase())
}

const fn is_space(b: u8) -> bool {
    matches!(b, 0x09 | 0x0A | 0x0C | 0x0D | 0x20)
}

/// WHATWG "prescan a byte stream to determine its encoding", over at most the bytes given.
/// Returns the encoding a `<meta>` declares, with UTF-16 mapped to UTF-8 and x-user-defined to
/// windows-1252 as the standard says.
pub fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < bytes.len() {
        let rest = &bytes[pos..];
        if rest.starts_with(b"<!--") {
            // Advance to the end of a "-->" that comes after the "<!" (so "<!-->" closes).
            let from = pos + 2;
            let end = find(&bytes[from..], b"-->")?;
            pos = from + end + 3;
            continue;
        }
        if rest.len() >= 6
            && rest[..5].eq_ignore_ascii_case(b"<meta")
            && (is_space(rest[5]) || rest[5] == b'/')
        {
            pos += 5;
            if let Some(found) = prescan_meta(bytes, &mut pos) {
                return Some(found);
            }
            continue;
        }
        if rest.len() >= 2
            && rest[0] == b'<'
            && (rest[1].is_ascii_alphabetic()
                || (rest[1] == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // A tag: skip its name, then its attributes.
            pos += if rest[1] == b'/' { 2 } else { 1 };
            while pos < bytes.len()
                && !is_space(bytes[pos])
                && bytes[pos] != b'/'
                && bytes[pos] != b'>'
            {
                pos += 1;
            }
            while get_attribute(bytes, &mut pos)?.is_some() {}
            pos += 1;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += find(&bytes[pos..], b">")? + 1;
            continue;
        }
        pos += 1;
    }
    None
}

/// The `<meta` branch of the prescan; `pos` points just after `<meta`. Returns the encoding if this
/// element declares one; on `None` the caller moves on from `pos`.
fn prescan_meta(bytes: &[u8], pos: &mut usize) -> Option<&'static Encoding> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset: Option<&'static Encoding> = None;
    // An attribute list cut off by the end of the prescan window ends the prescan with nothing.
    while let Some((name, value)) = get_attribute(bytes, pos)? {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value == b"content-type" => {
                got_pragma = true;
            }
            b"content" if charset.is_none() => {
                if let Some(enc) = extract_from_meta_content(&value) {
                    charset = Some(enc);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Encoding::for_label(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    match need_pragma {
        None => return None,
        Some(true) if !got_pragma => return None,
        _ => {}
    }
    let charset = charset?;
    if charset == UTF_16BE || charset == UTF_16LE {
        return Some(UTF_8);
    }
    if charset == X_USER_DEFINED {
        return Some(WINDOWS_1252);
    }
    Some(charset)
}

type Attribute = (Vec<u8>, Vec<u8>);

/// WHATWG "get an attribute". `Ok`-like nesting: the outer `Option` is `None` when the window
/// ended in the middle (the prescan then gives up), the inner one when there is no attribute.
fn get_attribute(bytes: &[u8], pos: &mut usize) -> Option<Option<Attribute>> {
    let at = |p: usize| bytes.get(p).copied();
    while matches!(at(*pos)?, 0x09 | 0x0A | 0x0C | 0x0D | 0x20 | 0x2F) {
        *pos += 1;
    }
    if at(*pos)? == b'>' {
        return Some(None);
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    loop {
        let b = at(*pos)?;
        if b == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        }
        if is_space(b) {
            while is_space(at(*pos)?) {
                *pos += 1;
            }
            if at(*pos)? != b'=' {
                return Some(Some((name, value)));
            }
            *pos += 1;
            break;
        }
        if b == b'/' || b == b'>' {
            return Some(Some((name, value)));
        }
        name.push(b.to_ascii_lowercase());
        *pos += 1;
    }
    while is_space(at(*pos)?) {
        *pos += 1;
    }
    let b = at(*pos)?;
    if b == b'"' || b == b'\'' {
        loop {
            *pos += 1;
            let c = at(*pos)?;
            if c == b {
                *pos += 1;
                return Some(Some((name, value)));
            }
            value.push(c.to_ascii_lowercase());
        }
    }
    if b == b'>' {
        return Some(Some((name, value)));
    }
    value.push(b.to_ascii_lowercase());
    *pos += 1;
    loop {
        let c = at(*pos)?;
        if is_space(c) || c == b'>' {
            return Some(Some((name, value)));
        }
        value.push(c.to_ascii_lowercase());
        *pos += 1;
    }
}

/// WHATWG "algorithm for extracting a character encoding from a meta element", applied to the
/// value of a `content` attribute or of a `Content-Type` header.
pub fn extract_from_meta_content(s: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    loop {
        let found = s[pos..]
            .windows(7)
            .position(|w| w.eq_ignore_ascii_case(b"charset"))?;
        pos += found + 7;
        while s.get(pos).is_some_and(|&b| is_space(b)) {
            pos += 1;
        }
        if s.get(pos) != Some(&b'=') {
            continue;
        }
        pos += 1;
        while s.get(pos).is_some_and(|&b| is_space(b)) {
            pos += 1;
        }
        let &first = s.get(pos)?;
        if first == b'"' || first == b'\'' {
            let end = s[pos + 1..].iter().position(|&b| b == first)?;
            return Encoding::for_label(&s[pos + 1..pos + 1 + end]);
        }
        let end = s[pos..]
            .iter()
            .position(|&b| is_space(b) || b == b';')
            .map_or(s.len(), |e| pos + e);
        return Encoding::for_label(&s[pos..end]);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{KOI8_R, WINDOWS_1251};

    #[test]
    fn prescan_finds_meta_charset() {
        assert_eq!(
            prescan(b"<html><head><meta charset=windows-1251>"),
            Some(WINDOWS_1251)
        );
        assert_eq!(prescan(b"<meta charset='koi8-r'>"), Some(KOI8_R));
        assert_eq!(
            prescan(b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=cp1251\">"),
            Some(WINDOWS_1251)
        );
    }

    #[test]
    fn prescan_follows_the_standard_on_edge_cases() {
        // content without http-equiv is ignored (need pragma, no pragma).
        assert_eq!(
            prescan(b"<meta content=\"text/html; charset=koi8-r\">"),
            None
        );
        // A commented-out declaration does not count.
        assert_eq!(prescan(b"<!-- <meta charset=koi8-r> --><p>"), None);
        // "<!-->" closes the comment.
        assert_eq!(prescan(b"<!--><meta charset=koi8-r>"), Some(KOI8_R));
        // UTF-16 in a meta means UTF-8; x-user-defined means windows-1252.
        assert_eq!(prescan(b"<meta charset=utf-16le>"), Some(UTF_8));
        assert_eq!(
            prescan(b"<meta charset=x-user-defined>"),
            Some(WINDOWS_1252)
        );
        // Attributes of other tags are skipped, quotes and all.
        assert_eq!(
            prescan(b"<div title='<meta charset=koi8-r>'><meta charset=cp1251>"),
            Some(WINDOWS_1251)
        );
        // Cut off by the window: nothing.
        assert_eq!(prescan(b"<meta charset=\"koi8-r"), None);
        // Unknown label.
        assert_eq!(prescan(b"<meta charset=klingon>"), None);
    }

    #[test]
    fn transport_takes_content_type_or_label() {
        assert_eq!(
            transport_encoding("text/html; charset=KOI8-R"),
            Some(KOI8_R)
        );
        assert_eq!(transport_encoding("cp1251"), Some(WINDOWS_1251));
        assert_eq!(transport_encoding("text/html"), None);
        assert_eq!(transport_encoding("nonsense"), None);
    }

    #[test]
    fn tld_from_urls() {
        assert_eq!(tld_of_url("https://kun.uz/news/1").as_deref(), Some("uz"));
        assert_eq!(
            tld_of_url("http://user@Example.RU:8080/x").as_deref(),
            Some("ru")
        );
        assert_eq!(tld_of_url("localhost"), None);
        assert_eq!(tld_of_url(""), None);
    }

    #[test]
    fn order_bom_transport_meta_detection() {
        let bom = b"\xEF\xBB\xBF<meta charset=koi8-r>\xD0\x9F";
        let d = decode(bom, Some("cp1251"), None);
        assert_eq!((d.encoding, d.source), (UTF_8, EncodingSource::Bom));
        assert_eq!(d.text, "<meta charset=koi8-r>П");

        let d = decode(b"<meta charset=koi8-r>\xF0", Some("cp1251"), None);
        assert_eq!(
            (d.encoding, d.source),
            (WINDOWS_1251, EncodingSource::Transport)
        );
        assert_eq!(d.text, "<meta charset=koi8-r>р");

        let d = decode(b"<meta charset=koi8-r>\xF0", None, None);
        assert_eq!((d.encoding, d.source), (KOI8_R, EncodingSource::Meta));
        assert_eq!(d.text, "<meta charset=koi8-r>П");
    }

    #[test]
    fn detection_of_undeclared_cyrillic() {
        // "Привет, как дела? Это тестовая страница на русском языке." in windows-1251.
        let (bytes, _, _) =
            WINDOWS_1251.encode("Привет, как дела? Это тестовая страница на русском языке.");
        let d = decode(&bytes, None, Some("ru"));
        assert_eq!(
            (d.encoding, d.source),
            (WINDOWS_1251, EncodingSource::Detected)
        );
        assert!(d.text.starts_with("Привет"));
        let (bytes, _, _) =
            KOI8_R.encode("Привет, как дела? Это тестовая страница на русском языке.");
        let d = decode(&bytes, None, None);
        assert_eq!(d.encoding, KOI8_R);
        assert!(d.text.starts_with("Привет, как дела?"));
        // Ukrainian in KOI8-U: its і ї є are bytes KOI8-R draws boxes with.
        let uk = "Усі люди народжуються вільними і рівними у своїй гідності та правах. Їм притаманні розум і совість.";
        let (bytes, _, _) = encoding_rs::KOI8_U.encode(uk);
        let d = decode(&bytes, None, None);
        assert_eq!(d.encoding, encoding_rs::KOI8_U);
        assert_eq!(d.text, uk);
    }

    /// Random bytes, many of them the ones encodings treat specially (UTF-8 leads, surrogates).
    fn random_inputs() -> impl Iterator<Item = Vec<u8>> {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..20_000).map(move |_| {
            let len = (next() % 24) as usize;
            (0..len)
                .map(|_| {
                    let r = next();
                    const SPECIAL: [u8; 12] = [
                        0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xD8, 0xDC,
                    ];
                    if r % 3 == 0 {
                        SPECIAL[(r >> 8) as usize % SPECIAL.len()]
                    } else {
                        (r >> 16) as u8
                    }
                })
                .collect()
        })
    }

    #[test]
    fn single_byte_tables_match_the_standard() {
        assert_eq!(single_byte::TABLES.len(), 28);
        for (name, _) in &single_byte::TABLES {
            let encoding = Encoding::for_label(name.as_bytes()).unwrap();
            for b in 0..=0xFFu8 {
                let byte = [b];
                let ours = decode_with(encoding, &byte);
                let theirs = encoding.decode_without_bom_handling(&byte);
                assert_eq!(ours, theirs, "{name} {b:#04x}");
            }
        }
    }

    #[test]
    fn decoders_match_the_standard_on_random_bytes() {
        let mut encodings = vec![
            UTF_8,
            UTF_16LE,
            UTF_16BE,
            X_USER_DEFINED,
            encoding_rs::REPLACEMENT,
        ];
        encodings.extend([
            WINDOWS_1251,
            KOI8_R,
            encoding_rs::IBM866,
            WINDOWS_1252,
            encoding_rs::WINDOWS_874,
        ]);
        for bytes in random_inputs() {
            for &encoding in &encodings {
                let ours = decode_with(encoding, &bytes);
                let theirs = encoding.decode_without_bom_handling(&bytes);
                assert_eq!(ours, theirs, "{} {bytes:02x?}", encoding.name());
                let exact = encoding.decode_without_bom_handling_and_without_replacement(&bytes);
                assert_eq!(
                    decode_exact(encoding, &bytes),
                    exact,
                    "{} {bytes:02x?}",
                    encoding.name()
                );
            }
        }
    }

    #[test]
    fn legacy_multi_byte_encodings_decode() {
        // 日本語 in Shift_JIS, 한국어 in EUC-KR, 中文 in GBK and Big5.
        let cases: [(&'static Encoding, &[u8], &str); 4] = [
            (
                encoding_rs::SHIFT_JIS,
                b"\x93\xfa\x96\x7b\x8c\xea",
                "日本語",
            ),
            (encoding_rs::EUC_KR, b"\xc7\xd1\xb1\xb9\xbe\xee", "한국어"),
            (encoding_rs::GBK, b"\xd6\xd0\xce\xc4", "中文"),
            (encoding_rs::BIG5, b"\xa4\xa4\xa4\xe5", "中文"),
        ];
        for (encoding, bytes, text) in cases {
            let (decoded, errors) = decode_with(encoding, bytes);
            if cfg!(feature = "bundled-cjk") {
                assert_eq!(
                    (decoded.as_ref(), errors),
                    (text, false),
                    "{}",
                    encoding.name()
                );
            } else {
                // No host decoder is registered natively: the bytes are lost, and said to be.
                assert!(errors, "{}", encoding.name());
                assert!(decoded.starts_with('\u{FFFD}'), "{}", encoding.name());
                assert!(decoded.chars().all(|c| c.is_ascii() || c == '\u{FFFD}'));
            }
        }
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        let d = decode(b"<meta charset=utf-8>ok \xFF\xFE done", None, None);
        assert!(d.had_errors);
        assert!(d.text.contains('\u{FFFD}'));
        let d = decode(b"", None, None);
        assert_eq!(d.text, "");
        assert!(!d.had_errors);
    }
}
