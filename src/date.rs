//! A page's stated publication date as a calendar date (ISO 8601 `YYYY-MM-DD`), so that pages can
//! be compared and sorted whatever format they state it in: ISO 8601 and RFC 3339
//! (`2019-11-20T04:31:13+00:00`), RFC 5322 (`Mon, 18 Nov 2019 16:07:38 -0600`), JavaScript's
//! `Date.toString()` (`Tue Nov 19 2019 03:05:46 GMT+0000`), a day and a month name in any order
//! with the year (`19 Nov 2019`, `November 19, 2019, 07:47 PM EST`, `1 июня 2023`, `5-noyabr
//! 2023`), and a day-first numeric date (`19.11.2019`, as the region writes it). The date is the
//! one written (no time zone is applied); anything else yields none.
//!
//! Month names: the first three letters of the wide and abbreviated month names CLDR 48 gives in
//! English, Russian, Uzbek (Latin and Cyrillic), Ukrainian and Belarusian (`мар` March, `мая` and
//! `май` May; Uzbek `iyun` and `iyul` told apart by their fourth letter).

/// Month stems (lower case, three letters), with their months after them: English and Uzbek
/// Latin (yanvar, fevral, mart, aprel, may, iyun, iyul, avgust, sentabr, oktabr, noyabr,
/// dekabr); Russian and Uzbek Cyrillic (январь, января, январ, …); Ukrainian (січня, лютого,
/// березня, квітня, травня, червня, липня, серпня, вересня, жовтня, листопада, грудня);
/// Belarusian (студзеня, лютага, сакавіка, красавіка, мая, чэрвеня, ліпеня, жніўня, верасня,
/// кастрычніка, лістапада, снежня). Month 0: Uzbek `iyu`, told by its fourth letter.
const MONTHS: &str =
    "jan1 feb2 mar3 apr4 may5 jun6 jul7 aug8 sep9 octA novB decC yan1 fev2 iyn6 iyu0 \
    iyl7 avg8 sen9 oktA noyB dekC янв1 фев2 мар3 апр4 мая5 май5 июн6 июл7 авг8 сен9 октA ноюB \
    нояB декC січ1 лют2 бер3 кві4 тра5 чер6 лип7 сер8 вер9 жовA лисB груC сту1 сак3 кра4 чэр6 \
    ліп7 жні8 касA лісB снеC";

/// The month a word names, if it does.
fn month(word: &str) -> Option<u32> {
    let mut lower = word.chars().map(crate::chars::lower);
    let stem = [lower.next()?, lower.next()?, lower.next()?];
    for entry in MONTHS.split_ascii_whitespace() {
        let mut e = entry.chars();
        if [e.next()?, e.next()?, e.next()?] == stem {
            return match e.next()?.to_digit(16)? {
                0 => match lower.next() {
                    Some('n') => Some(6),
                    Some('l') => Some(7),
                    _ => None,
                },
                m => Some(m),
            };
        }
    }
    None
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    if !((1900..=2199).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in(y, m)) {
        return None;
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut out = String::with_capacity(10);
    out.extend([y / 1000, y / 100, y / 10, y].map(digit));
    out.push('-');
    out.extend([m / 10, m].map(digit));
    out.push('-');
    out.extend([d / 10, d].map(digit));
    Some(out)
}

/// A run of ASCII digits in a stated date: its value, how many digits, the character after it
/// and whether a `:` came before it (part of a time).
#[derive(Clone, Copy)]
struct Number {
    value: u32,
    digits: u32,
    after: char,
    after_colon: bool,
}

/// The calendar date `stated` gives, as `YYYY-MM-DD`.
pub fn calendar_date(stated: &str) -> Option<String> {
    let s = stated.trim();
    // ISO 8601 / RFC 3339: YYYY-MM-DD first.
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let num = |r: &[u8]| {
            r.iter()
                .try_fold(0u32, |n, &d| Some(n * 10 + char::from(d).to_digit(10)?))
        };
        return valid(num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?);
    }
    // Its numbers, and the first month name among its words.
    let mut numbers: Vec<Number> = Vec::new();
    let mut month_found = None;
    let mut prev = ' ';
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut n = Number {
                value: 0,
                digits: 0,
                after: ' ',
                after_colon: prev == ':',
            };
            let mut c = c;
            loop {
                n.value = n
                    .value
                    .saturating_mul(10)
                    .saturating_add(c as u32 - '0' as u32);
                n.digits = n.digits.saturating_add(1);
                match chars.peek() {
                    Some(&(_, d)) if d.is_ascii_digit() => {
                        c = d;
                        chars.next();
                    }
                    Some(&(_, d)) => {
                        n.after = d;
                        break;
                    }
                    None => break,
                }
            }
            numbers.push(n);
            prev = '0';
        } else if c.is_alphabetic() {
            let mut end = s.len();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    end = j;
                    break;
                }
                chars.next();
            }
            if month_found.is_none() {
                month_found = month(&s[i..end]);
            }
            prev = 'a';
        } else {
            prev = c;
        }
    }
    // A day-first numeric date: 19.11.2019, 19/11/2019 (a month over 12 tells the order).
    for w in numbers.windows(3) {
        let (a, m, y) = (w[0], w[1], w[2]);
        if matches!(a.after, '.' | '/')
            && a.after == m.after
            && y.digits == 4
            && a.digits <= 2
            && m.digits <= 2
        {
            return if m.value > 12 && a.after == '/' {
                valid(y.value, a.value, m.value)
            } else {
                valid(y.value, m.value, a.value)
            };
        }
    }
    // A month name, a year of four digits, and a day of one or two digits not part of a time.
    let month = month_found?;
    let not_time = |n: &&Number| n.after != ':' && !n.after_colon;
    let year = numbers
        .iter()
        .filter(not_time)
        .find(|n| n.digits == 4 && (1900..=2199).contains(&n.value))?;
    let day = numbers.iter().filter(not_time).find(|n| n.digits <= 2)?;
    valid(year.value, month, day.value)
}

