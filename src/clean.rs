//! Unicode cleanup of block text, with a map back to the original offsets.
//!
//! In one pass over the text:
//! - NFC (Unicode Standard Annex #15), applied per segment so that unchanged text is not copied;
//! - every kind of space (tab, line breaks, NBSP, U+2000–U+200A, narrow NBSP, ideographic space, …)
//!   becomes one U+0020, runs folded, ends trimmed (line breaks kept as `\n` on request, for
//!   preformatted text);
//! - invisible characters removed: soft hyphen, zero-width space, word joiner, BOM, bidi controls,
//!   C0/C1 controls; ZWJ/ZWNJ only next to scripts that never use them (they are letters' glue in
//!   Persian, Indic scripts and emoji);
//! - one form per punctuation family: single quotes `‘ ’ ‚ ‛` → `'`, double quotes `“ ” „ ‟ « »`
//!   → `"`, hyphens `‐ ‑` → `-`, dashes `‒ – — ―` → `—`, minus `−` → `-`;
//! - words mixing Latin and Cyrillic look-alike letters (`Mоscow` with a Cyrillic `о`, `Пpивет`
//!   with a Latin `p`) written in the script of most of their letters, when every letter of the
//!   other script has a look-alike (Unicode UTS #39 confusables, `data/confusables-cyrl-latn.tsv`);
//!   [`Cleaned::mixed_script`] lists where;
//! - in Uzbek Latin text ([`CleanOptions::uzbek_latin`]), the apostrophe family
//!   `' ’ ‘ ` ´ ʻ ʼ` after `o`/`g` becomes U+02BB (oʻ gʻ) and between letters U+02BC (tutuq belgisi),
//!   as the 1995 alphabet writes them.
//!
//! The result borrows the input when nothing changes; [`Cleaned::to_original`] maps a byte offset
//! in the cleaned text back to the original.

use crate::detect::script::{script_of, Script};
use crate::detect::tables::{CYRL_TO_LATN, LATN_TO_CYRL};
use std::borrow::Cow;

/// What [`clean`] does beyond the defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CleanOptions {
    /// Keep line breaks (as `\n`) instead of folding them into spaces.
    pub keep_newlines: bool,
    /// Write the Uzbek Latin apostrophes the official way (oʻ gʻ with U+02BB, tutuq with U+02BC).
    pub uzbek_latin: bool,
}

/// Cleaned text and the way back to the original.
#[derive(Debug, Clone)]
pub struct Cleaned<'a> {
    /// The cleaned text.
    pub text: Cow<'a, str>,
    /// (cleaned offset, original offset) wherever the offsets stop running in step.
    anchors: Vec<(usize, usize)>,
    original_len: usize,
    /// Byte ranges, in the original text, of the words that mixed Latin and Cyrillic look-alikes
    /// and were written in one script.
    pub mixed_script: Vec<(usize, usize)>,
}

impl Cleaned<'_> {
    /// Maps a byte offset in the cleaned text to the byte offset in the original text where the
    /// character there came from (a character NFC composed maps to where its parts began).
    pub fn to_original(&self, clean_offset: usize) -> usize {
        let i = self.anchors.partition_point(|&(c, _)| c <= clean_offset);
        let mapped = match i {
            0 => clean_offset,
            _ => {
                let (c, o) = self.anchors[i - 1];
                o + (clean_offset - c)
            }
        };
        mapped.min(self.original_len)
    }

    /// Whether cleaning changed anything.
    pub fn changed(&self) -> bool {
        self.text.len() != self.original_len || matches!(self.text, Cow::Owned(_))
    }

    /// Whether the cleaned text had to be copied (it is not a slice of the original).
    pub fn copied(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }
}

/// Cleans `text` with the default options.
pub fn clean(text: &str) -> Cleaned<'_> {
    clean_with(text, CleanOptions::default())
}

/// What to do with one character.
enum Action {
    Keep,
    Space,
    Newline,
    Remove,
    Replace(char),
    /// An apostrophe-family character: decided by its neighbours in Uzbek Latin text.
    Apostrophe(char),
}

