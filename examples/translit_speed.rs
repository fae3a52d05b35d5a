//! Throughput of every transliteration system, on published text in its source script: the
//! language-ID training text of the language (`data/lid/`: UDHR, CLDR, GNOME translations),
//! repeated to 1 MB. For ru-Latn → ru the input is that Russian text written in ISO 9.
//!
//!     cargo run --release --example translit_speed
use pagenorm::{list_schemes, Scheme};
use std::time::Instant;

fn corpus(tag: &str) -> Option<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/data/lid/");
    let files: &[&str] = match tag {
        "uz-Cyrl" => &["corpus/uz-Cyrl.txt", "catalogs/uz-Cyrl.txt"],
        "uz-Latn" => &["corpus/uz-Latn.txt", "catalogs/uz-Latn.txt"],
        "ru" => &["corpus/ru.txt", "catalogs/ru.txt"],
        "be" => &["corpus/be.txt", "catalogs/be.txt"],
        "be-Latn" => &["catalogs/be-Latn.txt"],
        "uk" => &["corpus/uk.txt", "catalogs/uk.txt"],
        "kk-Cyrl" => &["corpus/kk.txt", "catalogs/kk.txt"],
        "kk-Latn" => &["augmented/kk-Latn.txt"],
        "ky" => &["corpus/ky.txt", "catalogs/ky.txt"],
        "kaa" => &["corpus/kaa.txt"],
        "kaa-Latn" => &["augmented/kaa-Latn.txt"],
        "tg" => &["corpus/tg.txt", "catalogs/tg.txt"],
        "ru-Latn" => {
            let iso9 = Scheme::find("ru", "ru-Latn", Some("iso9")).ok()?;
            return corpus("ru").map(|t| iso9.apply(&t).into_owned());
        }
        _ => return None,
    };
    let mut text = String::new();
    for f in files {
        let t = std::fs::read_to_string(format!("{root}{f}")).ok()?;
        for line in t.lines().filter(|l| !l.starts_with('#')) {
            text.push_str(line);
            text.push('\n');
        }
    }
    Some(text)
}

fn main() {
    println!("| from → to [system] | MB/s |");
    println!("|---|---|");
    for info in list_schemes() {
        let Some(base) = corpus(info.from) else {
            println!(
                "| {} → {} [{}] | (no text) |",
                info.from, info.to, info.system
            );
            continue;
        };
        let text = base.repeat((1 << 20) / base.len().max(1) + 1);
        let scheme = Scheme::find(info.from, info.to, Some(info.system)).expect("listed scheme");
        let t0 = Instant::now();
        let mut bytes = 0usize;
        while t0.elapsed().as_millis() < 600 {
            std::hint::black_box(scheme.apply(std::hint::black_box(&text)));
            bytes += text.len();
        }
        let mbs = bytes as f64 / 1e6 / t0.elapsed().as_secs_f64();
        println!(
            "| {} → {} [{}] | {mbs:.0} |",
            info.from, info.to, info.system
        );
    }
}