#[cfg(test)]
mod tests {
    use super::calendar_date;

    #[test]
    fn the_formats_pages_state() {
        for (stated, want) in [
            // Every format the extraction benchmark's pages state, and the region's.
            ("2019-11-20T04:31:13+00:00", "2019-11-20"),
            ("2019-11-18", "2019-11-18"),
            ("2019-11-18T20:11:06.000Z", "2019-11-18"),
            ("November 19, 2019, 07:47 PM EST", "2019-11-19"),
            ("November 20, 2019 13:42", "2019-11-20"),
            ("19 Nov 2019 07:09 GMT", "2019-11-19"),
            ("Mon, 18 Nov 2019 16:07:38 -0600", "2019-11-18"),
            ("01:38:07 PM IST Nov 20, 2019", "2019-11-20"),
            ("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19"),
            ("Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)", "2019-11-20"),
            ("1 июня 2023, 15:30", "2023-06-01"),
            ("5-noyabr 2023", "2023-11-05"),
            ("12 iyul 2024 yil", "2024-07-12"),
            ("14 декабря 2023 г.", "2023-12-14"),
            ("3 травня 2022", "2022-05-03"),
            ("19.11.2019 16:07", "2019-11-19"),
            ("11/19/2019", "2019-11-19"),
            ("29 Feb 2024", "2024-02-29"),
        ] {
            assert_eq!(calendar_date(stated).as_deref(), Some(want), "{stated}");
        }
    }

    #[test]
    fn any_text_is_read_without_panic() {
        // Every cut and every one-character change of stated dates, and pseudo-random strings
        // of date-like characters.
        let chars = [
            '0', '1', '9', '2', '.', '/', ':', '-', ' ', 'N', 'o', 'v', 'я', 'ї', 'ş', '\u{0}',
        ];
        for stated in [
            "2019-11-20T04:31:13+00:00",
            "Mon, 18 Nov 2019 16:07:38 -0600",
            "1 июня 2023, 15:30",
            "19.11.2019",
        ] {
            let v: Vec<char> = stated.chars().collect();
            for cut in 0..=v.len() {
                calendar_date(&v[..cut].iter().collect::<String>());
                for &c in &chars {
                    let mut w = v.clone();
                    if cut < w.len() {
                        w[cut] = c;
                    }
                    calendar_date(&w.iter().collect::<String>());
                }
            }
        }
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let s: String = (0..(x % 24))
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    chars[(x % chars.len() as u64) as usize]
                })
                .collect();
            if let Some(d) = calendar_date(&s) {
                assert_eq!(d.len(), 10, "{s:?} -> {d}");
            }
        }
        // Numbers too long for a date overflow nothing.
        assert_eq!(calendar_date(&"9".repeat(100)), None);
        assert_eq!(calendar_date(&format!("{} Nov 2019", "9".repeat(40))), None);
    }

    #[test]
    fn what_is_no_date() {
        for stated in [
            "",
            "0001-01-01T00:00:00Z",
            "2019-13-01",
            "29 Feb 2023",
            "yesterday",
            "16:07:38",
            "Nov 2019",
            "2019",
            "May",
            "1",
            "２０１９-11-20",
            "19.11.19",
        ] {
            assert_eq!(calendar_date(stated), None, "{stated}");
        }
    }
}
