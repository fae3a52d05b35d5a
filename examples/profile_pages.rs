//! `normalize_page` over the sample pages (tests/fixtures/pages, or the files named on the
//! command line) a number of times, with nothing else in the process: the program to run under a
//! profiler, where the CLI would add its JSON.
//!
//!     cargo build --release --example profile_pages
//!     valgrind --tool=callgrind target/release/examples/profile_pages [REPS] [FILE…]

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let reps: usize = match args.peek().and_then(|a| a.parse().ok()) {
        Some(n) => {
            args.next();
            n
        }
        None => 5,
    };
    let mut files: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    if files.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");
        files = std::fs::read_dir(dir)
            .expect("tests/fixtures/pages")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
    }
    let pages: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).unwrap_or_else(|e| panic!("{}: {e}", f.display())))
        .collect();
    let opts = pagenorm::PageOptions::default();
    let mut blocks = 0;
    for _ in 0..reps {
        for page in &pages {
            if let Ok(report) = pagenorm::normalize_page(std::hint::black_box(page), &opts) {
                blocks += report.blocks.len();
            }
        }
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    println!(
        "{} pages, {bytes} bytes, {reps} times: {blocks} blocks",
        pages.len()
    );
}
