//! Mojibake repair measured on clean published text (the language-ID training text under
//! data/lid/: UDHR, CLDR, GTK translations): each line garbled in each direction must come back
//! exactly, and no clean line may change.
//!
//!     cargo run --release --example mojibake_eval [FILE.tsv …]
//!
//! With TSV files (the last column is the text, as in the language-ID development set), their
//! text is used instead: text the language profiles were not trained on.
//!
//! Set MOJIBAKE_EVAL_MISSES=1 to print the lines not restored.

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut lines = Vec::new();
    for tag in [
        "ru", "uk", "be", "bg", "kk", "ky", "tg", "uz-Cyrl", "uz-Latn", "en",
    ] {
        for sub in ["corpus", "catalogs"] {
            let Ok(text) = std::fs::read_to_string(format!("{root}/data/lid/{sub}/{tag}.txt"))
            else {
                continue;
            };
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                if line.chars().filter(|c| c.is_alphabetic()).count() >= 20 {
                    lines.push(line.to_string());
                }
            }
        }
    }
    // Text the profiles were not trained on: the last column of each TSV file given (the
    // language-ID development set, `lang script length_class source text`).
    let files: Vec<String> = std::env::args().skip(1).collect();
    if !files.is_empty() {
        lines.clear();
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}"));
            for line in text.lines().skip(1) {
                let t = line.rsplit('\t').next().unwrap_or("");
                if t.chars().filter(|c| c.is_alphabetic()).count() >= 20 {
                    lines.push(t.to_string());
                }
            }
        }
    }
    let changed = lines
        .iter()
        .filter(|l| pagenorm::mojibake::repair(l).is_some())
        .count();
    println!("clean lines changed: {changed} of {}", lines.len());
    use encoding_rs::{Encoding, UTF_8, WINDOWS_1251, WINDOWS_1252};
    // Each direction, and the double mojibake met on the web: text garbled once, saved as UTF-8,
    // and garbled again.
    let mut paths: Vec<(Vec<(&'static Encoding, &'static Encoding)>, String)> =
        pagenorm::mojibake::DIRECTIONS
            .iter()
            .map(|&(read_as, was_in, name)| (vec![(was_in, read_as)], name.to_string()))
            .collect();
    paths.push((
        vec![(UTF_8, WINDOWS_1251), (UTF_8, WINDOWS_1251)],
        "double: UTF-8 read as windows-1251, twice".into(),
    ));
    paths.push((
        vec![(UTF_8, WINDOWS_1251), (UTF_8, WINDOWS_1252)],
        "double: UTF-8 read as windows-1251, then as windows-1252".into(),
    ));
    for (path, name) in &paths {
        let (mut n, mut ok) = (0, 0);
        'line: for l in &lines {
            let mut garbled = l.clone();
            for &(was_in, read_as) in path {
                let (bytes, _, unmappable) = was_in.encode(&garbled);
                if unmappable || bytes.iter().all(u8::is_ascii) {
                    continue 'line;
                }
                garbled = read_as.decode_without_bom_handling(&bytes).0.into_owned();
            }
            if garbled == *l {
                continue;
            }
            n += 1;
            let repaired = pagenorm::mojibake::repair(&garbled);
            let right = repaired.as_ref().is_some_and(|(t, _)| t == l);
            ok += usize::from(right);
            if !right && std::env::var_os("MOJIBAKE_EVAL_MISSES").is_some() {
                println!(
                    "miss [{name}]: {l:?} garbled {garbled:?} → {:?}",
                    repaired.map(|r| r.0)
                );
            }
        }
        println!(
            "{name}: {ok} of {n} restored ({:.1}%)",
            100.0 * ok as f64 / n.max(1) as f64
        );
    }
}
