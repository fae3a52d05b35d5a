//! Cost of `normalize_page` against input size: 1 KB to 10 MB of page built by repeating the body
//! of a sample page, time per MB at each size (linear time shows as a flat line).
//!
//!     cargo run --release --example scaling

use std::time::Instant;

fn main() {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pages/daryo-cis.html"
    ))
    .unwrap();
    let body = &page[page.find("<body>").unwrap() + 6..page.find("</body>").unwrap()];
    println!("| input | time | MB/s |\n|---|---|---|");
    for size in [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20] {
        let mut html = String::from("<!DOCTYPE html><meta charset=utf-8><body>");
        while html.len() < size {
            html.push_str(body);
        }
        let mut cut = size.min(html.len());
        while !html.is_char_boundary(cut) {
            cut -= 1;
        }
        html.truncate(cut);
        let reps = (20_000_000 / size).clamp(1, 200);
        let t0 = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(
                pagenorm::normalize_page(html.as_bytes(), &pagenorm::PageOptions::default())
                    .unwrap(),
            );
        }
        let secs = t0.elapsed().as_secs_f64() / reps as f64;
        println!(
            "| {} KB | {:.2} ms | {:.1} |",
            size >> 10,
            secs * 1e3,
            size as f64 / 1e6 / secs
        );
    }
}
