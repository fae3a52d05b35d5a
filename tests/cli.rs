//! The command-line tool (feature `cli`), run as a user runs it: its output on the sample pages,
//! and its errors (a clear message on stderr and exit code 2, never a panic).

use std::io::Write;
use std::process::{Command, Output, Stdio};

const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");

fn pagenorm(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pagenorm"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the pagenorm binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn ok(args: &[&str], stdin: &[u8]) -> String {
    let out = pagenorm(args, stdin);
    assert!(
        out.status.success(),
        "pagenorm {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(args: &[&str], stdin: &[u8]) -> serde_json::Value {
    serde_json::from_str(&ok(args, stdin)).expect("one JSON value")
}

fn page(name: &str) -> String {
    format!("{PAGES}/{name}")
}

#[test]
fn article_prints_the_title_then_the_content_without_menus() {
    let text = ok(&["article", &page("daryo-cis.html")], b"");
    assert!(
        text.starts_with(
            "CIS Secretary General, Sergei Lebedev urges to unite against \"external aggression\"\n\n"
        ),
        "{text}"
    );
    assert!(text.contains("He added that attempts of terrorist attacks"));
    assert!(!text.contains("Top headlines"), "a menu's words: {text}");
    // The same as the report's content blocks, from stdin too.
    let bytes = std::fs::read(page("daryo-cis.html")).unwrap();
    assert_eq!(ok(&["article", "-"], &bytes), text);
}

#[test]
fn article_of_plain_text_gives_its_first_line_once_as_the_title() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seeds/000_3c0255cfacd7beed.txt"
    );
    let text = ok(&["article", seed], b"");
    let title =
        "CIS Secretary General, Sergei Lebedev urges to unite against \"external aggression\"";
    assert!(
        text.starts_with(&format!(
            "{title}\n\nCIS Secretary General, Sergei Lebedev urged"
        )),
        "{text}"
    );
    assert_eq!(text.matches(title).count(), 1, "{text}");
}

#[test]
fn article_gives_the_title_once_when_a_line_of_the_page_repeats_it() {
    // As on a profile page: the name (the page's og:title) in a plain <div> after other content.
    let html = r#"<html><head><meta property="og:title" content="Geoffrey Hinton, Emeritus Professor of Computer Science"></head><body>
        <p>Professor emeritus of computer science, known for his work on artificial neural networks and deep learning.</p>
        <div>Geoffrey Hinton, Emeritus Professor of Computer Science</div>
        <p>He shared the 2018 Turing Award with Yoshua Bengio and Yann LeCun for their work on deep learning.</p>
        </body></html>"#;
    let text = ok(&["article", "-"], html.as_bytes());
    let title = "Geoffrey Hinton, Emeritus Professor of Computer Science";
    assert!(
        text.starts_with(&format!("{title}\n\nProfessor emeritus")),
        "{text}"
    );
    assert_eq!(text.matches(title).count(), 1, "{text}");
}

#[test]
fn article_with_translit_writes_each_block_in_latin() {
    let text = ok(
        &["article", "--translit", "Latn", &page("udhr-article1.html")],
        b"",
    );
    assert!(
        text.contains("Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar."),
        "{text}"
    );
    assert!(!text.contains("Барча одамлар"), "{text}");
    // Without it, the page's own scripts.
    let plain = ok(&["article", &page("udhr-article1.html")], b"");
    assert!(plain.contains("Барча одамлар"), "{plain}");
}

#[test]
fn a_windows_1251_page_is_decoded_by_its_declaration() {
    let report = json(&["page", &page("udhr-article1-cp1251.html")], b"");
    assert_eq!(report["encoding"], "windows-1251");
    let tags: Vec<&str> = report["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["boilerplate"] == false)
        .map(|b| b["tag"].as_str().unwrap())
        .collect();
    for tag in ["ru", "uk", "be-Cyrl", "en"] {
        assert!(tags.contains(&tag), "{tag} in {tags:?}");
    }
}

#[test]
fn pages_reports_each_path_and_each_failure_on_its_own_line() {
    let list = format!("{}\n\n/nonexistent/page.html\n", page("udhr-article1.html"));
    let out = ok(&["pages"], list.as_bytes());
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0]["report"]["blocks"].as_array().unwrap().len() > 5);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("/nonexistent/page.html"));
}

