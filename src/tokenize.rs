//! An HTML tokenizer after the WHATWG HTML Living Standard, section 13.2.5 ("Tokenization"), for
//! what the block builder needs: start tags with their attributes, end tags, and text with its
//! character references decoded (13.2.5.72–80, the named ones from the standard's table in
//! [`crate::entities`]). Comments, doctypes, processing instructions and CDATA sections (bogus
//! comments outside foreign content) are read to their end and dropped; parse errors are not
//! reported. Input is preprocessed as the standard's input stream is (13.2.3.5: CR LF and CR
//! become LF).
//!
//! With no tree builder to say so, the text of `title` and `textarea` is read as RCDATA, that of
//! `script` as script data (its escapes included: a `</script>` inside `<!-- <script> … -->` does
//! not end it), that of `style`, `xmp`, `iframe`, `noembed`, `noframes` and `noscript` as raw
//! text, and everything after `<plaintext>` as text — what a browser does for these elements
//! outside foreign content (13.2.6.4.7, scripting enabled).
//!
//! The tokenizer reads bytes: every character it acts on is ASCII, so the text between them is
//! passed on as the `str` it is, without decoding. One pass, no backtracking beyond a tag's name
//! or a character reference's 32 bytes: linear in the input.

use crate::entities;

/// What the tokenizer reports, in document order.
pub(crate) trait Sink {
    /// A start tag begins; `name` in ASCII lower case.
    fn start_tag(&mut self, name: &[u8]);
    /// An attribute of the start tag begun, its name in ASCII lower case; only those with a value
    /// that is not empty.
    fn attribute(&mut self, name: &[u8], value: &[u8]);
    /// The start tag begun ends (`>`); a start tag cut off by the end of the input never does.
    fn start_tag_done(&mut self);
    /// An end tag; `name` in ASCII lower case.
    fn end_tag(&mut self, name: &[u8]);
    /// Text, in pieces that may split a run of text between tags.
    fn text(&mut self, text: &str);
}

/// How the text after a start tag is read (the tokenizer's content states).
#[derive(Clone, Copy, PartialEq)]
enum Content {
    Data,
    RcData,
    RawText,
    Script,
    PlainText,
}

const REPLACEMENT: &str = "\u{FFFD}";

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0C | b' ')
}

/// Tokenizes `input`, reporting to `sink`.
pub(crate) fn tokenize(input: &str, sink: &mut impl Sink) {
    let normalized;
    let input = if input.as_bytes().contains(&b'\r') {
        normalized = newlines(input);
        normalized.as_str()
    } else {
        input
    };
    let mut t = Tokenizer {
        input,
        s: input.as_bytes(),
        text: String::new(),
        run: 0,
        name: Vec::new(),
        attr_name: Vec::new(),
        value: Vec::new(),
        attr_open: false,
        last_start: Vec::new(),
        content: Content::Data,
    };
    t.run(sink);
}

/// `text` with CR LF and CR as LF, in one pass.
fn newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(k) = rest.find('\r') {
        out.push_str(&rest[..k]);
        out.push('\n');
        rest = &rest[k + 1..];
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    out.push_str(rest);
    out
}

struct Tokenizer<'a> {
    input: &'a str,
    s: &'a [u8],
    /// Text decoded so far of the run being read (empty while the run needs no decoding).
    text: String,
    /// Where the part of the run not yet in `text` starts.
    run: usize,
    name: Vec<u8>,
    attr_name: Vec<u8>,
    value: Vec<u8>,
    /// An attribute is being read (its name begun).
    attr_open: bool,
    /// The last start tag's name: what an end tag must be to end RCDATA, raw text or a script.
    last_start: Vec<u8>,
    content: Content,
}