fn classify(c: char, opts: CleanOptions, prev: Option<char>) -> Action {
    if c.is_ascii() {
        return match c {
            ' ' => Action::Space,
            '\t' | '\x0B' | '\x0C' => Action::Space,
            '\n' | '\r' if opts.keep_newlines => Action::Newline,
            '\n' | '\r' => Action::Space,
            '\x00'..='\x1F' | '\x7F' => Action::Remove,
            '\'' | '`' if opts.uzbek_latin => Action::Apostrophe('\''),
            _ => Action::Keep,
        };
    }
    match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' if opts.keep_newlines => Action::Newline,
        '\u{85}' | '\u{2028}' | '\u{2029}' => Action::Space,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Action::Space
        }
        '\u{80}'..='\u{9F}' => Action::Remove,
        '\u{AD}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' => Action::Remove,
        '\u{200E}'
        | '\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Action::Remove,
        '\u{FFF9}'..='\u{FFFB}' => Action::Remove,
        // ZWNJ/ZWJ join letters in Arabic, Indic scripts and emoji; after Latin, Cyrillic or
        // Greek (below U+0590) they are only noise.
        '\u{200C}' | '\u{200D}' => match prev {
            Some(p) if (p as u32) >= 0x0590 => Action::Keep,
            _ => Action::Remove,
        },
        '\u{2018}' | '\u{2019}' | '\u{00B4}' | '\u{02BB}' | '\u{02BC}' if opts.uzbek_latin => {
            Action::Apostrophe(match c {
                '\u{2018}' | '\u{2019}' => '\'',
                other => other,
            })
        }
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => Action::Replace('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' => {
            Action::Replace('"')
        }
        '\u{2010}' | '\u{2011}' | '\u{2212}' => Action::Replace('-'),
        '\u{2012}' | '\u{2013}' | '\u{2015}' => Action::Replace('\u{2014}'),
        _ => Action::Keep,
    }
}

/// Builds the output lazily: while every character so far sits at the same offset as in the
/// input, nothing is copied.
struct Writer<'a> {
    src: &'a str,
    out: Option<String>,
    /// While borrowing: where the borrowed slice starts in `src` (leading spaces are skipped).
    base: usize,
    /// Length of the output so far (borrowed or owned).
    len: usize,
    anchors: Vec<(usize, usize)>,
}

impl<'a> Writer<'a> {
    fn new(src: &'a str) -> Self {
        Writer {
            src,
            out: None,
            base: 0,
            len: 0,
            anchors: Vec::new(),
        }
    }

    /// Where the original offset of the next output character would be if nothing had changed.
    fn in_step(&self, orig: usize) -> bool {
        match self.anchors.last() {
            None => orig == self.len,
            Some(&(c, o)) => orig == o + (self.len - c),
        }
    }

    /// Emits `c`, which came from original offset `orig` (`same` when it is the original
    /// character there, unchanged).
    fn push(&mut self, c: char, orig: usize, same: bool) {
        self.push_str(c.encode_utf8(&mut [0; 4]), orig, same);
    }

    /// Emits `s`, which came from original offset `orig` on (`same` when it is the original
    /// text there, unchanged).
    fn push_str(&mut self, s: &str, orig: usize, same: bool) {
        if self.out.is_none() && self.len == 0 && same && orig != 0 {
            // Text that starts after skipped characters is still a slice of the input.
            self.base = orig;
            self.anchors.push((0, orig));
        }
        let step = self.in_step(orig);
        if self.out.is_none() && step && same {
            self.len += s.len();
            return;
        }
        let (base, len) = (self.base, self.len);
        let src = self.src;
        let out = self.out.get_or_insert_with(|| {
            let mut o = String::with_capacity(src.len());
            o.push_str(&src[base..base + len]);
            o
        });
        if !step {
            self.anchors.push((self.len, orig));
        }
        out.push_str(s);
        self.len += s.len();
    }

    fn finish(self) -> (Cow<'a, str>, Vec<(usize, usize)>) {
        let text = match self.out {
            Some(s) => Cow::Owned(s),
            None => Cow::Borrowed(&self.src[self.base..self.base + self.len]),
        };
        (text, self.anchors)
    }
}

/// Whether cleanup leaves `text` as it is, told by one scan: printable ASCII and the letters of
/// Latin-1 to Latin Extended-B and of Cyrillic (no combining marks, so already NFC), single
/// spaces between them, nothing to trim — and no apostrophe to decide in Uzbek Latin. (Words
/// mixing Latin and Cyrillic are checked apart.) Most page text is such text.
fn plain(text: &str, opts: CleanOptions) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for c in text.chars() {
        let ok = match c {
            ' ' => !prev_space,
            c => is_plain(c, opts),
        };
        if !ok {
            return false;
        }
        prev_space = c == ' ';
    }
    true
}