#[test]
fn pages_in_parallel_print_what_one_at_a_time_prints_in_the_list_s_order() {
    let mut names: Vec<String> = std::fs::read_dir(PAGES)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".html"))
        .collect();
    names.sort();
    // Each page three times, a missing one in the middle: more pages than workers.
    let mut list: Vec<String> = [names.clone(), names.clone(), names].concat();
    list.insert(5, "/nonexistent/page.html".into());
    let list = list.join("\n") + "\n";
    let one = ok(&["pages", "--jobs", "1"], list.as_bytes());
    let paths: Vec<String> = one
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["path"].to_string())
        .collect();
    let listed: Vec<String> = list.lines().map(|p| format!("{p:?}")).collect();
    assert_eq!(paths, listed);
    for jobs in ["2", "3", "8"] {
        assert_eq!(
            ok(&["pages", "--jobs", jobs], list.as_bytes()),
            one,
            "--jobs {jobs}"
        );
    }
    let out = pagenorm(&["pages", "--jobs", "0"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--jobs"));
}

#[test]
fn pages_stops_when_its_reader_goes_away() {
    // `pagenorm pages … | head -1`: the workers stop with the printer, none waits for ever.
    use std::io::{BufRead, BufReader};
    let page = format!("{PAGES}/daryo-cis.html\n");
    let list = page.repeat(200);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pagenorm"))
        .args(["pages", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("daryo-cis.html"));
    // The reader is gone (dropped above): the run ends, with an error.
    let t0 = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(t0.elapsed().as_secs() < 60, "pagenorm pages did not stop");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(!status.success());
}

#[test]
fn detect_translit_key_and_find() {
    let d = json(
        &[
            "detect",
            "Oʻzbekiston Respublikasi Prezidenti farmon imzoladi",
        ],
        b"",
    );
    assert_eq!(d["tag"], "uz-Latn");
    let t = json(
        &[
            "translit",
            "--from",
            "uz-Cyrl",
            "--to",
            "uz-Latn",
            "ШАВКАТ Мирзиёев",
        ],
        b"",
    );
    assert_eq!(t["text"], "SHAVKAT Mirziyoyev");
    assert_eq!(t["system"], "official");
    // From stdin, a line at a time: one key for every spelling.
    let keys: Vec<serde_json::Value> =
        ok(&["key"], "Лукашенко\nŁukašenka\nLukashenko\n".as_bytes())
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    assert_eq!(keys.len(), 3);
    assert!(keys.iter().all(|k| k["key"] == keys[0]["key"]), "{keys:?}");
    let found = json(
        &["find", "--query", "Lukashenko"],
        "Łukašenka i Лукашэнка".as_bytes(),
    );
    assert_eq!(found.as_array().unwrap().len(), 2, "{found}");
    let schemes = json(&["schemes"], b"");
    assert!(schemes.as_array().unwrap().len() >= 28);
}

#[test]
fn mistakes_get_a_message_and_exit_code_2() {
    for (args, says) in [
        (&["translit", "--from", "xx", "--to", "yy", "a"][..], "xx"),
        (&["translit", "--to", "uz-Latn", "a"][..], "--from"),
        (&["frobnicate"][..], "unknown command"),
        (&[][..], "no command"),
        (&["page", "--colour", "red"][..], "unknown option --colour"),
        (
            &["page", "/nonexistent/page.html"][..],
            "/nonexistent/page.html",
        ),
        (&["page", "--max-input-bytes", "ten"][..], "not a number"),
        (&["find", "-"][..], "--query"),
    ] {
        let out = pagenorm(args, b"");
        assert_eq!(out.status.code(), Some(2), "pagenorm {args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("pagenorm: "), "{err}");
        assert!(err.contains(says), "pagenorm {args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // A page given where a list of paths was wanted: one message, no line per line of markup.
    let html = std::fs::read(page("daryo-cis.html")).unwrap();
    for command in ["names", "pages"] {
        let out = pagenorm(&[command], &html);
        assert_eq!(out.status.code(), Some(2), "pagenorm {command}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("list of page paths"), "{err}");
        assert!(out.stdout.is_empty());
    }
    // Over the input limit: the limit's own message.
    let out = pagenorm(&["page", "--max-input-bytes", "10", "-"], &[b'a'; 100]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn empty_and_binary_input_give_a_report() {
    let empty = json(&["page", "-"], b"");
    assert_eq!(empty["blocks"].as_array().unwrap().len(), 0);
    let garbage: Vec<u8> = (0..4096u64)
        .map(|i| (i * 2_654_435_761 % 251) as u8)
        .collect();
    let report = json(&["page", "-"], &garbage);
    assert!(report["blocks"].is_array());
    assert_eq!(ok(&["article", "-"], b""), "\n");
}

#[test]
fn names_merges_the_pages_indexes() {
    let dir = std::env::temp_dir().join(format!("pagenorm-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, body: &str| {
        let path = dir.join(name);
        std::fs::write(
            &path,
            format!("<html><body><article>{body}</article></body></html>"),
        )
        .unwrap();
        path.to_string_lossy().into_owned()
    };
    let a = write(
        "a.html",
        "<p>Bugun Jamshid Xoʻjayev Toshkentga keldi. Keyin Jamshid Xoʻjayev gapirdi.</p>\
         <p>Бугун Жамшид Хўжаев келди.</p>",
    );
    let b = write(
        "b.html",
        "<p>Эртага Жамшид Хўжаев Самарқандга боради. Кейин Жамшид Хўжаев гапирди.</p>",
    );
    let c = write(
        "c.html",
        "<p>The talks went on. President Alexander Lukashenko spoke, and Lukashenko left.</p>",
    );
    let d = write(
        "d.html",
        "<p>Later Lukashenko said more. Then Lukashenko went home.</p>",
    );
    let missing = dir.join("none.html").to_string_lossy().into_owned();
    let list = format!("{a}\n{b}\n\n{c}\n{missing}\n{d}\n");
    let out = pagenorm(&["names", "--jobs", "2"], list.as_bytes());
    assert!(out.status.success());
    // A page that cannot be read is named on stderr; the others are indexed.
    assert!(String::from_utf8_lossy(&out.stderr).contains("none.html"));
    let entries: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let with = |spelling: &str| {
        entries
            .iter()
            .find(|e| {
                e["spellings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| s["text"] == spelling)
            })
            .unwrap_or_else(|| panic!("{spelling}: {entries:#?}"))
    };
    // One person across both pages and both scripts.
    let jx = with("Jamshid Xoʻjayev");
    assert_eq!(jx, with("Жамшид Хўжаев"));
    let pages: Vec<&str> = jx["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert_eq!(pages, vec![a.as_str(), b.as_str()]);
    assert_eq!(jx["count"], 5);
    // A surname alone on one page joins the only longer name that holds it.
    let luka = with("Alexander Lukashenko");
    assert_eq!(luka["name"], "Alexander Lukashenko");
    assert_eq!(luka["pages"].as_array().unwrap().len(), 2, "{luka:#}");
    assert_eq!(
        ok(
            &["names", "--top", "1"],
            list.replace(&missing, "").as_bytes()
        )
        .lines()
        .count(),
        1
    );
    std::fs::remove_dir_all(&dir).ok();
    // Blocks are numbered as in the page's report.
    let daryo = page("daryo-cis.html");
    let report = json(&["page", &daryo], b"");
    let first: serde_json::Value =
        serde_json::from_str(ok(&["names"], daryo.as_bytes()).lines().next().unwrap()).unwrap();
    assert_eq!(first["name"], report["names"][0]["name"]);
    assert_eq!(first["pages"][0]["blocks"], report["names"][0]["blocks"]);
}

#[test]
fn encoding_says_how_a_page_s_encoding_was_found() {
    let declared = json(&["encoding", &page("udhr-article1-cp1251.html")], b"");
    assert_eq!(declared["encoding"], "windows-1251");
    assert_eq!(declared["source"], "meta");
    assert!(declared.get("guesses").is_none());
    // An undeclared KOI8-R page: both guessers' answers, and how well its words read in each
    // single-byte encoding, best first.
    let koi8 = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/encodings/KOI8-R.html"
    );
    let r = json(&["encoding", koi8], b"");
    assert_eq!(
        (&r["encoding"], &r["source"]),
        (&"KOI8-R".into(), &"detected".into())
    );
    assert_eq!(r["guesses"]["pagenorm"], "KOI8-R");
    let costs = r["guesses"]["costs"].as_array().unwrap();
    assert_eq!(costs[0]["encoding"], "KOI8-U"); // standing for both KOI8s
    let cost = |i: usize| costs[i]["cost"].as_f64().unwrap();
    assert!((1..costs.len()).all(|i| cost(i - 1) <= cost(i)));
    // The transport charset wins, and a page in plain ASCII is UTF-8 without a guess.
    let forced = json(&["encoding", "--charset", "cp866", koi8], b"");
    assert_eq!(
        (&forced["encoding"], &forced["source"]),
        (&"IBM866".into(), &"transport".into())
    );
    let ascii = json(&["encoding"], b"<p>plain</p>");
    assert_eq!(
        (&ascii["encoding"], &ascii["source"]),
        (&"UTF-8".into(), &"detected".into())
    );
    assert!(ascii.get("guesses").is_none());
}
