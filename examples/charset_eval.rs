//! Encoding detection measured: text in each language is written in the legacy encodings its web
//! used, wrapped in a page that declares nothing, and guessed — by chardetng alone, by
//! pagenorm's own guesser (`decode::guess`, what the wasm build uses) and by the native build's
//! `decode::detect` (chardetng for CJK and the scripts without a profile, the guesser else). A guess
//! counts as right when it decodes the page to the same text as the true encoding (KOI8-R and
//! KOI8-U write Russian alike).
//!
//!     cargo run --release --example charset_eval [FILE.tsv …]
//!
//! Text: the last column of each TSV file (the language-ID development set:
//! `../shared/eval/lid_dev.tsv`, languages in its first column), and the translations of the
//! message catalogues installed under /usr/share/locale (Debian's packages; read at run time,
//! skipped when absent; not GTK 3's and GLib's, which the language profiles learnt from) for the
//! languages the TSV files lack. Each case is a "page" of five
//! consecutive texts, and a "line" of one (the development set's short rows: 20–60 letters).
//!
//! Set CHARSET_EVAL_MISSES=1 to print the own guesser's misses with its costs.

use encoding_rs::Encoding;
use std::collections::BTreeMap;

/// The legacy encodings each language's pages were written in.
fn encodings(lang: &str) -> &'static [&'static str] {
    match lang {
        "ru" => &["windows-1251", "KOI8-R", "IBM866", "ISO-8859-5"],
        "uk" => &["windows-1251", "KOI8-U"],
        "be" | "bg" | "mk" | "sr" | "kk" | "ky" | "tg" | "uz" => &["windows-1251"],
        "de" | "fr" | "es" | "pt" | "it" | "nl" | "sv" | "da" | "nb" | "fi" | "ca" => {
            &["windows-1252"]
        }
        "pl" | "cs" | "sk" | "hu" | "hr" | "sl" | "ro" => &["windows-1250", "ISO-8859-2"],
        "tr" => &["windows-1254"],
        "lt" | "lv" | "et" => &["windows-1257"],
        "el" => &["windows-1253"],
        "he" => &["windows-1255"],
        "ar" => &["windows-1256"],
        "th" => &["windows-874"],
        "ja" => &["Shift_JIS", "EUC-JP"],
        "ko" => &["EUC-KR"],
        "zh_CN" => &["GBK"],
        "zh_TW" => &["Big5"],
        _ => &[],
    }
}

/// Translations from a GNU .mo file.
fn mo_strings(bytes: &[u8]) -> Vec<String> {
    let word = |at: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    let mut out = Vec::new();
    if word(0) != Some(0x9504_12de) {
        return out;
    }
    let (Some(n), Some(table)) = (word(8), word(16)) else {
        return out;
    };
    for i in 1..n as usize {
        let (Some(len), Some(off)) = (
            word(table as usize + 8 * i),
            word(table as usize + 8 * i + 4),
        ) else {
            break;
        };
        if let Some(s) = bytes
            .get(off as usize..(off + len) as usize)
            .and_then(|b| std::str::from_utf8(b).ok())
        {
            let s = s
                .split('\0')
                .next()
                .unwrap_or("")
                .replace(['\n', '_', '&', '%'], " ");
            if s.chars().filter(|c| !c.is_ascii()).count() >= 3 {
                out.push(s);
            }
        }
    }
    out
}

