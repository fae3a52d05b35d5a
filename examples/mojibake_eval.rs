//! Mojibake repair measured on clean published text (the language-ID training text under
//! data/lid/: UDHR, CLDR, GTK translations): each line garbled in each direction must come back
//! exactly, and no clean line may change.
//!
//!     cargo run --release --example mojibake_eval
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
    let changed = lines
        .iter()
        .filter(|l| pagenorm::mojibake::repair(l).is_some())
        .count();
    println!("clean lines changed: {changed} of {}", lines.len());
    for &(read_as, was_in, name) in pagenorm::mojibake::DIRECTIONS {
        let (mut n, mut ok) = (0, 0);
        for l in &lines {
            let (bytes, _, unmappable) = was_in.encode(l);
            if unmappable || bytes.iter().all(u8::is_ascii) {
                continue;
            }
            let garbled = read_as.decode_without_bom_handling(&bytes).0;
            if garbled == l.as_str() {
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