impl Tokenizer<'_> {
    fn run(&mut self, sink: &mut impl Sink) {
        let s = self.s;
        let mut i = 0;
        while i < s.len() {
            let content = self.content;
            // The next byte that is not plain text in this state.
            let rest = &s[i..];
            let next = match content {
                Content::Data | Content::RcData => memchr::memchr3(b'<', b'&', 0, rest),
                Content::RawText | Content::Script => memchr::memchr2(b'<', 0, rest),
                Content::PlainText => memchr::memchr(0, rest),
            };
            let Some(k) = next else {
                break;
            };
            i += k;
            match s[i] {
                0 => {
                    // U+0000 is text in the data state (13.2.5.1), U+FFFD in the others.
                    if content != Content::Data {
                        self.keep(i);
                        self.text.push_str(REPLACEMENT);
                        self.run = i + 1;
                    }
                    i += 1;
                }
                b'&' => match char_ref(s, i, false) {
                    Some((end, a, b)) => {
                        self.keep(i);
                        self.text.push(a);
                        if let Some(b) = b {
                            self.text.push(b);
                        }
                        i = end;
                        self.run = i;
                    }
                    None => i += 1,
                },
                _ => i = self.less_than(i, sink),
            }
        }
        self.flush(s.len(), sink);
    }

    /// Moves the run's raw text before `i` into `text` (a decoded piece follows).
    fn keep(&mut self, i: usize) {
        self.text.push_str(&self.input[self.run..i]);
    }

    /// Reports the run's text before `i`.
    fn flush(&mut self, i: usize, sink: &mut impl Sink) {
        if self.text.is_empty() {
            if i > self.run {
                sink.text(&self.input[self.run..i]);
            }
        } else {
            self.keep(i);
            sink.text(&self.text);
            self.text.clear();
        }
        self.run = i;
    }

    /// At a `<` at `i`: the markup it begins, read and reported; where reading goes on.
    fn less_than(&mut self, i: usize, sink: &mut impl Sink) -> usize {
        let s = self.s;
        let next = s.get(i + 1).copied();
        let end = match self.content {
            Content::Data => match next {
                Some(b'!') => {
                    self.flush(i, sink);
                    markup_declaration(s, i + 2)
                }
                Some(b'/') => match s.get(i + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        self.flush(i, sink);
                        self.tag(i + 2, true, sink)
                    }
                    Some(b'>') => {
                        self.flush(i, sink);
                        i + 3
                    }
                    // `</` at the end of the input is text.
                    None => return s.len(),
                    Some(_) => {
                        self.flush(i, sink);
                        bogus_comment(s, i + 2)
                    }
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    self.flush(i, sink);
                    self.tag(i + 1, false, sink)
                }
                Some(b'?') => {
                    self.flush(i, sink);
                    bogus_comment(s, i + 1)
                }
                _ => return i + 1,
            },
            Content::RcData | Content::RawText => {
                if next == Some(b'/') && self.ends_here(i + 2) {
                    self.flush(i, sink);
                    self.tag(i + 2, true, sink)
                } else {
                    return i + 1;
                }
            }
            Content::Script => {
                let end = self.script_end(i);
                // The script's text up to its end tag, with U+0000 as U+FFFD.
                let mut at = i;
                while let Some(k) = s[at..end].iter().position(|&b| b == 0) {
                    self.keep(at + k);
                    self.text.push_str(REPLACEMENT);
                    at += k + 1;
                    self.run = at;
                }
                self.flush(end, sink);
                if end == s.len() {
                    return end;
                }
                self.tag(end + 2, true, sink)
            }
            Content::PlainText => return i + 1,
        };
        self.run = end;
        end
    }

    /// Whether an end tag for the last start tag (an "appropriate end tag") begins at `i`, after
    /// `</`: its name, in any case, then a space, `/` or `>`.
    fn ends_here(&self, i: usize) -> bool {
        let name = &self.last_start;
        let s = self.s;
        !name.is_empty()
            && s.get(i..i + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && s.get(i + name.len())
                .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
    }

    /// Where the script whose text reading is at (at the `<` at `i`) ends: the `<` of its end
    /// tag, or the end of the input. The script data states (13.2.5.4, 15–31), tracked only for
    /// where they end.
    fn script_end(&self, i: usize) -> usize {
        /// Where the reading is: the script data state (`<!` then up to two dashes opening an
        /// escape), or escaped — doubly, inside a `<script` of the escape — after so many dashes
        /// (none, one, two or more: the escaped and double-escaped dash states).
        #[derive(Clone, Copy, PartialEq)]
        enum S {
            Data,
            EscapeStart { dashes: u8 },
            Escaped { double: bool, dashes: u8 },
        }
        let s = self.s;
        // At `from`, after `<` or `</` in an escaped script: where its letters end, and whether
        // they are `script`, if a space, `/` or `>` closes them (the double escape's start and
        // end states, 13.2.5.27 and 31).
        let word_at = |from: usize| -> (usize, Option<bool>) {
            let end = from
                + s.get(from..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
            let closed = s
                .get(end)
                .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>');
            (
                end,
                closed.then(|| s[from..end].eq_ignore_ascii_case(b"script")),
            )
        };
        let mut state = S::Data;
        let mut j = i;
        while j < s.len() {
            let c = s[j];
            match state {
                S::Data => {
                    if c != b'<' {
                        // Straight to the next `<`.
                        match memchr::memchr(b'<', &s[j..]) {
                            Some(k) => j += k,
                            None => return s.len(),
                        }
                        continue;
                    }
                    match s.get(j + 1) {
                        Some(b'/') if self.ends_here(j + 2) => return j,
                        Some(b'!') => {
                            state = S::EscapeStart { dashes: 0 };
                            j += 2;
                            continue;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                S::EscapeStart { dashes } => {
                    // `<!--` opens the escape, as if its dashes were the escape's own.
                    if c == b'-' {
                        state = if dashes == 0 {
                            S::EscapeStart { dashes: 1 }
                        } else {
                            S::Escaped {
                                double: false,
                                dashes: 2,
                            }
                        };
                        j += 1;
                    } else {
                        state = S::Data;
                    }
                }
                S::Escaped { double, dashes } => match c {
                    b'-' => {
                        state = S::Escaped {
                            double,
                            dashes: (dashes + 1).min(2),
                        };
                        j += 1;
                    }
                    b'>' if dashes == 2 => {
                        state = S::Data;
                        j += 1;
                    }
                    // Escaped: `</script` ends the script, `<script` doubles the escape.
                    b'<' if !double => {
                        state = S::Escaped {
                            double: false,
                            dashes: 0,
                        };
                        match s.get(j + 1) {
                            Some(b'/') => {
                                if self.ends_here(j + 2) {
                                    return j;
                                }
                                j += 2;
                            }
                            Some(c) if c.is_ascii_alphabetic() => {
                                let (end, word) = word_at(j + 1);
                                if word == Some(true) {
                                    state = S::Escaped {
                                        double: true,
                                        dashes: 0,
                                    };
                                }
                                j = end + usize::from(word.is_some());
                            }
                            _ => j += 1,
                        }
                    }
                    // Doubly escaped: `</script` goes back to the escape.
                    b'<' => {
                        state = S::Escaped {
                            double: true,
                            dashes: 0,
                        };
                        if s.get(j + 1) == Some(&b'/') {
                            let (end, word) = word_at(j + 2);
                            if word == Some(true) {
                                state = S::Escaped {
                                    double: false,
                                    dashes: 0,
                                };
                            }
                            j = end + usize::from(word.is_some());
                        } else {
                            j += 1;
                        }
                    }
                    _ => {
                        state = S::Escaped { double, dashes: 0 };
                        j += 1;
                    }
                },
            }
        }
        s.len()
    }

    /// Reads a tag whose name begins at `i` (after `<` or `</`) and reports it; returns where
    /// reading goes on (the end of the input if the tag is cut off there, and then it is not
    /// reported). The tag states (13.2.5.8, 32–43).
    fn tag(&mut self, mut i: usize, end: bool, sink: &mut impl Sink) -> usize {
        #[derive(Clone, Copy, PartialEq)]
        enum T {
            Name,
            BeforeAttrName,
            AttrName,
            AfterAttrName,
            BeforeValue,
            Quoted(u8),
            Unquoted,
            AfterQuoted,
            SelfClosing,
        }
        let s = self.s;
        self.name.clear();
        self.attr_open = false;
        let mut state = T::Name;
        while let Some(&c) = s.get(i) {
            match state {
                T::Name => match c {
                    b'/' | b'>' => {
                        self.begin(end, sink);
                        state = T::BeforeAttrName;
                        continue;
                    }
                    c if is_space(c) => {
                        self.begin(end, sink);
                        state = T::BeforeAttrName;
                    }
                    0 => self.name.extend_from_slice(REPLACEMENT.as_bytes()),
                    c => self.name.push(c.to_ascii_lowercase()),
                },
                T::BeforeAttrName => match c {
                    b'/' => state = T::SelfClosing,
                    b'>' => return self.finish(i + 1, end, sink),
                    c if is_space(c) => {}
                    c => {
                        self.attr_done(end, sink);
                        self.attr_name.clear();
                        self.value.clear();
                        self.attr_open = true;
                        state = T::AttrName;
                        // `=` as an attribute's first character is part of its name.
                        if c == b'=' {
                            self.attr_name.push(c);
                            i += 1;
                        }
                        continue;
                    }
                },
                T::AttrName => match c {
                    b'/' | b'>' => {
                        state = T::AfterAttrName;
                        continue;
                    }
                    b'=' => state = T::BeforeValue,
                    c if is_space(c) => state = T::AfterAttrName,
                    0 => self.attr_name.extend_from_slice(REPLACEMENT.as_bytes()),
                    c => self.attr_name.push(c.to_ascii_lowercase()),
                },
                T::AfterAttrName => match c {
                    b'/' => state = T::SelfClosing,
                    b'=' => state = T::BeforeValue,
                    b'>' => return self.finish(i + 1, end, sink),
                    c if is_space(c) => {}
                    _ => {
                        state = T::BeforeAttrName;
                        self.attr_done(end, sink);
                        continue;
                    }
                },
                T::BeforeValue => match c {
                    b'"' | b'\'' => state = T::Quoted(c),
                    b'>' => return self.finish(i + 1, end, sink),
                    c if is_space(c) => {}
                    _ => {
                        state = T::Unquoted;
                        continue;
                    }
                },
                T::Quoted(q) => match c {
                    c if c == q => {
                        self.attr_done(end, sink);
                        state = T::AfterQuoted;
                    }
                    b'&' => {
                        i = self.value_ref(i);
                        continue;
                    }
                    0 => self.value.extend_from_slice(REPLACEMENT.as_bytes()),
                    _ => {
                        // The value's plain run, up to its closing quote, `&` or U+0000.
                        let rest = &s[i..];
                        let k = memchr::memchr3(q, b'&', 0, rest).unwrap_or(rest.len());
                        self.value.extend_from_slice(&rest[..k]);
                        i += k;
                        continue;
                    }
                },
                T::Unquoted => match c {
                    b'>' => return self.finish(i + 1, end, sink),
                    b'&' => {
                        i = self.value_ref(i);
                        continue;
                    }
                    c if is_space(c) => {
                        self.attr_done(end, sink);
                        state = T::BeforeAttrName;
                    }
                    0 => self.value.extend_from_slice(REPLACEMENT.as_bytes()),
                    c => self.value.push(c),
                },
                T::AfterQuoted => match c {
                    b'/' => state = T::SelfClosing,
                    b'>' => return self.finish(i + 1, end, sink),
                    c if is_space(c) => state = T::BeforeAttrName,
                    _ => {
                        state = T::BeforeAttrName;
                        continue;
                    }
                },
                T::SelfClosing => match c {
                    b'>' => return self.finish(i + 1, end, sink),
                    _ => {
                        state = T::BeforeAttrName;
                        continue;
                    }
                },
            }
            i += 1;
        }
        s.len()
    }

    /// A character reference in an attribute value at `i`, decoded into the value; where
    /// reading goes on.
    fn value_ref(&mut self, i: usize) -> usize {
        match char_ref(self.s, i, true) {
            Some((end, a, b)) => {
                let mut buf = [0u8; 4];
                self.value
                    .extend_from_slice(a.encode_utf8(&mut buf).as_bytes());
                if let Some(b) = b {
                    self.value
                        .extend_from_slice(b.encode_utf8(&mut buf).as_bytes());
                }
                end
            }
            None => {
                self.value.push(b'&');
                i + 1
            }
        }
    }

    /// The tag's name is read: a start tag is reported as begun.
    fn begin(&mut self, end: bool, sink: &mut impl Sink) {
        if !end {
            sink.start_tag(&self.name);
        }
    }

    /// The attribute being read, if any, is complete.
    fn attr_done(&mut self, end: bool, sink: &mut impl Sink) {
        if self.attr_open && !end && !self.value.is_empty() {
            sink.attribute(&self.attr_name, &self.value);
        }
        self.attr_open = false;
    }

    /// The tag ends at `i`: reported, and the content state set for what follows.
    fn finish(&mut self, i: usize, end: bool, sink: &mut impl Sink) -> usize {
        self.attr_done(end, sink);
        if end {
            sink.end_tag(&self.name);
            self.last_start.clear();
            self.content = Content::Data;
        } else {
            sink.start_tag_done();
            self.content = match self.name.as_slice() {
                b"title" | b"textarea" => Content::RcData,
                b"script" => Content::Script,
                b"style" | b"xmp" | b"iframe" | b"noembed" | b"noframes" | b"noscript" => {
                    Content::RawText
                }
                b"plaintext" => Content::PlainText,
                _ => Content::Data,
            };
            self.last_start.clone_from(&self.name);
        }
        i
    }
}

/// Reads a comment, a doctype, a CDATA section or a bogus comment after `<!` (at `i`); returns
/// where reading goes on (13.2.5.42).
fn markup_declaration(s: &[u8], i: usize) -> usize {
    let rest = &s[i..];
    if rest.starts_with(b"--") {
        comment(s, i + 2)
    } else {
        // A doctype ends at its first `>` (quoted identifiers included: 13.2.5.58–67); so does
        // a CDATA section outside foreign content, read as a bogus comment.
        bogus_comment(s, i)
    }
}

/// Reads to the end of a bogus comment (its first `>`).
fn bogus_comment(s: &[u8], i: usize) -> usize {
    memchr::memchr(b'>', s.get(i..).unwrap_or_default()).map_or(s.len(), |k| i + k + 1)
}

/// Reads a comment whose text begins at `i` (after `<!--`) to its end: `-->`, `--!>`, or `>` and
/// `->` right at the start (13.2.5.43–52, whose states for a `<!--` inside a comment change its
/// text, not its end).
fn comment(s: &[u8], mut i: usize) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum C {
        Start,
        StartDash,
        Text,
        EndDash,
        End,
        EndBang,
    }
    let mut state = C::Start;
    while let Some(&c) = s.get(i) {
        state = match (state, c) {
            (C::Start, b'-') => C::StartDash,
            (C::Start | C::StartDash | C::End | C::EndBang, b'>') => return i + 1,
            (C::Start, _) => {
                state = C::Text;
                continue;
            }
            (C::StartDash | C::EndDash, b'-') => C::End,
            (C::EndBang, b'-') => C::EndDash,
            (C::Text, b'-') => C::EndDash,
            (C::Text, _) => {
                // Straight to the next `-`.
                match memchr::memchr(b'-', &s[i..]) {
                    Some(k) => i += k,
                    None => return s.len(),
                }
                continue;
            }
            (C::End, b'!') => C::EndBang,
            (C::End, b'-') => C::End,
            (C::StartDash | C::EndDash | C::End | C::EndBang, _) => {
                state = C::Text;
                continue;
            }
        };
        i += 1;
    }
    s.len()
}

/// The character reference at `i` (a `&`): where it ends and its one or two characters, or
/// `None` where the `&` is text (13.2.5.72–80). In an attribute value, a named reference without
/// its semicolon followed by `=` or a letter or digit is text too (`?a=1&copy=2`).
fn char_ref(s: &[u8], i: usize, in_attribute: bool) -> Option<(usize, char, Option<char>)> {
    let rest = s.get(i + 1..)?;
    if rest.first() == Some(&b'#') {
        let hex = matches!(rest.get(1), Some(b'x' | b'X'));
        let start = i + 2 + usize::from(hex);
        let mut value: u32 = 0;
        let mut j = start;
        while let Some(&c) = s.get(j) {
            let d = match c {
                b'0'..=b'9' => u32::from(c - b'0'),
                b'a'..=b'f' if hex => u32::from(c - b'a' + 10),
                b'A'..=b'F' if hex => u32::from(c - b'A' + 10),
                _ => break,
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            j += 1;
        }
        if j == start {
            return None;
        }
        if s.get(j) == Some(&b';') {
            j += 1;
        }
        return Some((j, numeric(value), None));
    }
    let n = rest
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    for len in (1..=n).rev() {
        let Some(k) = entity(&rest[..len]) else {
            continue;
        };
        let after = rest.get(len).copied();
        if after != Some(b';') {
            if entities::LEGACY[k / 64] >> (k % 64) & 1 == 0 {
                continue;
            }
            if in_attribute && after.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric()) {
                return None;
            }
        }
        let v = entities::VALUES[k];
        let a = char::from_u32(v & 0x1F_FFFF).unwrap_or('\u{FFFD}');
        let b = (v >> 21)
            .checked_sub(1)
            .and_then(|x| entities::SECONDS.get(x as usize).copied());
        let end = i + 1 + len + usize::from(after == Some(b';'));
        return Some((end, a, b));
    }
    None
}

/// The index of the named reference `name` (without its semicolon) in the table.
fn entity(name: &[u8]) -> Option<usize> {
    let (mut lo, mut hi) = (0, entities::ENDS.len());
    let names = entities::NAMES.as_bytes();
    let start = |k: usize| {
        if k == 0 {
            0
        } else {
            entities::ENDS[k - 1] as usize
        }
    };
    while lo < hi {
        let mid = (lo + hi) / 2;
        let n = &names[start(mid)..entities::ENDS[mid] as usize];
        match n.cmp(name) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// The character of a numeric reference (13.2.5.80): none, a surrogate or past U+10FFFF is
/// U+FFFD; the C1 controls windows-1252 gives characters to are those characters.
fn numeric(value: u32) -> char {
    const C1: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let value = match value {
        0x80..=0x9F => u32::from(C1[(value - 0x80) as usize]),
        v => v,
    };
    if value == 0 {
        return '\u{FFFD}';
    }
    char::from_u32(value).unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a tokenizer reports, text pieces joined.
    #[derive(Debug, Default, PartialEq)]
    struct Tokens(Vec<Token>);

    #[derive(Debug, PartialEq)]
    enum Token {
        Start(String, Vec<(String, String)>),
        End(String),
        Text(String),
    }

    impl Tokens {
        fn text(&mut self, text: &str) {
            if let Some(Token::Text(t)) = self.0.last_mut() {
                t.push_str(text);
            } else if !text.is_empty() {
                self.0.push(Token::Text(text.to_string()));
            }
        }
    }

    fn lossy(b: &[u8]) -> String {
        String::from_utf8_lossy(b).into_owned()
    }

    /// Ours: start tags are kept only once done.
    #[derive(Default)]
    struct Ours {
        tokens: Tokens,
        open: Option<(String, Vec<(String, String)>)>,
    }

    impl Sink for Ours {
        fn start_tag(&mut self, name: &[u8]) {
            self.open = Some((lossy(name), Vec::new()));
        }
        fn attribute(&mut self, name: &[u8], value: &[u8]) {
            if let Some((_, attrs)) = &mut self.open {
                let name = lossy(name);
                if !attrs.iter().any(|(n, _)| *n == name) {
                    attrs.push((name, lossy(value)));
                }
            }
        }
        fn start_tag_done(&mut self) {
            if let Some((name, attrs)) = self.open.take() {
                self.tokens.0.push(Token::Start(name, attrs));
            }
        }
        fn end_tag(&mut self, name: &[u8]) {
            self.tokens.0.push(Token::End(lossy(name)));
        }
        fn text(&mut self, text: &str) {
            self.tokens.text(text);
        }
    }

    fn ours(html: &str) -> Tokens {
        let mut sink = Ours::default();
        tokenize(html, &mut sink);
        sink.tokens
    }

    /// html5gum's, with its emitter switching states by the start tag's name as ours does.
    fn reference(html: &str) -> Tokens {
        use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
        let mut tokens = Tokens::default();
        let mut open: Option<(String, Vec<(String, String)>)> = None;
        let mut attr = Vec::new();
        {
            let mut emitter = CallbackEmitter::new(
                |event: CallbackEvent<'_>,
                 _: html5gum::Span<()>|
                 -> Option<std::convert::Infallible> {
                    match event {
                        CallbackEvent::OpenStartTag { name } => {
                            open = Some((lossy(&name.to_ascii_lowercase()), Vec::new()));
                        }
                        CallbackEvent::AttributeName { name } => attr = name.to_vec(),
                        CallbackEvent::AttributeValue { value } => {
                            if let Some((_, attrs)) = &mut open {
                                let name = lossy(&attr);
                                if !value.is_empty() && !attrs.iter().any(|(n, _)| *n == name) {
                                    attrs.push((name, lossy(value)));
                                }
                            }
                        }
                        CallbackEvent::CloseStartTag { .. } => {
                            if let Some((name, attrs)) = open.take() {
                                tokens.0.push(Token::Start(name, attrs));
                            }
                        }
                        CallbackEvent::EndTag { name } => {
                            open = None;
                            tokens.0.push(Token::End(lossy(&name.to_ascii_lowercase())));
                        }
                        CallbackEvent::String { value } => tokens.text(&lossy(value)),
                        _ => {}
                    }
                    None
                },
            );
            emitter.naively_switch_states(true);
            let _ = html5gum::Tokenizer::new_with_emitter(html, emitter).finish();
        }
        tokens
    }

    fn start(name: &str, attrs: &[(&str, &str)]) -> Token {
        Token::Start(
            name.to_string(),
            attrs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn text(t: &str) -> Token {
        Token::Text(t.to_string())
    }

    fn end(name: &str) -> Token {
        Token::End(name.to_string())
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            ours("<P Class=\"a b\" id=x data-x='y' class=dup checked>Hi</P >"),
            Tokens(vec![
                start("p", &[("class", "a b"), ("id", "x"), ("data-x", "y")]),
                text("Hi"),
                end("p"),
            ])
        );
        // Malformed: a tag cut off by the end of the input is dropped; `<` before no letter is
        // text; `</>` is nothing; `</ x>` and `<?xml ?>` are bogus comments.
        assert_eq!(
            ours("a < b <3 </> c </ x> <?xml v?>d<p class='x"),
            Tokens(vec![text("a < b <3  c  d")])
        );
        assert_eq!(ours("<a/b=c>"), Tokens(vec![start("a", &[("b", "c")])]));
        assert_eq!(ours("<a =x>"), Tokens(vec![start("a", &[("=x", "")][..0])]));
        // Line ends as the input stream has them (CR LF and CR as LF), U+0000 kept in text and
        // U+FFFD in names and values.
        assert_eq!(
            ours("a\r\nb\rc<p t=\"\0\">\0"),
            Tokens(vec![
                text("a\nb\nc"),
                start("p", &[("t", "\u{FFFD}")]),
                text("\0")
            ])
        );
    }

    #[test]
    fn character_references() {
        // Named (with and without the semicolon a legacy name may drop), numeric, two code
        // points, and the C1 controls windows-1252 names.
        assert_eq!(
            ours("&amp;&lt &copy2 &notin; &notit; &NotEqualTilde; &#x41;&#66 &#x80; &#0; &#xD800; &#x110000;"),
            Tokens(vec![text(
                "&< ©2 ∉ ¬it; \u{2242}\u{338} AB € \u{FFFD} \u{FFFD} \u{FFFD}"
            )])
        );
        // Not references: unknown names, `&#` without digits, a bare `&`.
        assert_eq!(
            ours("&foo; &#; &#x; & &;"),
            Tokens(vec![text("&foo; &#; &#x; & &;")])
        );
        // In an attribute, a legacy name without its semicolon before `=` or a letter stays
        // (a URL's `&copy=2`); before anything else it is decoded.
        assert_eq!(
            ours("<a href=\"?a=1&copy=2&amp;b=3&copy;&copy.\">"),
            Tokens(vec![start("a", &[("href", "?a=1&copy=2&b=3©©.")])])
        );
        // Not in raw text.
        assert_eq!(
            ours("<style>&amp;</style>&amp;"),
            Tokens(vec![
                start("style", &[]),
                text("&amp;"),
                end("style"),
                text("&")
            ])
        );
    }

    #[test]
    fn comments_and_declarations() {
        assert_eq!(
            ours("a<!-- x -- y --!>b<!-->c<!--->d<!---->e<!DOCTYPE html>f<![CDATA[ g > h ]]>"),
            Tokens(vec![text("abcdef h ]]>")])
        );
        // `--!` then `-` is no end: `--!->` neither (the generated markup's first difference).
        assert_eq!(ours("a<!--b--!->c-->d"), Tokens(vec![text("ad")]));
        // A comment or a doctype cut off by the end of the input runs to it.
        assert_eq!(ours("a<!-- b"), Tokens(vec![text("a")]));
        assert_eq!(ours("a<!DOCTYPE"), Tokens(vec![text("a")]));
    }

    #[test]
    fn raw_text_rcdata_and_scripts() {
        assert_eq!(
            ours("<title>a &amp; <b></titlex></TITLE>c"),
            Tokens(vec![
                start("title", &[]),
                text("a & <b></titlex>"),
                end("title"),
                text("c")
            ])
        );
        // A script's `<!-- <script> … </script> -->` does not end it.
        let script = "<script>if (a<b) x='<!-- <script>y</script> -->';</script>z";
        assert_eq!(
            ours(script),
            Tokens(vec![
                start("script", &[]),
                text("if (a<b) x='<!-- <script>y</script> -->';"),
                end("script"),
                text("z")
            ])
        );
        assert_eq!(
            ours("<script><!-- a </script> b"),
            Tokens(vec![
                start("script", &[]),
                text("<!-- a "),
                end("script"),
                text(" b")
            ])
        );
        assert_eq!(
            ours("<plaintext></plaintext><b>"),
            Tokens(vec![start("plaintext", &[]), text("</plaintext><b>")])
        );
    }

    #[test]
    fn the_tokens_are_html5gums() {
        for html in [
            "<P Class=\"a b\" id=x data-x='y' class=dup checked>Hi</P >",
            "a < b <3 </> c </ x> <?xml v?>d<p class='x",
            "&amp;&lt &copy2 &notin; &notit; &NotEqualTilde; &#x41;&#66 &#x80; &#0; &#xD800;",
            "<a href=\"?a=1&copy=2&amp;b=3&copy;&copy.\">",
            "a<!-- x -- y --!>b<!-->c<!--->d<!---->e<!DOCTYPE html>f",
            "<title>a &amp; <b></titlex></TITLE>c",
            "<script>if (a<b) x='<!-- <script>y</script> -->';</script>z",
            "<script><!-- a </script> b",
            "a<!--b--!->c-->d",
            "<!DOCTYPE]]><!--<!--!-><",
        ] {
            assert_eq!(ours(html), reference(html), "{html:?}");
        }
    }

    /// Markup made of the pieces the tokenizer's states turn on.
    fn pieces() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        const PIECES: &[&str] = &[
            "<",
            ">",
            "</",
            "/",
            "=",
            "\"",
            "'",
            " ",
            "\n",
            "\r",
            "\t",
            "\0",
            "-",
            "!",
            "?",
            "&",
            ";",
            "#",
            "x",
            "a",
            "A",
            "p",
            "b",
            "é",
            "Ж",
            "1",
            "9",
            "amp",
            "copy",
            "notin",
            "#x41",
            "#128",
            "script",
            "SCRIPT",
            "title",
            "style",
            "textarea",
            "plaintext",
            "<!--",
            "-->",
            "--!>",
            "<!DOCTYPE",
            "<![CDATA[",
            "]]>",
            "<script>",
            "</script>",
            "<title>",
            "</title>",
            "<style>",
            "</style>",
            "<p class=",
            "<a href='",
            "<b>",
        ];
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        #[test]
        fn generated_markup_tokenizes_as_html5gum_does(html in pieces()) {
            proptest::prop_assert_eq!(ours(&html), reference(&html), "{:?}", html);
        }
    }
}
