//! Transliteration evaluation: exact-match rate (raw, and with apostrophe shapes folded) and
//! character error rate, per direction, on parallel Uzbek text.
//!
//!     cargo run --release --example translit_eval -- FILE.tsv
//!
//! The file is tab-separated with a header: `cyrl  latn  source` (strings published in both
//! scripts). Set TRANSLIT_EVAL_ERRORS=1 to print the rows that differ.

use pagenorm::Scheme;

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\'' | '`' | '‘' | '’' | 'ʻ' | 'ʼ' | '´' => '\'',
            c => c,
        })
        .collect()
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: translit_eval FILE.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rows: Vec<(String, String)> = text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.len() >= 2).then(|| (c[0].to_string(), c[1].to_string()))
        })
        .collect();
    let show = std::env::var_os("TRANSLIT_EVAL_ERRORS").is_some();
    for (from, to) in [("uz-Cyrl", "uz-Latn"), ("uz-Latn", "uz-Cyrl")] {
        let scheme = Scheme::find(from, to, None).unwrap();
        let (mut exact, mut folded, mut errs, mut chars) = (0, 0, 0, 0);
        let t0 = std::time::Instant::now();
        let mut bytes = 0;
        for (c, l) in &rows {
            let (src, want) = if from == "uz-Cyrl" { (c, l) } else { (l, c) };
            bytes += src.len();
            let got = scheme.apply(src);
            exact += usize::from(got == *want);
            let ok = fold(&got) == fold(want);
            folded += usize::from(ok);
            let (g, w): (Vec<char>, Vec<char>) =
                (fold(&got).chars().collect(), fold(want).chars().collect());
            errs += edit_distance(&g, &w);
            chars += w.len();
            if show && !ok {
                println!("{from}→{to}: {src:?} → {got:?}, published {want:?}");
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        let n = rows.len() as f64;
        println!(
            "{from} → {to}: exact {:.2}%, apostrophes folded {:.2}%, CER {:.3}% (n={}; {:.1} MB/s incl. scoring)",
            100.0 * exact as f64 / n,
            100.0 * folded as f64 / n,
            100.0 * errs as f64 / chars.max(1) as f64,
            rows.len(),
            bytes as f64 / 1e6 / secs
        );
    }
}
