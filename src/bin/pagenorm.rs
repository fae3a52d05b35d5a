//! Command-line adapter of pagenorm: reads files or stdin, writes JSON. No logic of its own.

use pagenorm::{PageLimits, PageOptions};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
pagenorm — clean, comparable text from pages of the Central Asian and post-Soviet web

USAGE:
  pagenorm page [--url URL] [--charset LABEL] [--max-input-bytes N] [--translit Latn[:SYSTEM]] [FILE|-]
        Normalize a page (any encoding); prints the report as JSON.
  pagenorm article [--url URL] [--charset LABEL] [--translit Latn[:SYSTEM]] [FILE|-]
        The page's article as plain text: its title, then its content blocks (no captions),
        in the other script with --translit.
  pagenorm pages [--url URL] [--charset LABEL] [FILE|-]
        JSON lines: each input line is a path to a page; prints one report (or error) per line.
  pagenorm detect [TEXT…]        Language and script of TEXT (or of stdin).
  pagenorm translit --from TAG --to TAG [--system ID] [TEXT…]
        Transliterate TEXT (or stdin), e.g. --from uz-Cyrl --to uz-Latn.
  pagenorm schemes               List the transliteration systems.
  pagenorm key [NAME…]           The matching key of NAME (or of each stdin line).
  pagenorm find --query NAME [--query NAME…] [FILE|-]
        Every mention of NAME in the text, with byte offsets (several: spellings of one name,
        overlapping mentions joined).
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("pagenorm: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    flags: Vec<(String, String)>,
    rest: Vec<String>,
}

impl Args {
    fn parse(args: &[String], with_value: &[&str]) -> Result<Args, String> {
        let mut flags = Vec::new();
        let mut rest = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                if !with_value.contains(&name) {
                    return Err(format!("unknown option --{name}\n\n{USAGE}"));
                }
                let v = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
                flags.push((name.to_string(), v.clone()));
            } else {
                rest.push(a.clone());
            }
        }
        Ok(Args { flags, rest })
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn read_input(path: Option<&str>) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    match path {
        None | Some("-") => io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("stdin: {e}"))?,
        Some(p) => return std::fs::read(p).map_err(|e| format!("{p}: {e}")),
    };
    Ok(buf)
}

fn text_arg(rest: &[String]) -> Result<String, String> {
    if rest.is_empty() {
        let bytes = read_input(None)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    } else {
        Ok(rest.join(" "))
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    // Buffered: stdout alone is line-buffered, and serde_json writes a report in many pieces.
    let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    serde_json::to_writer(&mut out, value).map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())
}

fn page_options(a: &Args) -> Result<PageOptions, String> {
    let mut limits = PageLimits::default();
    if let Some(n) = a.get("max-input-bytes") {
        limits.max_input_bytes = n
            .parse()
            .map_err(|_| format!("--max-input-bytes: not a number: {n}"))?;
    }
    Ok(PageOptions {
        url: a.get("url").map(String::from),
        charset: a.get("charset").map(String::from),
        limits,
        // --translit Latn or --translit Latn:iso9
        translit: a.get("translit").map(|v| {
            let (to, system) = v.split_once(':').unwrap_or((v, ""));
            pagenorm::TranslitView {
                to: to.to_string(),
                system: (!system.is_empty()).then(|| system.to_string()),
            }
        }),
    })
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(format!("no command\n\n{USAGE}"));
    };
    match cmd.as_str() {
        "page" => {
            let a = Args::parse(rest, &["url", "charset", "max-input-bytes", "translit"])?;
            let bytes = read_input(a.rest.first().map(String::as_str))?;
            let report =
                pagenorm::normalize_page(&bytes, &page_options(&a)?).map_err(|e| e.to_string())?;
            print_json(&report)
        }
        "article" => {
            let a = Args::parse(rest, &["url", "charset", "max-input-bytes", "translit"])?;
            let bytes = read_input(a.rest.first().map(String::as_str))?;
            let opts = page_options(&a)?;
            let report = pagenorm::normalize_page(&bytes, &opts).map_err(|e| e.to_string())?;
            let mut out = io::BufWriter::new(io::stdout().lock());
            writeln!(out, "{}", report.article(opts.translit.is_some()))
                .and_then(|()| out.flush())
                .map_err(|e| e.to_string())
        }
        "pages" => {
            let a = Args::parse(rest, &["url", "charset", "max-input-bytes", "translit"])?;
            let opts = page_options(&a)?;
            let list: Box<dyn BufRead> = match a.rest.first().map(String::as_str) {
                None | Some("-") => Box::new(io::BufReader::new(io::stdin())),
                Some(p) => Box::new(io::BufReader::new(
                    std::fs::File::open(p).map_err(|e| format!("{p}: {e}"))?,
                )),
            };
            for line in list.lines() {
                let path = line.map_err(|e| e.to_string())?;
                if path.trim().is_empty() {
                    continue;
                }
                let result = read_input(Some(path.trim()))
                    .and_then(|b| pagenorm::normalize_page(&b, &opts).map_err(|e| e.to_string()));
                match result {
                    Ok(report) => {
                        print_json(&serde_json::json!({ "path": path, "report": report }))?
                    }
                    Err(e) => print_json(&serde_json::json!({ "path": path, "error": e }))?,
                }
            }
            Ok(())
        }
        "detect" => {
            let a = Args::parse(rest, &[])?;
            print_json(&pagenorm::detect(&text_arg(&a.rest)?))
        }
        "translit" => {
            let a = Args::parse(rest, &["from", "to", "system"])?;
            let from = a
                .get("from")
                .ok_or("translit needs --from (e.g. uz-Cyrl)")?;
            let to = a.get("to").ok_or("translit needs --to (e.g. uz-Latn)")?;
            let scheme =
                pagenorm::Scheme::find(from, to, a.get("system")).map_err(|e| e.to_string())?;
            let text = text_arg(&a.rest)?;
            print_json(&serde_json::json!({
                "system": scheme.info().system,
                "text": pagenorm::transliterate(&text, &scheme).map_err(|e| e.to_string())?,
            }))
        }
        "schemes" => print_json(&pagenorm::list_schemes()),
        "key" => {
            let a = Args::parse(rest, &[])?;
            if a.rest.is_empty() {
                for line in io::stdin().lock().lines() {
                    let name = line.map_err(|e| e.to_string())?;
                    print_json(
                        &serde_json::json!({ "name": name, "key": pagenorm::name_key(&name) }),
                    )?;
                }
                Ok(())
            } else {
                let name = a.rest.join(" ");
                print_json(&serde_json::json!({ "name": name, "key": pagenorm::name_key(&name) }))
            }
        }
        "find" => {
            let a = Args::parse(rest, &["query"])?;
            // --query more than once: spellings of one name, overlapping mentions joined.
            let queries: Vec<&str> = a
                .flags
                .iter()
                .filter(|(n, _)| n == "query")
                .map(|(_, v)| v.as_str())
                .collect();
            if queries.is_empty() {
                return Err("find needs --query NAME".into());
            }
            let bytes = read_input(a.rest.first().map(String::as_str))?;
            let text = String::from_utf8_lossy(&bytes);
            print_json(&pagenorm::find_any_name(&text, &queries))
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}
