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

/// Month stems (lower case), each with its month.
const MONTHS: &[(&str, u32)] = &[
    // English; Uzbek Latin (yanvar, fevral, mart, aprel, may, iyun, iyul, avgust, sentabr,
    // oktabr, noyabr, dekabr).
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("yan", 1),
    ("fev", 2),
    ("iyn", 6),
    ("iyu", 0), // iyun / iyul: told by the fourth letter
    ("iyl", 7),
    ("avg", 8),
    ("sen", 9),
    ("okt", 10),
    ("noy", 11),
    ("dek", 12),
    // Russian and Uzbek Cyrillic (январь, января, январ, …).
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
    // Ukrainian (січня, лютого, березня, квітня, травня, червня, липня, серпня, вересня,
    // жовтня, листопада, грудня) and Belarusian (студзеня, лютага, сакавіка, красавіка, мая,
    // чэрвеня, ліпеня, жніўня, верасня, кастрычніка, лістапада, снежня).
    ("січ", 1),
    ("лют", 2),
    ("бер", 3),
    ("кві", 4),
    ("тра", 5),
    ("чер", 6),
    ("лип", 7),
    ("сер", 8),
    ("вер", 9),
    ("жов", 10),
    ("лис", 11),
    ("гру", 12),
    ("сту", 1),
    ("сак", 3),
    ("кра", 4),
    ("чэр", 6),
    ("ліп", 7),
    ("жні", 8),
    ("кас", 10),
    ("ліс", 11),
    ("сне", 12),
];

/// The month a word names, if it does.
fn month(word: &str) -> Option<u32> {
    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
    let stem: String = lower.chars().take(3).collect();
    if stem.chars().count() < 3 {
        return None;
    }
    let m = MONTHS.iter().find(|(s, _)| *s == stem)?.1;
    match m {
        0 => match lower.chars().nth(3) {
            Some('n') => Some(6),
            Some('l') => Some(7),
            _ => None,
        },
        m => Some(m),
    }
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
    ((1900..=2199).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The calendar date `stated` gives, as `YYYY-MM-DD`.
pub fn calendar_date(stated: &str) -> Option<String> {
    let s = stated.trim();
    // ISO 8601 / RFC 3339: YYYY-MM-DD first.
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        return valid(num(0..4)?, num(5..7)?, num(8..10)?);
    }
    // Tokens: runs of digits and runs of letters, each with what follows it.
    let mut tokens: Vec<(&str, Option<char>)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let kind = |c: char| {
            if c.is_ascii_digit() {
                1
            } else if c.is_alphabetic() {
                2
            } else {
                0
            }
        };
        if let Some(st) = start {
            let first = s[st..].chars().next().unwrap_or(' ');
            if kind(c) != kind(first) {
                tokens.push((&s[st..i], Some(c).filter(|_| i < s.len())));
                start = None;
            }
        }
        if start.is_none() && kind(c) != 0 && i < s.len() {
            start = Some(i);
        }
    }
    // A day-first numeric date: 19.11.2019, 19/11/2019 (a month over 12 tells the order).
    for w in tokens.windows(3) {
        let [(a, sa), (m, sm), (y, _)] = [w[0], w[1], w[2]];
        if sa.is_some_and(|c| matches!(c, '.' | '/'))
            && sa == sm
            && y.len() == 4
            && a.len() <= 2
            && m.len() <= 2
        {
            let (a, m, y) = (a.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
            return if m > 12 && sa == Some('/') {
                valid(y, a, m)
            } else {
                valid(y, m, a)
            };
        }
    }
    // A month name, a year of four digits, and a day of one or two digits not part of a time.
    let month = tokens.iter().find_map(|(w, _)| month(w))?;
    let year = tokens
        .iter()
        .filter(|(w, next)| w.len() == 4 && *next != Some(':'))
        .find_map(|(w, _)| w.parse::<u32>().ok().filter(|y| (1900..=2199).contains(y)))?;
    let day = tokens
        .iter()
        .enumerate()
        .filter(|(i, (w, next))| {
            w.len() <= 2
                && w.bytes().all(|b| b.is_ascii_digit())
                && *next != Some(':')
                && !(*i > 0 && tokens[i - 1].1 == Some(':'))
        })
        .find_map(|(_, (w, _))| w.parse::<u32>().ok())?;
    valid(year, month, day)
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
