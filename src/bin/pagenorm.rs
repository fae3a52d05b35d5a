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
  pagenorm pages [--jobs N] [--url URL] [--charset LABEL] [FILE|-]
        JSON lines: each input line is a path to a page; prints one report (or error) per line,
        in the order of the list; N pages at a time (default: the machine's cores).
  pagenorm names [--jobs N] [--top N] [--url URL] [--charset LABEL] [FILE|-]
        One name index over many pages: each input line is a path to a page; prints the N
        names mentioned most (default 100), each page's index merged with the others' where
        their names' keys meet, as JSON lines with the pages and blocks (their numbers in the
        page's report) of each.
  pagenorm encoding [--url URL] [--charset LABEL] [FILE|-]
        The page's encoding and how it was found; for a page that declares none and is not
        UTF-8, each guesser's answer and how well the page's words read in each single-byte
        encoding (nats per n-gram, lower is better).
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

/// chardetng's answer, in a build that has it (feature `bundled-cjk`); `null` in one without.
fn chardetng_guess(sample: &[u8], tld: Option<&str>) -> Option<&'static str> {
    #[cfg(feature = "bundled-cjk")]
    return Some(pagenorm::decode::detect_with_chardetng(sample, tld).name());
    #[cfg(not(feature = "bundled-cjk"))]
    {
        let _ = (sample, tld);
        None
    }
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

/// The list of page paths of `pages` and `names`: the file named, or stdin. A list that begins
/// with `<` is a page given where its path was wanted (`pagenorm names < page.html`): one clear
/// error, not one per line of markup read as a path.
fn list_arg(a: &Args, command: &str) -> Result<Box<dyn BufRead + Send>, String> {
    let mut list: Box<dyn BufRead + Send> = match a.rest.first().map(String::as_str) {
        None | Some("-") => Box::new(io::BufReader::new(io::stdin())),
        Some(p) => Box::new(io::BufReader::new(
            std::fs::File::open(p).map_err(|e| format!("{p}: {e}"))?,
        )),
    };
    let head = list.fill_buf().map_err(|e| e.to_string())?;
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') {
        return Err(format!(
            "{command} reads a list of page paths, one per line, and this looks like a page \
             (it begins with '<'): list the pages (`ls *.html | pagenorm {command}`), or use \
             `pagenorm page FILE` for one page"
        ));
    }
    Ok(list)
}

/// `--jobs N`: pages normalized at a time (default: the machine's cores).
fn jobs_arg(a: &Args) -> Result<usize, String> {
    match a.get("jobs") {
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|&n| (1..=256).contains(&n))
            .ok_or_else(|| format!("--jobs: not a number from 1 to 256: {n}")),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// One JSON line per listed page, in the order of the list, normalized `jobs` at a time: each
/// worker takes the next path, reads and normalizes the page and writes its line; lines that
/// finish early wait (at most `4 × jobs` of them) until those before them are printed.
fn pages(list: Box<dyn BufRead + Send>, opts: &PageOptions, jobs: usize) -> Result<(), String> {
    use std::sync::{mpsc, Condvar, Mutex};
    let window = 4 * jobs;
    // The list's lines as they are read; the index of the next page to take, and of the next to
    // print.
    let queue = Mutex::new((list.lines(), 0usize, 0usize));
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Result<String, String>)>();
    let one = |path: &str| -> String {
        let result = read_input(Some(path.trim()))
            .and_then(|b| pagenorm::normalize_page(&b, opts).map_err(|e| e.to_string()));
        let value = match result {
            Ok(report) => serde_json::json!({ "path": path, "report": report }),
            Err(e) => serde_json::json!({ "path": path, "error": e }),
        };
        serde_json::to_string(&value).unwrap_or_else(|e| e.to_string())
    };
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (queue, moved) = (&queue, &moved);
            scope.spawn(move || loop {
                let (index, path) = {
                    let Ok(mut q) = queue.lock() else { return };
                    while q.1 >= q.2.saturating_add(window) {
                        q = match moved.wait(q) {
                            Ok(q) => q,
                            Err(_) => return,
                        };
                    }
                    // The printer has stopped (an error): take no more.
                    if q.2 == STOPPED {
                        return;
                    }
                    let path = loop {
                        match q.0.next() {
                            None => return,
                            Some(Err(e)) => break Err(e.to_string()),
                            Some(Ok(p)) if p.trim().is_empty() => continue,
                            Some(Ok(p)) => break Ok(p),
                        }
                    };
                    q.1 += 1;
                    (q.1 - 1, path)
                };
                let line = path.map(|p| one(&p));
                let failed = line.is_err();
                if tx.send((index, line)).is_err() || failed {
                    return;
                }
            });
        }
        drop(tx);
        let printed = (|| {
            let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
            let mut waiting = std::collections::BTreeMap::new();
            let mut next = 0;
            for (index, line) in rx {
                waiting.insert(index, line);
                while let Some(line) = waiting.remove(&next) {
                    // A list that cannot be read ends the run with its error.
                    let line = line?;
                    writeln!(out, "{line}").map_err(|e| e.to_string())?;
                    next += 1;
                    if let Ok(mut q) = queue.lock() {
                        q.2 = next;
                    }
                    moved.notify_all();
                }
            }
            out.flush().map_err(|e| e.to_string())
        })();
        // Workers waiting for room stop too (they are joined when the scope ends).
        if let Ok(mut q) = queue.lock() {
            q.2 = STOPPED;
        }
        moved.notify_all();
        printed
    })
}