/// Cleans `text` (see the module documentation).
pub fn clean_with(text: &str, opts: CleanOptions) -> Cleaned<'_> {
    let mixed = mixed_script_words(text);
    if mixed.is_empty() && plain(text, opts) {
        return Cleaned {
            text: Cow::Borrowed(text),
            anchors: Vec::new(),
            original_len: text.len(),
            mixed_script: Vec::new(),
        };
    }
    clean_each(text, opts, mixed)
}

/// [`clean_with`]: runs of plain characters (see [`is_plain`]) outside words to be written in
/// one script go through in bulk, slices rather than characters; everything else character by
/// character, NFC stretch by stretch.
fn clean_each(text: &str, opts: CleanOptions, mixed: Vec<(usize, usize, Script)>) -> Cleaned<'_> {
    let mut state = State::new(text, opts, &mixed);
    let mut nfc_buf = String::new();
    // One character of look-ahead, for the Uzbek apostrophe rule.
    let mut held: Option<(char, usize, bool)> = None;
    let bytes = text.as_bytes();
    let mut m = 0;
    let mut i = 0;
    while i < bytes.len() {
        while mixed.get(m).is_some_and(|w| w.1 <= i) {
            m += 1;
        }
        // Where the next word to be rewritten starts (here, when inside one).
        let limit = mixed.get(m).map_or(bytes.len(), |w| w.0.max(i));
        let end = plain_run(text, i, limit, opts);
        if end > i {
            if let Some((hc, ho, hch)) = held.take() {
                state.step(hc, ho, hch, text[i..].chars().next());
            }
            state.run(&text[i..end], i);
            i = end;
            continue;
        }
        // A stretch of other characters: up to the next plain character outside the words to
        // rewrite (at least one character on). A plain character never composes with what
        // precedes it, so NFC of the stretch alone is NFC in the text.
        let mut k = text.len();
        for (d, c) in text[i..].char_indices().skip(1) {
            let at = i + d;
            while mixed.get(m).is_some_and(|w| w.1 <= at) {
                m += 1;
            }
            let in_mixed = mixed.get(m).is_some_and(|w| w.0 <= at);
            if !in_mixed && is_plain(c, opts) {
                k = at;
                break;
            }
        }
        for_each_nfc_char(&text[i..k], &mut nfc_buf, |c, orig, changed| {
            if let Some((hc, ho, hch)) = held.replace((c, i + orig, changed)) {
                state.step(hc, ho, hch, Some(c));
            }
        });
        i = k;
    }
    if let Some((hc, ho, hch)) = held {
        state.step(hc, ho, hch, None);
    }
    finish(text, state.w, mixed)
}

/// A mark that goes on the word before it: a combining mark of a non-zero canonical combining
/// class (every diacritic of Latin and Cyrillic, U+0300–U+036F, U+0483–U+0487), the grapheme
/// joiner (U+034F), or an enclosing mark of Cyrillic, of the diacritics' extensions and of
/// symbols (U+0488–U+0489, U+1ABE, U+20DD–U+20E4). (The class comes
/// from the data NFC needs anyway; the Unicode Mark property's own table would add 9 KB to the
/// wasm, and the spacing marks it adds are of scripts the mixed-script check does not read.)
fn continues_word(c: char) -> bool {
    matches!(c as u32, 0x34F | 0x488..=0x489 | 0x1ABE | 0x20DD..=0x20E4)
        || crate::nfc::combining_class(c) != 0
}

fn finish<'a>(text: &'a str, w: Writer<'a>, mixed: Vec<(usize, usize, Script)>) -> Cleaned<'a> {
    let (mut text_out, anchors) = w.finish();
    // Removing an invisible character between two combining marks can leave them out of
    // canonical order; the rare text where that happens is normalized once more (its offsets
    // then map to within the marks' cluster).
    if let Cow::Owned(out) = &text_out {
        if !crate::nfc::is_nfc(out) {
            text_out = Cow::Owned(crate::nfc::nfc(out));
        }
    }
    Cleaned {
        text: text_out,
        anchors,
        original_len: text.len(),
        mixed_script: mixed.into_iter().map(|(s, e, _)| (s, e)).collect(),
    }
}

