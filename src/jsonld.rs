//! The publication date and author a page states in schema.org JSON-LD
//! (`<script type="application/ld+json">`, <https://schema.org/Article>): many news sites give
//! them only there. A small tolerant reader: JSON as RFC 8259 defines it, nested at most
//! [`MAX_DEPTH`] deep; anything it cannot read yields nothing rather than an error.

/// Deepest nesting of arrays and objects read.
const MAX_DEPTH: usize = 32;

enum Value {
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
    Other,
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|b| b.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        let hit = self.s.get(self.i) == Some(&b);
        self.i += usize::from(hit);
        hit
    }

    /// The items of an array or an object, its opening bracket at `self.i`: `item` read each,
    /// separated by commas, up to `close`.
    fn seq<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.i += 1;
        let mut items = Vec::new();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if self.eat(close) {
                return Some(items);
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.ws();
        match *self.s.get(self.i)? {
            b'"' => self.string().map(Value::Str),
            b'[' if depth < MAX_DEPTH => self.seq(b']', |r| r.value(depth + 1)).map(Value::Arr),
            b'{' if depth < MAX_DEPTH => self
                .seq(b'}', |r| {
                    r.ws();
                    let key = r.string()?;
                    r.eat(b':').then_some(())?;
                    Some((key, r.value(depth + 1)?))
                })
                .map(Value::Obj),
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                // A number or a literal: read over; its value is not needed.
                while self
                    .s
                    .get(self.i)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
                {
                    self.i += 1;
                }
                Some(Value::Other)
            }
            _ => None,
        }
    }

    /// A string at `self.i` (its opening quote), escapes decoded.
    fn string(&mut self) -> Option<String> {
        if self.s.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let b = *self.s.get(self.i)?;
            self.i += 1;
            match b {
                b'"' => return Some(String::from_utf8_lossy(&out).into_owned()),
                b'\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    let c = match e {
                        b'n' | b'r' | b't' => ' ',
                        b'u' => {
                            let hex = |r: &mut Self| -> Option<u32> {
                                let digits = r.s.get(r.i..r.i + 4)?;
                                r.i += 4;
                                digits.iter().try_fold(0u32, |n, &d| {
                                    Some(n << 4 | char::from(d).to_digit(16)?)
                                })
                            };
                            let u = hex(self)?;
                            let cp = if (0xD800..0xDC00).contains(&u)
                                && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                self.i += 2;
                                let low = hex(self)?;
                                0x10000 + ((u - 0xD800) << 10) + low.wrapping_sub(0xDC00)
                            } else {
                                u
                            };
                            char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER)
                        }
                        b'b' | b'f' => continue,
                        other => char::from(other),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(b),
            }
        }
    }
}

/// What a page's JSON-LD says of it.
#[derive(Debug, Default, PartialEq)]
pub struct Stated {
    pub published: Option<String>,
    pub author: Option<String>,
}

/// The publication date and author in one JSON-LD script: those of the first object (in
/// document order, `@graph` and arrays included) with a `datePublished`; the author of the
/// first object with one when none has a date.
pub fn read(json: &str) -> Stated {
    let mut r = Reader {
        s: json.as_bytes(),
        i: 0,
    };
    let Some(root) = r.value(0) else {
        return Stated::default();
    };
    let mut objects = Vec::new();
    collect(&root, &mut objects);
    let dated = objects
        .iter()
        .find_map(|o| match field(o, "datePublished") {
            // A CMS's empty date (0001-01-01) is none.
            Some(Value::Str(d)) if !d.trim().is_empty() && !d.trim().starts_with("000") => {
                Some((o, d.trim().to_string()))
            }
            _ => None,
        });
    let author_of = |o: &[(String, Value)]| field(o, "author").and_then(names);
    match dated {
        Some((o, date)) => Stated {
            published: Some(date),
            author: author_of(o).or_else(|| objects.iter().find_map(|o| author_of(o))),
        },
        None => Stated {
            published: None,
            author: objects.iter().find_map(|o| author_of(o)),
        },
    }
}

/// The value of the field `k` of an object.
fn field<'v>(o: &'v [(String, Value)], k: &str) -> Option<&'v Value> {
    o.iter().find(|(key, _)| key == k).map(|f| &f.1)
}

