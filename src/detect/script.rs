//! The writing system of a text, as an ISO 15924 code, from the Unicode blocks of its letters.
//!
//! Ranges follow the Unicode Standard's block and Script property assignments (Unicode 16.0,
//! Scripts.txt) for the scripts a page of this web uses; letters of other scripts count as
//! `Zyyy`-free "other" and only matter when they dominate.

/// An ISO 15924 script code pagenorm reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latn,
    Cyrl,
    Arab,
    Grek,
    Armn,
    Geor,
    Hebr,
    Deva,
    Beng,
    Guru,
    Gujr,
    Orya,
    Taml,
    Telu,
    Knda,
    Mlym,
    Sinh,
    Thai,
    Mymr,
    Khmr,
    Ethi,
    Hang,
    Hani,
    Jpan,
    /// Letters of a script not listed here.
    Zzzz,
}

impl Script {
    /// The four-letter ISO 15924 code.
    pub fn code(self) -> &'static str {
        use Script::*;
        match self {
            Latn => "Latn",
            Cyrl => "Cyrl",
            Arab => "Arab",
            Grek => "Grek",
            Armn => "Armn",
            Geor => "Geor",
            Hebr => "Hebr",
            Deva => "Deva",
            Beng => "Beng",
            Guru => "Guru",
            Gujr => "Gujr",
            Orya => "Orya",
            Taml => "Taml",
            Telu => "Telu",
            Knda => "Knda",
            Mlym => "Mlym",
            Sinh => "Sinh",
            Thai => "Thai",
            Mymr => "Mymr",
            Khmr => "Khmr",
            Ethi => "Ethi",
            Hang => "Hang",
            Hani => "Hani",
            Jpan => "Jpan",
            Zzzz => "Zzzz",
        }
    }

    const ALL: [Script; 25] = {
        use Script::*;
        [
            Latn, Cyrl, Arab, Grek, Armn, Geor, Hebr, Deva, Beng, Guru, Gujr, Orya, Taml, Telu,
            Knda, Mlym, Sinh, Thai, Mymr, Khmr, Ethi, Hang, Hani, Jpan, Zzzz,
        ]
    };
}

/// The script of a letter; `None` for characters that are not letters (digits, punctuation,
/// spaces, symbols) and for modifier letters shared by scripts (ʻ ʼ).
pub fn script_of(c: char) -> Option<Script> {
    use Script::*;
    let cp = c as u32;
    if cp < 0x80 {
        return c.is_ascii_alphabetic().then_some(Latn);
    }
    let s = match cp {
        0x00C0..=0x024F if cp != 0xD7 && cp != 0xF7 => Latn,
        0x00AA | 0x00BA => Latn,
        // Spacing modifier letters (ʻ ʼ ʹ …) are shared by scripts.
        0x02B0..=0x02FF => return None,
        0x0250..=0x02AF | 0x1D00..=0x1DBF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => {
            Latn
        }
        0xAB30..=0xAB6F | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Latn,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Grek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Cyrl,
        0x0530..=0x058F => Armn,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Hebr,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Arab
        }
        0x0900..=0x097F => Deva,
        0x0980..=0x09FF => Beng,
        0x0A00..=0x0A7F => Guru,
        0x0A80..=0x0AFF => Gujr,
        0x0B00..=0x0B7F => Orya,
        0x0B80..=0x0BFF => Taml,
        0x0C00..=0x0C7F => Telu,
        0x0C80..=0x0CFF => Knda,
        0x0D00..=0x0D7F => Mlym,
        0x0D80..=0x0DFF => Sinh,
        0x0E00..=0x0E7F => Thai,
        0x1000..=0x109F => Mymr,
        0x1780..=0x17FF => Khmr,
        0x1200..=0x139F => Ethi,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Geor,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hang,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Jpan,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Hani,
        _ => {
            if c.is_alphabetic() {
                Zzzz
            } else {
                return None;
            }
        }
    };
    // Combining marks inside those blocks are not letters.
    if !crate::chars::is_letter(c) {
        return None;
    }
    Some(s)
}

/// Letter counts per script.
#[derive(Debug, Clone, Default)]
pub struct ScriptCounts {
    counts: [u32; Script::ALL.len()],
    /// All letters counted.
    pub letters: u32,
}

impl ScriptCounts {
    /// Counts the letters of `text`.
    pub fn of(text: &str) -> Self {
        let mut counts = ScriptCounts::default();
        for c in text.chars() {
            if let Some(s) = script_of(c) {
                counts.add(s);
            }
        }
        counts
    }

    /// Counts a letter of script `Script as usize`.
    pub(crate) fn add_index(&mut self, s: usize) {
        if let Some(c) = self.counts.get_mut(s) {
            *c += 1;
            self.letters += 1;
        }
    }

    pub fn add(&mut self, s: Script) {
        self.counts[s as usize] += 1;
        self.letters += 1;
    }

    /// Adds the counts of another piece of text.
    pub fn merge(&mut self, other: &ScriptCounts) {
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        self.letters += other.letters;
    }

    pub fn get(&self, s: Script) -> u32 {
        self.counts[s as usize]
    }

    /// The script with the most letters (Japanese kana pull Han text to `Jpan`), and its share.
    pub fn dominant(&self) -> Option<(Script, f32)> {
        if self.letters == 0 {
            return None;
        }
        // Most texts are in one script: no search then.
        for s in [Script::Latn, Script::Cyrl] {
            if self.get(s) == self.letters {
                return Some((s, 1.0));
            }
        }
        let mut best = Script::Zzzz;
        let mut n = 0;
        for s in Script::ALL {
            let mut c = self.get(s);
            if s == Script::Jpan && c > 0 {
                c += self.get(Script::Hani);
            }
            if c > n {
                best = s;
                n = c;
            }
        }
        Some((best, n as f32 / self.letters as f32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert_eq!(script_of('a'), Some(Script::Latn));
        assert_eq!(script_of('ş'), Some(Script::Latn));
        assert_eq!(script_of('ў'), Some(Script::Cyrl));
        assert_eq!(script_of('Ӯ'), Some(Script::Cyrl));
        assert_eq!(script_of('1'), None);
        assert_eq!(script_of('ʻ'), None);
        assert_eq!(script_of('—'), None);
        assert_eq!(
            ScriptCounts::of("Hello, мир").dominant().unwrap().0,
            Script::Latn
        );
        assert_eq!(
            ScriptCounts::of("東京へ行きます").dominant().unwrap().0,
            Script::Jpan
        );
        assert!(ScriptCounts::of("123 !").dominant().is_none());
    }
}