/// Whether cleanup keeps `c` as it is (a space may fold) and `c` is a starter that never composes
/// with the character before it: printable ASCII or a space (not `'` or `` ` `` in Uzbek Latin
/// text, where apostrophes are decided), a letter of Latin-1 to Latin Extended-B (U+00C0–U+024F)
/// or of Cyrillic without its combining marks.
#[inline]
fn is_plain(c: char, opts: CleanOptions) -> bool {
    match c {
        '\'' | '`' => !opts.uzbek_latin,
        ' '..='~' => true,
        '\u{C0}'..='\u{24F}' | '\u{400}'..='\u{482}' | '\u{48A}'..='\u{4FF}' => true,
        _ => false,
    }
}

/// The end of the run of plain characters that starts at `i`, before `limit` — short of its
/// last character when a character that is not plain follows (it may be a mark that composes
/// with it); `i` when there is none.
fn plain_run(text: &str, i: usize, limit: usize, opts: CleanOptions) -> usize {
    let mut j = i;
    let mut last = i;
    for c in text[i..limit].chars() {
        if !is_plain(c, opts) {
            break;
        }
        last = j;
        j += c.len_utf8();
    }
    if j < text.len() {
        last
    } else {
        j
    }
}

/// The words of `text` that mix Latin and Cyrillic letters and can be written in one script:
/// (start, end, script to write them in). Empty, without a scan of words, unless the text has
/// both Latin and Cyrillic letters.
fn mixed_script_words(text: &str) -> Vec<(usize, usize, Script)> {
    let has_cyrillic = text
        .bytes()
        .any(|b| b == 0xD0 || b == 0xD1 || b == 0xD2 || b == 0xD3 || b == 0xD4);
    if !has_cyrillic || !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let (mut latin, mut cyrillic) = (0u32, 0u32);
    let close =
        |s: usize, e: usize, latin: u32, cyrillic: u32, out: &mut Vec<(usize, usize, Script)>| {
            if latin == 0 || cyrillic == 0 || latin == cyrillic {
                return;
            }
            let (target, table): (Script, &[(char, char)]) = if latin > cyrillic {
                (Script::Latn, CYRL_TO_LATN)
            } else {
                (Script::Cyrl, LATN_TO_CYRL)
            };
            let from = if target == Script::Latn {
                Script::Cyrl
            } else {
                Script::Latn
            };
            let all_map = text[s..e]
                .chars()
                .filter(|&c| script_of(c) == Some(from))
                .all(|c| table.binary_search_by(|(k, _)| k.cmp(&c)).is_ok());
            if all_map {
                out.push((s, e, target));
            }
        };
    for (i, c) in text.char_indices() {
        match script_of(c) {
            Some(sc) => {
                start.get_or_insert(i);
                match sc {
                    Script::Latn => latin += 1,
                    Script::Cyrl => cyrillic += 1,
                    _ => {}
                }
            }
            // Letters of no script, marks, apostrophes (and what cleanup makes apostrophes), and
            // the invisible characters cleanup removes do not end a word.
            None if crate::chars::is_letter_or_digit(c)
                || continues_word(c)
                || matches!(c, '\'' | 'ʻ' | 'ʼ')
                || matches!(
                    classify(c, CleanOptions::default(), None),
                    Action::Remove | Action::Replace('\'')
                ) => {}
            None => {
                if let Some(s) = start.take() {
                    close(s, i, latin, cyrillic, &mut out);
                }
                (latin, cyrillic) = (0, 0);
            }
        }
    }
    if let Some(s) = start {
        close(s, text.len(), latin, cyrillic, &mut out);
    }
    out
}

fn look_alike(c: char, target: Script) -> Option<char> {
    let table = if target == Script::Latn {
        CYRL_TO_LATN
    } else {
        LATN_TO_CYRL
    };
    table
        .binary_search_by(|(k, _)| k.cmp(&c))
        .ok()
        .map(|i| table[i].1)
}

struct State<'a, 'm> {
    w: Writer<'a>,
    /// Words to write in one script, and the next one not yet passed.
    mixed: &'m [(usize, usize, Script)],
    next_mixed: usize,
    /// A separator waiting for the next kept character: (original offset, char there, newline?).
    pending: Option<(usize, char, bool)>,
    /// The last character not removed.
    prev: Option<char>,
    opts: CleanOptions,
}

impl<'a, 'm> State<'a, 'm> {
    fn new(text: &'a str, opts: CleanOptions, mixed: &'m [(usize, usize, Script)]) -> Self {
        State {
            w: Writer::new(text),
            pending: None,
            prev: None,
            opts,
            mixed,
            next_mixed: 0,
        }
    }
}