/// Every object in `v`, in document order (an object before the objects inside it).
fn collect<'v>(v: &'v Value, out: &mut Vec<&'v [(String, Value)]>) {
    match v {
        Value::Obj(fields) => {
            out.push(fields);
            for (_, f) in fields {
                collect(f, out);
            }
        }
        Value::Arr(items) => items.iter().for_each(|i| collect(i, out)),
        Value::Str(_) | Value::Other => {}
    }
}

/// An `author` as names: a string, a Person or Organization's `name`, or a list of them.
fn names(v: &Value) -> Option<String> {
    let one = |v: &Value| -> Option<String> {
        let s = match v {
            Value::Str(s) => s,
            Value::Obj(fields) => match fields.iter().find(|(k, _)| k == "name") {
                Some((_, Value::Str(s))) => s,
                _ => return None,
            },
            _ => return None,
        };
        let s = s.trim();
        // A link to an author page is no name.
        (!s.is_empty() && !s.starts_with("http")).then(|| s.to_string())
    };
    match v {
        Value::Arr(items) => {
            let all: Vec<String> = items.iter().filter_map(one).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        other => one(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_article_s_date_and_authors() {
        // As news sites write it: a @graph with the page, the article and its authors.
        let json = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Home","author":{"@type":"Organization","name":"Site"}},
            {"@type":"NewsArticle","headline":"Toshkentda \"yangi\" bino","datePublished":"2023-06-01T10:00:00+05:00",
             "author":[{"@type":"Person","name":"Dilshod Hamzayev"},{"@type":"Person","name":"Ol\u0027ga \u041f."}],
             "image":{"@type":"ImageObject","width":1200,"url":"https://x/y.jpg"},"isFree":true,"rating":null}]}"#;
        assert_eq!(
            read(json),
            Stated {
                published: Some("2023-06-01T10:00:00+05:00".into()),
                author: Some("Dilshod Hamzayev, Ol'ga П.".into()),
            }
        );
        // A plain string author; an array at the top.
        let json = r#"[{"@type":"Article","author":"Anna K.","datePublished":"2019-11-18"}]"#;
        assert_eq!(read(json).author.as_deref(), Some("Anna K."));
        // No date anywhere: the first author stated.
        let json =
            r##"{"@type":"Article","author":{"@id":"#a"},"publisher":{"author":{"name":"B"}}}"##;
        assert_eq!(
            read(json),
            Stated {
                published: None,
                author: Some("B".into()),
            }
        );
        // An author given only as a link is none.
        assert_eq!(read(r#"{"author":"https://x/author/1"}"#).author, None);
    }

    #[test]
    fn broken_or_hostile_json_yields_nothing() {
        for bad in [
            "",
            "{",
            "{\"datePublished\": ",
            "{\"datePublished\": \"2020\",}",
            "\"\\u12\"",
            "nul",
            "<!-- {} -->",
        ] {
            let got = read(bad);
            assert!(got.author.is_none(), "{bad:?}");
            assert!(bad.contains("2020") || got.published.is_none(), "{bad:?}");
        }
        // Every cut and every one-byte change of a real document: no panic, and a cut before the
        // date's closing quote finds no date.
        let doc = r#"{"@graph":[{"@type":"NewsArticle","datePublished":"2023-06-01","author":[{"name":"A \u0411\ud83d\ude00"},"B"]}]}"#;
        let date_end = doc.find("2023-06-01").unwrap() + 10;
        for cut in 0..doc.len() {
            let got = read(&doc[..cut]);
            assert!(cut > date_end || got.published.is_none(), "{cut}");
        }
        for at in 0..doc.len() {
            for b in [
                b'"', b'\\', b'{', b'}', b'[', b']', b',', b':', b'u', b'x', 0xFF,
            ] {
                let mut bytes = doc.as_bytes().to_vec();
                bytes[at] = b;
                read(&String::from_utf8_lossy(&bytes));
            }
        }
        assert_eq!(read(doc).author.as_deref(), Some("A Б😀, B"));
        // Deep nesting stops at MAX_DEPTH instead of the stack.
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(read(&deep), Stated::default());
        let deep = "{\"a\":".repeat(50_000) + "1" + &"}".repeat(50_000);
        assert_eq!(read(&deep), Stated::default());
    }
}
