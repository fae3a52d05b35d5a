//! Russian and Belarusian romanization systems against published test pairs.
//!
//!     cargo run --release --example translit_systems_eval -- ru_translit_dev.tsv
//!     cargo run --release --example translit_systems_eval -- be_translit_dev.tsv
//!
//! Tab-separated with a header: `scheme  cyrillic  latin  source`, or `cyrl  latn  scheme  source`. Rows whose scheme
//! pagenorm implements (mapped by the table below) are scored; set TRANSLIT_EVAL_ERRORS=1 to see
//! the differences.

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: translit_systems_eval FILE.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let map = [
        ("bgn_pcgn_1947", "ru", "bgn-pcgn"),
        ("gost_7.79_2000_A", "ru", "iso9"),
        ("ala_lc_2012", "ru", "ala-lc"),
        ("ungegn_1987", "ru", "ungegn-1987"),
        ("lacinka (from tarashkievica Cyrillic)", "be", "lacinka"),
        ("lacinka (modern, from source Cyrillic)", "be", "lacinka"),
        ("lacinka (from narkamauka Cyrillic)", "be", "lacinka"),
    ];
    // ru_translit_dev.tsv: scheme, cyrillic, latin; be_translit_dev.tsv: cyrillic, latin, scheme.
    let be_layout = text.lines().next().is_some_and(|h| h.starts_with("cyrl"));
    let show = std::env::var_os("TRANSLIT_EVAL_ERRORS").is_some();
    for (name, from, system) in map {
        let scheme = pagenorm::Scheme::find(from, "Latn", Some(system)).unwrap();
        let (mut n, mut ok) = (0, 0);
        for line in text.lines().skip(1) {
            let mut c: Vec<&str> = line.split('\t').collect();
            if c.len() < 3 {
                continue;
            }
            if be_layout {
                c = vec![c[2], c[0], c[1]];
            }
            if c[0] != name {
                continue;
            }
            n += 1;
            let got = scheme.apply(c[1]);
            if got == c[2] {
                ok += 1;
            } else if show {
                println!("{system}: {:?} → {got:?}, published {:?}", c[1], c[2]);
            }
        }
        if n > 0 {
            println!("{name} as [{system}]: {ok}/{n} identical");
        }
        // Systems defined both ways: the Latin back to the Cyrillic.
        if let Ok(back) = pagenorm::Scheme::find(&format!("{from}-Latn"), from, Some(system)) {
            let (mut n, mut ok) = (0, 0);
            for line in text.lines().skip(1) {
                let mut c: Vec<&str> = line.split('\t').collect();
                if c.len() < 3 {
                    continue;
                }
                if be_layout {
                    c = vec![c[2], c[0], c[1]];
                }
                if c[0] != name {
                    continue;
                }
                n += 1;
                let got = back.apply(c[2]);
                if got == c[1] {
                    ok += 1;
                } else if show {
                    println!("{system} back: {:?} → {got:?}, published {:?}", c[2], c[1]);
                }
            }
            println!("{name} as [{system}], Latin → Cyrillic: {ok}/{n} identical");
        }
    }
}