impl State<'_, '_> {
    fn emit(&mut self, c: char, orig: usize, same: bool) {
        if let Some((po, pc, nl)) = self.pending.take() {
            let sep = if nl { '\n' } else { ' ' };
            self.w.push(sep, po, pc == sep);
        }
        self.w.push(c, orig, same);
    }

    /// Takes a run of plain characters that starts at original offset `orig`, as `step` would
    /// one by one: leading and trailing spaces become the pending separator, and what lies
    /// between goes through as one slice when it has no double space, word by word otherwise.
    fn run(&mut self, run: &str, orig: usize) {
        let rest = run.trim_start_matches(' ');
        if rest.len() < run.len() {
            if self.w.len != 0 && self.pending.is_none() {
                self.pending = Some((orig, ' ', false));
            }
            self.prev = Some(' ');
        }
        if rest.is_empty() {
            return;
        }
        let body = rest.trim_end_matches(' ');
        let at = orig + (run.len() - rest.len());
        if let Some((po, pc, nl)) = self.pending.take() {
            let sep = if nl { '\n' } else { ' ' };
            self.w.push(sep, po, pc == sep);
        }
        if !body.contains("  ") {
            self.w.push_str(body, at, true);
        } else {
            for (k, word) in body.split(' ').enumerate() {
                let word_at = at + (word.as_ptr() as usize - body.as_ptr() as usize);
                if k > 0 && self.pending.is_none() {
                    self.pending = Some((word_at - 1, ' ', false));
                }
                if word.is_empty() {
                    continue;
                }
                if let Some((po, _, _)) = self.pending.take() {
                    self.w.push(' ', po, true);
                }
                self.w.push_str(word, word_at, true);
            }
        }
        if body.len() < rest.len() {
            self.pending = Some((at + body.len(), ' ', false));
            self.prev = Some(' ');
        } else {
            self.prev = body.chars().next_back();
        }
    }

    fn step(&mut self, c: char, orig: usize, nfc_changed: bool, next: Option<char>) {
        while self.mixed.get(self.next_mixed).is_some_and(|m| m.1 <= orig) {
            self.next_mixed += 1;
        }
        let mut action = classify(c, self.opts, self.prev);
        // A space of any width is read after as a space (the ZWJ after U+2006 is after a space,
        // as it is once cleaned).
        let spacing = matches!(action, Action::Space | Action::Newline);
        if let Some(&(s, _, target)) = self.mixed.get(self.next_mixed) {
            if s <= orig && script_of(c).is_some_and(|sc| sc != target) {
                if let Some(r) = look_alike(c, target) {
                    action = Action::Replace(r);
                }
            }
        }
        // What the output gets: the context of the next character (a ZWNJ after `‘` is judged
        // after the `'` written for it, as a second cleanup would judge it).
        let mut written = c;
        match action {
            Action::Keep => self.emit(c, orig, !nfc_changed),
            Action::Replace(r) => {
                written = r;
                self.emit(r, orig, false)
            }
            Action::Space | Action::Newline if self.w.len == 0 => {}
            Action::Space => {
                if self.pending.is_none() {
                    self.pending = Some((orig, c, false));
                }
            }
            Action::Newline => {
                if !matches!(self.pending, Some((_, _, true))) {
                    self.pending = Some((orig, c, true));
                }
            }
            Action::Remove => return,
            Action::Apostrophe(a) => {
                let prev = self.prev;
                let after_letter =
                    prev.is_some_and(crate::chars::is_letter) && self.pending.is_none();
                let r = if after_letter && matches!(prev, Some('o' | 'O' | 'g' | 'G')) {
                    '\u{02BB}'
                } else if after_letter && next.is_some_and(crate::chars::is_letter) {
                    '\u{02BC}'
                } else {
                    a
                };
                written = r;
                self.emit(r, orig, r == c && !nfc_changed);
            }
        }
        self.prev = Some(if spacing { ' ' } else { written });
    }
}