fn main() {
    let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for path in std::env::args().skip(1) {
        let data = std::fs::read_to_string(&path).expect("a TSV file");
        for line in data.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if let (Some(lang), Some(text)) = (cols.first(), cols.last()) {
                texts
                    .entry(lang.to_string())
                    .or_default()
                    .push(text.to_string());
            }
        }
    }
    for lang in [
        "de", "fr", "es", "pl", "cs", "hu", "tr", "lt", "el", "he", "ar", "th", "ja", "ko",
        "zh_CN", "zh_TW", "bg",
    ] {
        if texts.contains_key(lang) {
            continue;
        }
        let Ok(dir) = std::fs::read_dir(format!("/usr/share/locale/{lang}/LC_MESSAGES")) else {
            continue;
        };
        // Not GTK 3's and GLib's, which the language profiles learnt from.
        let mut files: Vec<_> = dir
            .flatten()
            .map(|e| e.path())
            .filter(|p| !p.ends_with("gtk30.mo") && !p.ends_with("glib20.mo"))
            .collect();
        files.sort();
        let mut lines = Vec::new();
        for f in files {
            lines.extend(mo_strings(&std::fs::read(f).unwrap_or_default()));
            if lines.len() > 2000 {
                break;
            }
        }
        if !lines.is_empty() {
            texts.insert(lang.to_string(), lines);
        }
    }
    let misses = std::env::var_os("CHARSET_EVAL_MISSES").is_some();
    let costs_out = std::env::var_os("CHARSET_EVAL_COSTS").is_some();
    // Per kind (pages, lines): cases, right by the own guesser, by chardetng, by the native build.
    let mut totals = [[0u32; 4]; 2];
    println!(
        "language\tencoding\tcases\tpages: own\tchardetng\tnative\tlines: own\tchardetng\tnative"
    );
    for (lang, lines) in &texts {
        for &name in encodings(lang) {
            let encoding = Encoding::for_label(name.as_bytes()).unwrap();
            let mut row = [[0u32; 4]; 2];
            for (kind, size) in [(0, 5), (1, 1)] {
                for chunk in lines.chunks(size).take(200) {
                    let text = chunk.join(" ");
                    let (bytes, _, unmappable) = encoding.encode(&text);
                    if unmappable || bytes.is_ascii() {
                        continue;
                    }
                    let mut page = b"<html><body><p>".to_vec();
                    page.extend_from_slice(&bytes);
                    page.extend_from_slice(b"</p></body></html>");
                    let truth = encoding.decode_without_bom_handling(&page).0;
                    let same =
                        |e: &'static Encoding| e.decode_without_bom_handling(&page).0 == truth;
                    let own = pagenorm::decode::guess::guess(&page, None);
                    let chardet = pagenorm::decode::detect_with_chardetng(&page, None);
                    let native = pagenorm::decode::detect(&page, None);
                    row[kind][0] += 1;
                    row[kind][1] += u32::from(same(own));
                    row[kind][2] += u32::from(same(chardet));
                    row[kind][3] += u32::from(same(native));
                    if costs_out {
                        for (e, c) in pagenorm::decode::guess::explain(&page, None) {
                            let truth = if same(e) { "true" } else { "wrong" };
                            println!("cost\t{lang}\t{kind}\t{truth}\t{}\t{c:.3}", e.name());
                        }
                    }
                    if misses && !same(own) {
                        let mut costs = pagenorm::decode::guess::explain(&page, None);
                        costs.sort_by(|a, b| a.1.total_cmp(&b.1));
                        let costs: Vec<String> = costs
                            .iter()
                            .take(4)
                            .map(|(e, c)| format!("{} {c:.2}", e.name()))
                            .collect();
                        let shown: String = text.chars().take(70).collect();
                        println!(
                            "miss\t{lang}\t{name}\t{}\t{}\t{shown}",
                            own.name(),
                            costs.join(", ")
                        );
                    }
                }
            }
            println!("{lang}\t{name}\t{}", figures(&row));
            for k in 0..2 {
                for c in 0..4 {
                    totals[k][c] += row[k][c];
                }
            }
        }
    }
    println!("all\t\t{}", figures(&totals));
}

/// "pages/lines", then the share right by each guesser, pages then lines.
fn figures(row: &[[u32; 4]; 2]) -> String {
    let pct = |k: usize, c: usize| 100.0 * row[k][c] as f64 / row[k][0].max(1) as f64;
    format!(
        "{}/{}\t{:.1}\t{:.1}\t{:.1}\t{:.1}\t{:.1}\t{:.1}",
        row[0][0],
        row[1][0],
        pct(0, 1),
        pct(0, 2),
        pct(0, 3),
        pct(1, 1),
        pct(1, 2),
        pct(1, 3)
    )
}
