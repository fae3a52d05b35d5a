//! One stage of the pipeline — `clean` or `detect` — over the blocks of the sample pages
//! (tests/fixtures/pages), a number of times, with nothing else in the process: the program to
//! run under a profiler when a stage's own benchmark (`cargo bench --bench pipeline -- stages`)
//! moves.
//!
//!     cargo build --release --example profile_stage
//!     valgrind --tool=callgrind target/release/examples/profile_stage clean [REPS] [TSV]
//!
//! With a TSV file (lid_eval's format: language, script, length class, source, text), its sentence rows are
//! the texts instead of the pages' blocks — detection one sentence at a time, as lid_eval times it;
//! with any other file, its lines.
//!
//! The stage `translit:FROM:TO:SYSTEM` (`translit:ru:ru-Latn:bgn-pcgn`) transliterates the texts.

fn main() {
    let mut args = std::env::args().skip(1);
    let stage = args.next().unwrap_or_else(|| "clean".into());
    let reps: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures/pages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    files.sort();
    let sentences: Option<Vec<String>> = args.next().map(|tsv| {
        std::fs::read_to_string(&tsv)
            .unwrap_or_else(|e| panic!("{tsv}: {e}"))
            .lines()
            .filter_map(|l| {
                if !tsv.ends_with(".tsv") {
                    return (!l.starts_with('#')).then(|| l.to_string());
                }
                let f: Vec<&str> = l.split('\t').collect();
                (f.len() >= 4 && f[2] == "sentence").then(|| f[f.len() - 1].to_string())
            })
            .collect()
    });
    let blocks: Vec<String> = sentences.unwrap_or_else(|| {
        files
            .iter()
            .map(|f| std::fs::read(f).expect("page"))
            .map(|b| pagenorm::decode(&b, None, None).text.into_owned())
            .flat_map(|t| pagenorm::html::parse(&t, &pagenorm::PageLimits::default()).blocks)
            .map(|b| b.text)
            .collect()
    });
    let scheme = stage.strip_prefix("translit:").map(|s| {
        let p: Vec<&str> = s.split(':').collect();
        pagenorm::Scheme::find(p[0], p.get(1).copied().unwrap_or(""), p.get(2).copied())
            .unwrap_or_else(|e| panic!("{s}: {e}"))
    });
    let mut n = 0usize;
    for _ in 0..reps {
        for b in &blocks {
            n += match stage.as_str() {
                _ if scheme.is_some() => scheme
                    .as_ref()
                    .map_or(0, |s| s.apply(std::hint::black_box(b)).len()),
                "clean" => pagenorm::clean(std::hint::black_box(b)).text.len(),
                "detect" => pagenorm::detect(std::hint::black_box(b)).lang.len(),
                "whatlang" => {
                    whatlang::detect(std::hint::black_box(b)).map_or(0, |i| i.lang().code().len())
                }
                other => {
                    eprintln!(
                        "unknown stage {other}: clean, detect, whatlang or translit:FROM:TO:SYSTEM"
                    );
                    std::process::exit(2);
                }
            };
        }
    }
    let bytes: usize = blocks.iter().map(String::len).sum();
    println!(
        "{stage}: {} blocks, {bytes} bytes, {reps} times ({n})",
        blocks.len()
    );
}