/// Calls `f(char, original offset, changed by NFC)` for each character of the NFC form of `text`.
/// NFC is decided per segment: a segment starts at the last ASCII character before a run of
/// non-ASCII characters (an ASCII character is a starter that never composes with what precedes
/// it, so segments normalize independently). Characters of a segment that NFC changed report the
/// offset of the segment where they were composed.
fn for_each_nfc_char(text: &str, buf: &mut String, mut f: impl FnMut(char, usize, bool)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let next_non_ascii = bytes[i..]
            .iter()
            .position(|&b| b >= 0x80)
            .map_or(bytes.len(), |p| i + p);
        // Plain ASCII up to (not including) the character that starts the next segment.
        let seg_start = if next_non_ascii < bytes.len() && next_non_ascii > i {
            next_non_ascii - 1
        } else {
            next_non_ascii
        };
        for (k, &b) in bytes[i..seg_start].iter().enumerate() {
            f(b as char, i + k, false);
        }
        if seg_start >= bytes.len() {
            break;
        }
        let seg_end = bytes[next_non_ascii..]
            .iter()
            .position(|&b| b < 0x80)
            .map_or(bytes.len(), |p| next_non_ascii + p);
        let seg = &text[seg_start..seg_end];
        if crate::nfc::quick_check(seg) == Some(true) {
            for (k, c) in seg.char_indices() {
                f(c, seg_start + k, false);
            }
        } else {
            buf.clear();
            crate::nfc::nfc_into(seg, buf);
            // Each character of the output belongs to the input's cluster (a starter and the
            // marks after it) its own cluster stands for: a character NFC left as it was keeps
            // its offset there, one it composed or moved takes the cluster's. (Where NFC joins
            // two starters, as in Hangul, the rest of the stretch maps one cluster early.)
            // Within a cluster the search goes on after the last character found (a mark
            // written twice is two marks), then from the cluster's start (marks NFC reordered).
            let (mut at, mut end, mut from, mut first) = (0, 0, 0, true);
            for c in buf.chars() {
                if first || crate::nfc::combining_class(c) == 0 {
                    if !first && end < seg.len() {
                        at = end;
                    }
                    first = false;
                    from = at;
                    end = at
                        + seg[at..]
                            .char_indices()
                            .skip(1)
                            .find(|&(_, m)| crate::nfc::combining_class(m) == 0)
                            .map_or(seg.len() - at, |(d, _)| d);
                }
                let found = seg[from..end]
                    .find(c)
                    .map(|p| from + p)
                    .or_else(|| seg[at..end].find(c).map(|p| at + p));
                if let Some(p) = found.filter(|&p| p >= from) {
                    from = p + c.len_utf8();
                }
                f(c, seg_start + found.unwrap_or(at), true);
            }
        }
        i = seg_end;
    }
}

/// [`clean_with`], character by character: the reference the run-wise loop is tested against.
#[cfg(test)]
fn clean_each_chars(
    text: &str,
    opts: CleanOptions,
    mixed: Vec<(usize, usize, Script)>,
) -> Cleaned<'_> {
    let mut state = State::new(text, opts, &mixed);
    let mut nfc_buf = String::new();
    // One character of look-ahead, for the Uzbek apostrophe rule.
    let mut held: Option<(char, usize, bool)> = None;
    for_each_nfc_char(text, &mut nfc_buf, |c, orig, changed| {
        if let Some((hc, ho, hch)) = held.replace((c, orig, changed)) {
            state.step(hc, ho, hch, Some(c));
        }
    });
    if let Some((hc, ho, hch)) = held {
        state.step(hc, ho, hch, None);
    }
    finish(text, state.w, mixed)
}

/// Every line of the published language-ID training text (UDHR, CLDR, GNOME in 40 languages,
/// `data/lid/corpus` and `data/lid/catalogs`), for the tests.
#[cfg(test)]
fn training_lines() -> impl Iterator<Item = String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/lid/");
    ["corpus", "catalogs"].into_iter().flat_map(move |sub| {
        let mut files: Vec<_> = std::fs::read_dir(format!("{dir}{sub}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files.into_iter().flat_map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            text.lines().map(str::to_owned).collect::<Vec<_>>()
        })
    })
}

#[cfg(test)]
mod runs {
    use super::*;
    use proptest::prelude::*;

    const ALL_OPTIONS: [CleanOptions; 4] = [
        CleanOptions {
            keep_newlines: false,
            uzbek_latin: false,
        },
        CleanOptions {
            keep_newlines: true,
            uzbek_latin: false,
        },
        CleanOptions {
            keep_newlines: false,
            uzbek_latin: true,
        },
        CleanOptions {
            keep_newlines: true,
            uzbek_latin: true,
        },
    ];

    /// The run-wise loop and the character loop give the same text, offsets and repairs.
    fn same(text: &str) {
        for opts in ALL_OPTIONS {
            let fast = clean_each(text, opts, mixed_script_words(text));
            let slow = clean_each_chars(text, opts, mixed_script_words(text));
            assert_eq!(fast.text, slow.text, "{text:?} {opts:?}");
            assert_eq!(fast.anchors, slow.anchors, "{text:?} {opts:?}");
            assert_eq!(fast.copied(), slow.copied(), "{text:?} {opts:?}");
            assert_eq!(fast.mixed_script, slow.mixed_script, "{text:?} {opts:?}");
        }
    }

