//! Throughput of `normalize_page` over the sample pages (and over the extraction benchmark's pages
//! when `../shared/eval/extraction` is there), and of each stage on the sample pages.
//!
//!     cargo bench --bench pipeline
//!
//! Criterion reports MB/s (`Throughput::Bytes`); whatlang alone on the same blocks is timed in the
//! same run, so the ratio holds on a noisy machine.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pagenorm::{PageLimits, PageOptions};
use std::hint::black_box;

fn pages() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The extraction benchmark's pages (`../shared/eval/extraction/html/*.html.gz`, decompressed with
/// `gzip -dc`), when that development set is beside the project; none otherwise.
fn extraction_pages() -> Vec<Vec<u8>> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/extraction/html"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let out = std::process::Command::new("gzip")
                .arg("-dc")
                .arg(p)
                .output()
                .ok()?;
            out.status.success().then_some(out.stdout)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let total: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let opts = PageOptions::default();

    let mut g = c.benchmark_group("normalize_page");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("all sample pages", |b| {
        b.iter(|| {
            for (_, bytes) in &pages {
                black_box(pagenorm::normalize_page(black_box(bytes), &opts).unwrap());
            }
        })
    });
    // The extraction benchmark's 181 pages of the open web (English, mostly), if present.
    let extraction = extraction_pages();
    if !extraction.is_empty() {
        let bytes: usize = extraction.iter().map(Vec::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("extraction benchmark pages", |b| {
            b.iter(|| {
                for page in &extraction {
                    black_box(pagenorm::normalize_page(black_box(page), &opts).ok());
                }
            })
        });
    }
    g.finish();

    // Stages, on the sample pages.
    let texts: Vec<String> = pages
        .iter()
        .map(|(_, b)| pagenorm::decode(b, None, None).text.into_owned())
        .collect();
    let blocks: Vec<String> = texts
        .iter()
        .flat_map(|t| pagenorm::html::parse(t, &PageLimits::default()).blocks)
        .map(|b| b.text)
        .collect();
    let block_bytes: usize = blocks.iter().map(String::len).sum();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("decode", |b| {
        b.iter(|| {
            for (_, bytes) in &pages {
                black_box(pagenorm::decode(black_box(bytes), None, None));
            }
        })
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(pagenorm::html::parse(black_box(t), &PageLimits::default()));
            }
        })
    });
    g.throughput(Throughput::Bytes(block_bytes as u64));
    g.bench_function("clean", |b| {
        b.iter(|| {
            for t in &blocks {
                black_box(pagenorm::clean(black_box(t)));
            }
        })
    });
    g.bench_function("detect", |b| {
        b.iter(|| {
            for t in &blocks {
                black_box(pagenorm::detect(black_box(t)));
            }
        })
    });
    g.bench_function("whatlang alone", |b| {
        b.iter(|| {
            for t in &blocks {
                black_box(whatlang::detect(black_box(t)));
            }
        })
    });
    g.finish();

    let uz =
        "Ўзбекистон Республикаси Президенти Шавкат Мирзиёев бугун ҳукумат йиғилишини ўтказди. "
            .repeat(200);
    let scheme = pagenorm::Scheme::find("uz-Cyrl", "uz-Latn", None).unwrap();
    let mut g = c.benchmark_group("translit");
    g.throughput(Throughput::Bytes(uz.len() as u64));
    g.bench_function("uz-Cyrl→uz-Latn", |b| {
        b.iter(|| black_box(scheme.apply(black_box(&uz))))
    });
    g.finish();

    let page_text = texts.join("\n");
    let mut g = c.benchmark_group("names");
    g.throughput(Throughput::Bytes(page_text.len() as u64));
    g.bench_function("find_names", |b| {
        b.iter(|| black_box(pagenorm::find_names(black_box(&page_text), "Lukashenko")))
    });
    g.finish();
    // The measure: a 100 KB page (the sample pages' text, repeated and cut at 100 KB),
    // searched for a one-word and a two-word name.
    let long = page_text.repeat(100 * 1024 / page_text.len() + 1);
    let mut cut = 100 * 1024;
    while !long.is_char_boundary(cut) {
        cut -= 1;
    }
    let page_100k = &long[..cut];
    let mut g = c.benchmark_group("names-100KB");
    g.throughput(Throughput::Bytes(page_100k.len() as u64));
    for query in ["Lukashenko", "Shavkat Mirziyoyev"] {
        g.bench_function(format!("find_names {query}"), |b| {
            b.iter(|| black_box(pagenorm::find_names(black_box(page_100k), query)))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