/// The content blocks (number in the page's report, text, language) of each listed page, normalized `jobs` at a time, in the
/// order of the list; a page that cannot be read or normalized is reported on stderr and left out.
type Content = Vec<(usize, String, &'static str)>;

fn content_of(paths: &[String], opts: &PageOptions, jobs: usize) -> Vec<Content> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Content)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = paths.get(i) else { break };
                        let report = read_input(Some(path)).and_then(|b| {
                            pagenorm::normalize_page(&b, opts).map_err(|e| e.to_string())
                        });
                        match report {
                            Ok(r) => mine.push((
                                i,
                                r.blocks
                                    .into_iter()
                                    .enumerate()
                                    .filter(|(_, b)| !b.boilerplate)
                                    .map(|(i, b)| (i, b.text, b.lang))
                                    .collect(),
                            )),
                            Err(e) => eprintln!("pagenorm: {path}: {e}"),
                        }
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    done.sort_by_key(|d| d.0);
    let mut out = vec![Vec::new(); paths.len()];
    for (i, blocks) in done {
        out[i] = blocks;
    }
    out
}

/// `pages`' mark that the printer has stopped.
const STOPPED: usize = usize::MAX;

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
            let a = Args::parse(
                rest,
                &["url", "charset", "max-input-bytes", "translit", "jobs"],
            )?;
            let opts = page_options(&a)?;
            let jobs = jobs_arg(&a)?;
            pages(list_arg(&a, "pages")?, &opts, jobs)
        }
        "names" => {
            let a = Args::parse(rest, &["url", "charset", "max-input-bytes", "jobs", "top"])?;
            let opts = page_options(&a)?;
            let jobs = jobs_arg(&a)?;
            let top = match a.get("top") {
                Some(n) => n
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or_else(|| format!("--top: not a number from 1: {n}"))?,
                None => 100,
            };
            let list = list_arg(&a, "names")?;
            let mut paths = Vec::new();
            for line in list.lines() {
                let line = line.map_err(|e| e.to_string())?;
                if !line.trim().is_empty() {
                    paths.push(line.trim().to_string());
                }
            }
            let pages = content_of(&paths, &opts, jobs);
            // Each page's own full index, then the pages' entries merged.
            let indexes = pages.iter().map(|blocks| {
                pagenorm::names::name_index_top(
                    blocks.iter().map(|(i, t, lang)| (*i, t.as_str(), *lang)),
                    usize::MAX,
                )
            });
            let mut out = io::BufWriter::new(io::stdout().lock());
            for e in pagenorm::names::merge_indexes(indexes, top) {
                let pages: Vec<_> = e
                    .pages
                    .iter()
                    .map(|(p, b)| serde_json::json!({ "path": paths[*p], "blocks": b }))
                    .collect();
                let line = serde_json::json!({
                    "name": e.name,
                    "count": e.count,
                    "spellings": e.spellings,
                    "pages": pages,
                });
                writeln!(out, "{line}").map_err(|e| e.to_string())?;
            }
            out.flush().map_err(|e| e.to_string())
        }
        "encoding" => {
            let a = Args::parse(rest, &["url", "charset"])?;
            let bytes = read_input(a.rest.first().map(String::as_str))?;
            let tld = a.get("url").and_then(pagenorm::decode::tld_of_url);
            let tld = tld.as_deref();
            let d = pagenorm::decode(&bytes, a.get("charset"), tld);
            let mut out = serde_json::json!({
                "encoding": d.encoding.name(),
                "source": d.source,
                "hadErrors": d.had_errors,
            });
            if d.source == pagenorm::EncodingSource::Detected && d.encoding.name() != "UTF-8" {
                let sample = &bytes[..bytes.len().min(pagenorm::decode::DETECT_BYTES)];
                let mut costs = pagenorm::decode::guess::explain(sample, tld);
                costs.sort_by(|x, y| x.1.total_cmp(&y.1));
                out["guesses"] = serde_json::json!({
                    "pagenorm": pagenorm::decode::guess::guess(sample, tld).name(),
                    "chardetng": chardetng_guess(sample, tld),
                    "costs": costs
                        .iter()
                        .map(|(e, c)| serde_json::json!({ "encoding": e.name(), "cost": (f64::from(*c) * 1000.0).round() / 1000.0 }))
                        .collect::<Vec<_>>(),
                });
            }
            print_json(&out)
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