    #[test]
    fn runs_clean_as_the_character_loop_does_on_published_text() {
        let mut lines = 0;
        for line in training_lines().step_by(7) {
            same(&line);
            lines += 1;
        }
        assert!(lines > 5_000, "{lines}");
        for t in [
            "  a  b  ",
            "e\u{301} é",
            "Мо\u{301}сква",
            "Mоscow «Пpивет»",
            "o'zbek g`alaba ma'no",
            "a\u{200D}b \u{A0}c\n\nd",
            "Ẽ\u{AD}\u{301}x",
            "x\u{301}",
            // A composed letter before the letter it was composed from (а + breve, а): the
            // second keeps its own offset (the proptest below found it).
            "Пpивета\u{306}аMоscowMоscow—",
            "а\u{306}\u{301}а x\u{323}\u{302}",
            "\u{306}а\u{483}\u{483}",
            "z\u{301}\u{301}",
            "",
            " ",
        ] {
            same(t);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]
        #[test]
        fn runs_clean_as_the_character_loop_does(text in "([ a-zA-Z'`éŁšоаеСрМ\u{0301}\u{0483}\u{0306}\u{A0}\u{AD}\u{200D}\u{2019}ʻʼ«—\n\t]|Mоscow|Пpивет|o'z){0,30}") {
            same(&text);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_text_is_what_the_character_loop_leaves_as_it_is() {
        // Every line of the published training text (UDHR, CLDR, GNOME in 40 languages) that
        // the one-scan check calls plain comes out of the character loop unchanged.
        let mut checked = 0;
        for line in training_lines() {
            let line = line.as_str();
            for opts in [
                CleanOptions::default(),
                CleanOptions {
                    uzbek_latin: true,
                    keep_newlines: false,
                },
            ] {
                if !plain(line, opts) || !mixed_script_words(line).is_empty() {
                    continue;
                }
                let slow = clean_each(line, opts, Vec::new());
                assert_eq!(slow.text, line, "{line:?}");
                assert!(slow.anchors.is_empty(), "{line:?}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
        // …and what it does not call plain, it leaves to the loop.
        for t in [
            " lead",
            "trail ",
            "two  spaces",
            "tab\there",
            "o'zbek",
            "«q»",
            "a\u{301}",
        ] {
            assert!(
                !plain(
                    t,
                    CleanOptions {
                        uzbek_latin: true,
                        keep_newlines: false
                    }
                ),
                "{t:?}"
            );
        }
    }

    use super::*;

    fn c(s: &str) -> String {
        clean(s).text.into_owned()
    }

    #[test]
    fn unchanged_text_is_borrowed() {
        for s in ["Hello world", "Привет, мир", "Oʻzbekiston", "", "a b c"] {
            let r = clean(s);
            assert!(!r.changed(), "{s:?}");
            assert_eq!(r.text, s);
        }
    }

    #[test]
    fn spaces_fold_and_trim() {
        assert_eq!(
            c("  a\u{A0}\u{A0}b\t\tc \u{2009}d\u{3000}e\n\n"),
            "a b c d e"
        );
        assert_eq!(c("\u{202F}"), "");
        assert_eq!(
            clean_with(
                "a \n\n b\r\nc",
                CleanOptions {
                    keep_newlines: true,
                    ..Default::default()
                }
            )
            .text,
            "a\nb\nc"
        );
    }

    #[test]
    fn invisible_characters_removed() {
        assert_eq!(c("со\u{AD}вет\u{200B}ский\u{FEFF}"), "советский");
        assert_eq!(c("a\u{0007}b\u{0085}c"), "ab c");
        assert_eq!(c("abc\u{200D}def"), "abcdef");
        // After a space of any width, as after a space (found by fuzzing: a ZWJ after U+2006
        // was kept, and removed when the result was cleaned again).
        assert_eq!(c("x\u{2006}\u{200D}y"), "x y");
        assert_eq!(c("ب\u{3000}\u{3}\u{200D}ب"), "ب ب");
        // After the character written, not the one read (found by fuzzing: a ZWNJ after ‘ was
        // kept, as after a character above U+0590, and removed once the ‘ had become ').
        assert_eq!(c("‘\u{200C}"), "'");
        assert_eq!(c("a’\u{200C}b"), "a'b");
        // ZWNJ is kept in Persian.
        assert_eq!(c("می\u{200C}خواهم"), "می\u{200C}خواهم");
    }

    /// Every combining mark of the blocks Latin and Cyrillic text takes its marks from goes on
    /// the word before it, as the Unicode Mark property says.
    #[test]
    fn marks_of_latin_and_cyrillic_continue_a_word() {
        let blocks = [
            0..0x530,
            0x1AB0..0x1B00,
            0x1DC0..0x1E00,
            0x20D0..0x2100,
            0xFE20..0xFE30,
        ];
        let mut bad = 0;
        for cp in blocks.into_iter().flatten() {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if continues_word(c) != unicode_normalization::char::is_combining_mark(c) {
                eprintln!("differs: U+{cp:04X}");
                bad += 1;
            }
        }
        assert_eq!(bad, 0);
    }

    #[test]
    fn nfc() {
        assert_eq!(c("e\u{301}te\u{301}"), "\u{E9}t\u{E9}");
        assert_eq!(c("и\u{306}"), "й");
        assert_eq!(c("Й"), "Й");
    }

    #[test]
    fn punctuation_families() {
        assert_eq!(
            c("«Ўзбекистон» — “quoted” ‘x’ 1–2 −5"),
            "\"Ўзбекистон\" — \"quoted\" 'x' 1—2 -5"
        );
    }

    #[test]
    fn uzbek_apostrophes() {
        let uz = |s: &str| {
            clean_with(
                s,
                CleanOptions {
                    uzbek_latin: true,
                    ..Default::default()
                },
            )
            .text
            .into_owned()
        };
        for v in [
            "O'zbekiston",
            "O’zbekiston",
            "O‘zbekiston",
            "O`zbekiston",
            "Oʻzbekiston",
            "O´zbekiston",
        ] {
            assert_eq!(uz(v), "O\u{2BB}zbekiston", "{v}");
        }
        assert_eq!(uz("ma'no"), "ma\u{2BC}no");
        assert_eq!(uz("sur’at"), "sur\u{2BC}at");
        assert_eq!(uz("bog'"), "bog\u{2BB}");
        // Quotes around a word stay quotes.
        assert_eq!(uz("'Ishonch' gazetasi"), "'Ishonch' gazetasi");
    }

    #[test]
    fn mixed_script_words_are_repaired() {
        // "Mоscow" with a Cyrillic о; "Пpивет" with a Latin p; "Ташкент" with a Latin a.
        let r = clean("M\u{43E}scow и \u{41F}p\u{438}\u{432}\u{435}\u{442} Т\u{61}шкент");
        assert_eq!(r.text, "Moscow и Привет Ташкент");
        assert_eq!(r.mixed_script.len(), 3);
        // Real mixed words without look-alikes stay as they are; so do one-script words.
        assert_eq!(clean("iPhone-ы Ўзбек").text, "iPhone-ы Ўзбек");
        assert!(clean("Oʻzbekiston va Ўзбекистон").mixed_script.is_empty());
    }

    #[test]
    fn removed_characters_between_marks_keep_nfc() {
        // Found by fuzzing: a removed character between two combining marks.
        for t in [
            "a\u{327}\u{200B}\u{337}",
            "\u{FFFD}\u{327}\u{7}\u{337}",
            "x\u{337}\u{AD}\u{327}",
            "т'\0\0\u{2019}S\u{441}",
        ] {
            let once = c(t);
            assert!(unicode_normalization::is_nfc(&once), "{t:?}");
            assert_eq!(c(&once), once, "{t:?}");
        }
    }

    #[test]
    fn offsets_map_back() {
        let src = "  Hello\u{A0}\u{A0}wo\u{AD}rld";
        let r = clean(src);
        assert_eq!(r.text, "Hello world");
        let w = r.text.find("world").unwrap();
        assert_eq!(&src[r.to_original(w)..r.to_original(w) + 2], "wo");
        let rl = r.text.find("rld").unwrap();
        assert_eq!(&src[r.to_original(rl)..], "rld");
        assert_eq!(r.to_original(0), 2);
    }

    #[test]
    fn idempotent_on_samples() {
        for s in ["  a\u{A0}b ", "e\u{301}", "«x» – y", "O'zbek ma'no"] {
            let once = c(s);
            assert_eq!(c(&once), once);
        }
    }
}
