//! Bad input gets a result or a clear error: never a panic or a hang.

use pagenorm::{
    detect, find_names, name_key, normalize_page, normalize_text, transliterate, Error, PageLimits,
    PageNormalizer, PageOptions, Scheme,
};

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let bytes = b"<meta charset=utf-8><p>Salom \xFF\xFE\xC0 dunyo, bu sinov matni bo\xCA\xBBlib qoladi.</p>";
    let r = normalize_page(bytes, &PageOptions::default()).unwrap();
    assert!(r.had_errors);
    assert!(r.blocks[0].text.contains('\u{FFFD}'));
}

#[test]
fn empty_input() {
    let r = normalize_page(b"", &PageOptions::default()).unwrap();
    assert!(r.blocks.is_empty());
    assert_eq!((r.lang, r.title.as_deref()), ("und", None));
    let r = normalize_text("", &PageOptions::default()).unwrap();
    assert!(r.blocks.is_empty());
    assert_eq!(detect("").lang, "und");
    assert_eq!(name_key(""), "");
    assert!(find_names("", "").is_empty());
    let s = Scheme::find("uz-Cyrl", "uz-Latn", None).unwrap();
    assert_eq!(transliterate("", &s).unwrap(), "");
    assert!(PageNormalizer::new(PageOptions::default())
        .finish()
        .unwrap()
        .blocks
        .is_empty());
}

#[test]
fn fifty_megabytes_of_text() {
    let line = "Ўзбекистон Республикаси Президенти Шавкат Мирзиёев бугун йиғилиш ўтказди.\n\n";
    let text = line.repeat(50 * 1024 * 1024 / line.len());
    assert!(text.len() > 49 << 20);
    let r = normalize_page(text.as_bytes(), &PageOptions::default()).unwrap();
    // Plain text splits at blank lines; the block limit caps the report.
    assert_eq!(r.blocks.len(), PageLimits::default().max_blocks);
    assert!(r.truncated);
    assert_eq!(r.blocks[0].tag, "uz-Cyrl");
    // One giant paragraph is cut into pieces of at most max_block_bytes.
    let html = format!("<p>{}</p>", "слово ".repeat(5 << 20));
    let r = normalize_page(html.as_bytes(), &PageOptions::default()).unwrap();
    assert!(r.blocks.len() >= 25 && r.blocks.iter().all(|b| b.text.len() <= 1 << 20));
}

#[test]
fn input_over_the_limit_is_a_clear_error() {
    let opts = PageOptions {
        limits: PageLimits {
            max_input_bytes: 1000,
            ..PageLimits::default()
        },
        ..PageOptions::default()
    };
    let err = normalize_page(&[b'x'; 1001], &opts).unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            size: 1001,
            limit: 1000
        }
    );
    assert!(err.to_string().contains("maxInputBytes"));
    let bad = PageOptions {
        limits: PageLimits {
            max_depth: 0,
            ..PageLimits::default()
        },
        ..PageOptions::default()
    };
    assert!(matches!(
        normalize_page(b"x", &bad),
        Err(Error::InvalidOption(_))
    ));
}

#[test]
fn ten_thousand_nested_divs() {
    let html = format!("{}<p>Deep inside, this sentence is the article of the page, long enough to count as one.</p>{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
    let r = normalize_page(html.as_bytes(), &PageOptions::default()).unwrap();
    assert!(r.depth_limited);
    assert_eq!(r.blocks.len(), 1);
    assert!(!r.blocks[0].boilerplate);
    // Unclosed, too.
    let html = "<div><span><b>".repeat(20_000) + "text";
    let r = normalize_page(html.as_bytes(), &PageOptions::default()).unwrap();
    assert_eq!(r.blocks[0].text, "text");
}

#[test]
fn malformed_html() {
    for html in [
        "<",
        "<p",
        "<p class=",
        "<!--",
        "<!DOCTYPE",
        "</",
        "<script>",
        "<title>x",
        "<a href='",
        "&#xFFFFFFFF;&#0;&bogus;",
        "<svg><title>t</title></svg><p>x",
        "<table><td>a<td>b</table>",
        "<p>a</li></ul></p></p>",
        "\0\0<p>\0</p>",
    ] {
        let r = normalize_page(html.as_bytes(), &PageOptions::default());
        assert!(r.is_ok(), "{html:?}");
    }
    let r = normalize_page(b"&#x41;&amp;&#1055;<p>x", &PageOptions::default()).unwrap();
    assert_eq!(r.blocks[0].text, "A&П");
}

#[test]
fn binary_garbage() {
    let mut x: u32 = 0x1234_5678;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    assert!(normalize_page(&bytes, &PageOptions::default()).is_ok());
}

#[test]
fn unknown_scheme_names() {
    for (from, to, system) in [
        ("uz-Cyrl", "uz-Latn", Some("nope")),
        ("xx", "yy", None),
        ("", "", None),
        ("uz-Latn", "uz-Cyrl", Some("1929")),
    ] {
        let err = Scheme::find(from, to, system).unwrap_err();
        assert!(matches!(err, Error::UnknownScheme(_)));
        // An unknown pair lists every pair with its systems; an unknown system, the pair's.
        let listed = if from.starts_with("uz") {
            "its systems: official, 2026, iso9"
        } else {
            "known: uz-Cyrl → uz-Latn [official, 2026, iso9], uz-Latn → uz-Cyrl"
        };
        assert!(err.to_string().contains(listed), "{err}");
    }
}

#[test]
fn chunked_input_gives_the_same_report() {
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pages/udhr-article1-cp1251.html"
    ))
    .unwrap();
    let whole = normalize_page(&page, &PageOptions::default()).unwrap();
    for split in (0..page.len()).step_by(97) {
        let mut n = PageNormalizer::new(PageOptions::default());
        n.push(&page[..split]).unwrap();
        n.push(&page[split..]).unwrap();
        assert_eq!(n.finish().unwrap(), whole, "split at {split}");
    }
}
