//! Main-content extraction scored as the scrapinghub article-extraction benchmark scores it:
//! precision, recall and F1 over 4-token shingles of `\w+` tokens (as multisets), per page, then
//! averaged; beside "keep all text" on the same pages, and time per page. The text scored is
//! `PageReport::article_text` (content blocks without the title and captions, which the
//! benchmark's article bodies leave out).
//!
//!     cargo run --release --example extraction_eval -- DIR [DIR …]
//!
//! With `EXTRACTION_EVAL_PAGES=1`, a line per page: precision, recall, F1, and F1 keeping all text.
//!
//! Each DIR holds `ground-truth.json` (`{ name: { articleBody, url } }`) and the pages, as
//! `html/NAME.html.gz` (decompressed with `gzip -dc`) or `NAME.html`.

use std::collections::HashMap;
use std::time::Instant;

fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn shingles(text: &str) -> HashMap<Vec<String>, u32> {
    let t = tokens(text);
    let mut m = HashMap::new();
    for w in t.windows(4) {
        *m.entry(w.to_vec()).or_default() += 1;
    }
    if t.len() < 4 && !t.is_empty() {
        *m.entry(t).or_default() += 1;
    }
    m
}

fn prf(pred: &str, truth: &str) -> (f64, f64, f64) {
    let (p, t) = (shingles(pred), shingles(truth));
    let common: u32 = p
        .iter()
        .map(|(k, v)| (*v).min(*t.get(k).unwrap_or(&0)))
        .sum();
    let (np, nt): (u32, u32) = (p.values().sum(), t.values().sum());
    let precision = if np == 0 {
        0.0
    } else {
        common as f64 / np as f64
    };
    let recall = if nt == 0 {
        0.0
    } else {
        common as f64 / nt as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: extraction_eval DIR [DIR …]");
        std::process::exit(2);
    }
    for dir in dirs {
        let truth: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/ground-truth.json")).unwrap(),
        )
        .unwrap();
        let truth = truth.as_object().unwrap();
        let (mut sum, mut all, mut n, mut secs) = ((0.0, 0.0, 0.0), 0.0, 0, 0.0);
        let mut times = Vec::new();
        let mut names: Vec<&String> = truth.keys().collect();
        names.sort();
        for name in names {
            let body = truth[name]["articleBody"].as_str().unwrap_or("");
            let url = truth[name]["url"].as_str().map(String::from);
            let gz = format!("{dir}/html/{name}.html.gz");
            let bytes = if std::path::Path::new(&gz).exists() {
                std::process::Command::new("gzip")
                    .args(["-dc", &gz])
                    .output()
                    .unwrap()
                    .stdout
            } else {
                let file = truth[name]["file"]
                    .as_str()
                    .map_or_else(|| format!("{name}.html"), String::from);
                match std::fs::read(format!("{dir}/{file}")) {
                    Ok(b) => b,
                    Err(_) => {
                        eprintln!("skipped {name}: {dir}/{file} is missing");
                        continue;
                    }
                }
            };
            let opts = pagenorm::PageOptions {
                url,
                ..Default::default()
            };
            let t0 = Instant::now();
            let r = pagenorm::normalize_page(&bytes, &opts).unwrap();
            let dt = t0.elapsed().as_secs_f64();
            secs += dt;
            times.push(dt);
            let everything: Vec<&str> = r.blocks.iter().map(|b| b.text.as_str()).collect();
            let (p, rc, f) = prf(&r.article_text(), body);
            let keep_all = prf(&everything.join("\n"), body).2;
            if std::env::var_os("EXTRACTION_EVAL_PAGES").is_some() {
                println!("page\t{name}\t{p:.3}\t{rc:.3}\t{f:.3}\t(all text {keep_all:.3})");
            }
            sum = (sum.0 + p, sum.1 + rc, sum.2 + f);
            all += keep_all;
            n += 1;
        }
        times.sort_by(f64::total_cmp);
        let k = n as f64;
        println!(
            "{dir}: {n} pages — precision {:.3}, recall {:.3}, F1 {:.3} (keeping all text: F1 {:.3}); median {:.1} ms, mean {:.1} ms per page",
            sum.0 / k,
            sum.1 / k,
            sum.2 / k,
            all / k,
            times[times.len() / 2] * 1e3,
            secs / k * 1e3
        );
    }
}
