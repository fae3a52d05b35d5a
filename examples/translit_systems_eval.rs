//! Russian and Belarusian romanization systems against published test pairs.
//!
//!     cargo run --release --example translit_systems_eval -- ru_translit_dev.tsv
//!     cargo run --release --example translit_systems_eval -- be_translit_dev.tsv
//!
//! Each row's scheme maps to a system and, for the way back, to the system writing the source's
//! spelling (Łacinka from the official Belarusian spelling goes back by `lacinka-official`).
//! Tab-separated with a header: `scheme  cyrillic  latin  source`, or `cyrl  latn  scheme  source`. Rows whose scheme
//! pagenorm implements (mapped by the table below) are scored; set TRANSLIT_EVAL_ERRORS=1 to see
//! the differences.

/// (cyrillic, latin) of the rows of `scheme`, whichever the file's column order.
fn rows<'a>(text: &'a str, scheme: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    // ru_translit_dev.tsv: scheme, cyrillic, latin; be_translit_dev.tsv: cyrillic, latin, scheme.
    let be_layout = text.lines().next().is_some_and(|h| h.starts_with("cyrl"));
    text.lines().skip(1).filter_map(move |line| {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 3 {
            return None;
        }
        let (name, cyr, lat) = if be_layout {
            (c[2], c[0], c[1])
        } else {
            (c[0], c[1], c[2])
        };
        (name == scheme).then_some((cyr, lat))
    })
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: translit_systems_eval FILE.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // (scheme of the rows, language, system; for the way back, another system when the
    // source's spelling calls for it).
    let map = [
        ("bgn_pcgn_1947", "ru", "bgn-pcgn", None),
        ("gost_7.79_2000_A", "ru", "iso9", None),
        ("ala_lc_2012", "ru", "ala-lc", None),
        ("ungegn_1987", "ru", "ungegn-1987", None),
        (
            "lacinka (from tarashkievica Cyrillic)",
            "be",
            "lacinka",
            None,
        ),
        (
            "lacinka (modern, from source Cyrillic)",
            "be",
            "lacinka",
            None,
        ),
        (
            "lacinka (from narkamauka Cyrillic)",
            "be",
            "lacinka",
            Some("lacinka-official"),
        ),
        ("national_2007", "be", "national", None),
        ("bgn_pcgn_1979", "be", "bgn-pcgn", None),
        ("icao_doc_9303", "be", "icao", None),
    ];
    let show = std::env::var_os("TRANSLIT_EVAL_ERRORS").is_some();
    for (name, from, system, back_system) in map {
        let back_system = back_system.unwrap_or(system);
        let scheme = pagenorm::Scheme::find(from, "Latn", Some(system)).unwrap();
        score(&text, name, system, "", show, |cyr, lat| {
            (scheme.apply(cyr).into_owned(), lat)
        });
        // Systems defined both ways: the Latin back to the Cyrillic, written in the spelling of
        // the source (Łacinka back to the official spelling where the source was written so).
        if let Ok(back) = pagenorm::Scheme::find(&format!("{from}-Latn"), from, Some(back_system)) {
            score(
                &text,
                name,
                back_system,
                ", Latin → Cyrillic",
                show,
                |cyr, lat| (back.apply(lat).into_owned(), cyr),
            );
        }
    }
}

/// Prints how many rows of `name` `convert` gets right; `convert` takes (cyrillic, latin) and
/// returns (what it made, what the source published).
fn score<'a>(
    text: &'a str,
    name: &'a str,
    system: &str,
    direction: &str,
    show: bool,
    convert: impl Fn(&'a str, &'a str) -> (String, &'a str),
) {
    // The apostrophe's shape (' ’ ʼ), which sources write each their own way, folded.
    let fold = |s: &str| s.replace(['’', 'ʼ'], "'");
    let (mut n, mut ok, mut folded) = (0, 0, 0);
    for (cyr, lat) in rows(text, name) {
        n += 1;
        let (got, want) = convert(cyr, lat);
        if got == want {
            ok += 1;
        } else if show {
            println!("{system}{direction}: {cyr:?} | {lat:?} → {got:?}, published {want:?}");
        }
        if fold(&got) == fold(want) {
            folded += 1;
        }
    }
    if n > 0 {
        println!("{name} as [{system}]{direction}: {ok}/{n} identical, {folded}/{n} with apostrophes folded");
    }
}
