//! Cost of `normalize_page` against input size, 1 KB to 10 MB, time per MB at each size (linear
//! time shows as a flat line), on two kinds of page:
//! - the body of a sample page repeated;
//! - paragraphs that each name new people beside a name every paragraph repeats (`Then Bob
//!   Kuvalo met Bob …`): thousands of distinct names, the name index's worst case (before
//!   session 16 it grew with the square of their number: 7.8 s for 1.9 MB).
//!
//!     cargo run --release --example scaling

use std::time::Instant;

fn table(title: &str, body: &dyn Fn(usize) -> String) {
    println!("\n{title}\n\n| input | time | MB/s |\n|---|---|---|");
    for size in [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20] {
        let mut html = String::from("<!DOCTYPE html><meta charset=utf-8><body>");
        let mut i = 0;
        while html.len() < size {
            html.push_str(&body(i));
            i += 1;
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

/// A made-up capitalized name, different for each `n` (three consonant–vowel syllables).
fn name(n: usize) -> String {
    const C: &[u8] = b"bdfgklmnprstvz";
    const V: &[u8] = b"aeiou";
    let mut x = n.wrapping_mul(2_654_435_761) ^ 0x5bd1;
    let mut s = String::new();
    for _ in 0..3 {
        s.push(C[x % C.len()] as char);
        x /= C.len();
        s.push(V[x % V.len()] as char);
        x /= V.len();
    }
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn main() {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pages/daryo-cis.html"
    ))
    .unwrap();
    let body = &page[page.find("<body>").unwrap() + 6..page.find("</body>").unwrap()];
    table("The Daryo sample page's body, repeated:", &|_| {
        body.to_string()
    });
    table(
        "Paragraphs naming new people (the name index's worst case):",
        &|i| {
            format!(
                "<p>Then Bob {} met Bob at noon with {} Bob {}.</p>",
                name(3 * i),
                name(3 * i + 1),
                name(3 * i + 2)
            )
        },
    );
}
