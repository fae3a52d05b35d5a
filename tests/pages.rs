//! The sample pages (built from the seed pages by scripts/make_fixtures.py): the article is found
//! and the menus, tickers, related lists and login prompts are flagged.

use pagenorm::{normalize_page, PageOptions, PageReport};
use std::fs;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn report(name: &str) -> PageReport {
    normalize_page(&fixture(name), &PageOptions::default()).expect("a page never fails")
}

/// The texts of the elements `<tag …>text</tag>` inside the first `<open …>…</open>` region of a
/// generated fixture (one element per line there), with the HTML entities of the generator undone.
fn texts_in(html: &str, region_start: &str, region_end: &str, tag: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(region_start) {
        let region = &rest[start..];
        let end = region.find(region_end).expect("region closes");
        for line in region[..end].lines() {
            let line = line.trim();
            let open = format!("<{tag}>");
            if let Some(inner) = line
                .strip_prefix(open.as_str())
                .and_then(|l| l.strip_suffix(&format!("</{tag}>")))
            {
                let inner = inner
                    .trim_start_matches("<a href=\"#\">")
                    .trim_end_matches("</a>");
                out.push(
                    inner
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&"),
                );
            }
        }
        rest = &region[end..];
    }
    out
}

fn same_text(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        pagenorm::clean(s)
            .text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    fold(a) == fold(b)
}

const SEED_PAGES: &[&str] = &[
    "daryo-cis.html",
    "pozirk-lukasenka.html",
    "telesur-kazakhstan.html",
    "belarus-by-unity.html",
    "rusemb-lavrov.html",
];

#[test]
fn article_paragraphs_are_content_on_every_seed_page() {
    for name in SEED_PAGES {
        let html = String::from_utf8(fixture(name)).unwrap();
        let r = report(name);
        let paragraphs = texts_in(&html, "<article", "</article>", "p");
        assert!(paragraphs.len() >= 3, "{name}: fixture has its article");
        for p in &paragraphs {
            let block = r.blocks.iter().find(|b| same_text(&b.text, p));
            let block = block.unwrap_or_else(|| panic!("{name}: paragraph not found: {p}"));
            assert!(
                !block.boilerplate,
                "{name}: article paragraph flagged {:?}: {p}",
                block.reasons
            );
            assert_eq!(block.lang, "en", "{name}: {p}");
        }
    }
}

#[test]
fn menus_and_lists_are_boilerplate_on_every_seed_page() {
    for name in SEED_PAGES {
        let html = String::from_utf8(fixture(name)).unwrap();
        let r = report(name);
        let mut flagged = 0;
        for (start, end) in [("<nav", "</nav>"), ("<aside", "</aside>")] {
            for item in texts_in(&html, start, end, "li") {
                for block in r.blocks.iter().filter(|b| same_text(&b.text, &item)) {
                    assert!(
                        block.boilerplate,
                        "{name}: menu/list item taken as content: {item}"
                    );
                    flagged += 1;
                }
            }
        }
        for item in texts_in(&html, "<div class=\"login-modal\"", "</div>", "p")
            .into_iter()
            .chain(texts_in(&html, "<footer", "</footer>", "p"))
        {
            let block = r
                .blocks
                .iter()
                .find(|b| same_text(&b.text, &item))
                .expect("present");
            assert!(
                block.boilerplate,
                "{name}: login/footer text taken as content: {item}"
            );
            flagged += 1;
        }
        let has_regions = ["<nav", "<aside", "<footer", "login-modal"]
            .iter()
            .any(|r| html.contains(r));
        assert_eq!(flagged > 0, has_regions, "{name}: regions checked");
    }
}

#[test]
fn titles_and_metadata() {
    let r = report("pozirk-lukasenka.html");
    assert_eq!(
        r.title.as_deref(),
        Some("Łukašenka claims NATO wants to pit CIS countries against each other")
    );
    assert_eq!(r.lang, "en");
    assert_eq!(r.meta.html_lang.as_deref(), Some("en"));
    assert_eq!(
        r.meta.canonical.as_deref(),
        Some("https://pozirk.online/en/2023/12/14/nato")
    );
    let r = report("daryo-cis.html");
    // One language over the whole article.
    assert_eq!(r.languages.len(), 1);
    assert_eq!(
        (r.languages[0].tag.as_str(), r.languages[0].share),
        ("en", 1.0)
    );
    assert!(r
        .title
        .unwrap()
        .starts_with("CIS Secretary General, Sergei Lebedev urges"));
}

#[test]
fn multilingual_page_languages_per_block() {
    let r = report("udhr-article1.html");
    let para = |lang: &str, script: &str| {
        r.blocks
            .iter()
            .filter(|b| b.kind == pagenorm::html::BlockKind::Paragraph && !b.boilerplate)
            .any(|b| b.lang == lang && b.script == script)
    };
    for (lang, script) in [
        ("en", "Latn"),
        ("ru", "Cyrl"),
        ("uz", "Latn"),
        ("uz", "Cyrl"),
        ("be", "Cyrl"),
        ("uk", "Cyrl"),
        ("kk", "Cyrl"),
    ] {
        assert!(para(lang, script), "no {lang}-{script} paragraph");
    }
    // The page's languages: the seven, each with its share of the content, largest first; the
    // page language is the largest, with a confidence no higher than its share.
    let tags: Vec<&str> = r.languages.iter().map(|l| l.tag.as_str()).collect();
    for tag in ["en", "ru", "uz-Latn", "uz-Cyrl", "be-Cyrl", "uk", "kk-Cyrl"] {
        assert!(tags.contains(&tag), "{tags:?}");
    }
    assert_eq!(r.languages.len(), 7, "{tags:?}");
    let sum: f32 = r.languages.iter().map(|l| l.share).sum();
    assert!((sum - 1.0).abs() < 1e-4, "{sum}");
    assert!(r.languages.windows(2).all(|w| w[0].share >= w[1].share));
    assert!(r.languages.iter().all(|l| l.share > 0.1 && l.share < 0.2));
    assert_eq!(r.tag, r.languages[0].tag);
    assert!(
        r.confidence <= r.languages[0].share + 1e-3,
        "{}",
        r.confidence
    );
    // Uzbek Latin text is written with the official oʻ/gʻ.
    let uz = r
        .blocks
        .iter()
        .find(|b| b.tag == "uz-Latn" && b.kind == pagenorm::html::BlockKind::Paragraph)
        .unwrap();
    assert!(
        uz.text.contains("bo\u{2BB}lib tug\u{2BB}iladilar"),
        "{}",
        uz.text
    );
}

#[test]
fn short_blocks_are_read_in_their_page_language() {
    // Daryo's English page: the headlines of its lists are English (on its own this one reads
    // as Uzbek Latin); its menu items, a word or two each, are English (on its own `Central
    // Asia` reads as Spanish; `Money` as nothing sure) or too unsure to say (`Comments (0)`,
    // French on its own); the menu's language names and the Cyrillic lines keep their
    // languages.
    let r = report("daryo-cis.html");
    assert_eq!(r.tag, "en");
    let tag = |text: &str| {
        r.blocks
            .iter()
            .find(|b| b.text == text)
            .map(|b| b.tag.as_str())
            .unwrap_or_else(|| panic!("no block {text:?}"))
    };
    assert_eq!(pagenorm::detect("Central Asia").lang, "es");
    assert_eq!(tag("Central Asia"), "en");
    assert_eq!(tag("Money"), "en");
    assert_eq!(
        pagenorm::detect("Uzbekistan, Vietnam boost bilateral tourism").tag,
        "uz-Latn"
    );
    assert_eq!(tag("Uzbekistan, Vietnam boost bilateral tourism"), "en");
    assert!(["en", "und-Latn"].contains(&tag("Comments (0)")));
    // A place name in the page's menu is the page's: not a guess of Indonesian (`Bukhara` on
    // its own).
    assert_eq!(pagenorm::detect("Bukhara").lang, "id");
    assert_eq!(tag("Bukhara"), "en");
    assert_eq!(tag("Oʻzbekcha"), "uz-Latn");
    assert_eq!(tag("Русский"), "ru");
    // A page of seven languages in about equal parts gives none of them a head start: its
    // language names (`English`, a short line) keep their own reading.
    let udhr = report("udhr-article1.html");
    let english = udhr.blocks.iter().find(|b| b.text == "English").unwrap();
    assert_eq!(english.tag, pagenorm::detect("English").tag);
}

#[test]
fn sections_are_read_in_the_language_they_declare() {
    // The UDHR page's sections say their language (`<section lang="kk">`); its menu of the
    // same names does not.
    let udhr = report("udhr-article1.html");
    let tags = |text: &str| -> Vec<(bool, String)> {
        udhr.blocks
            .iter()
            .filter(|b| b.text == text)
            .map(|b| (b.boilerplate, b.tag.clone()))
            .collect()
    };
    // Kazakh's own name, too close to Karakalpak alone, is Kazakh as its section's heading.
    assert_eq!(
        tags("Қазақша"),
        [
            (true, "und-Cyrl".to_string()),
            (false, "kk-Cyrl".to_string())
        ]
    );
    // `English` reads as Uzbek Latin on its own (and in the page's menu, whose page is in
    // seven languages); in its section declared English, English.
    let english = tags("English");
    assert_eq!(english[0].1, "uz-Latn");
    assert_eq!(english[1].1, "en");
    // Headings that read as their section's language keep it.
    for (name, tag) in [
        ("Русский", "ru"),
        ("Ўзбекча", "uz-Cyrl"),
        ("Українська", "uk"),
    ] {
        assert_eq!(tags(name)[1].1, tag, "{name}");
    }
}

#[test]
fn windows_1251_page_is_decoded_by_its_meta() {
    let r = report("udhr-article1-cp1251.html");
    assert_eq!(
        (r.encoding, r.encoding_source),
        ("windows-1251", pagenorm::EncodingSource::Meta)
    );
    assert!(r
        .blocks
        .iter()
        .any(|b| b.lang == "ru" && b.text.starts_with("Все люди рождаются свободными")));
    assert!(r
        .blocks
        .iter()
        .any(|b| b.lang == "be" && b.text.contains("роўнымі")));
    // The same bytes without their declaration: detection finds windows-1251 (TLD hint .by).
    let bytes = fixture("udhr-article1-cp1251.html");
    let text = String::from_utf8_lossy(&bytes).replace("windows-1251", "x");
    let undeclared: Vec<u8> = bytes
        .windows(12)
        .position(|w| w == b"windows-1251")
        .map(|i| [&bytes[..i], b"nothing-here", &bytes[i + 12..]].concat())
        .unwrap();
    assert!(!text.is_empty());
    let opts = PageOptions {
        url: Some("https://example.by/udhr".into()),
        ..PageOptions::default()
    };
    let r = normalize_page(&undeclared, &opts).unwrap();
    assert_eq!(
        (r.encoding, r.encoding_source),
        ("windows-1251", pagenorm::EncodingSource::Detected)
    );
    assert!(r.blocks.iter().any(|b| b.lang == "ru"));
}

#[test]
fn quotations_in_another_language_and_mixed_script_words() {
    let html = "<p>Prezident majlisda so\u{2BB}zga chiqib, islohotlar davom etishini aytdi. \u{AB}\u{41C}\u{44B} будем продолжать реформы во всех отраслях экономики\u{BB}, \u{2014} dedi u. Keyin u yangi loyihalar haqida gapirdi.</p>\n<p>Delegatsiya M\u{43E}skvaga jo\u{2BB}nab ketdi va u yerda muzokaralar o\u{2BB}tkazdi.</p>";
    let r = pagenorm::normalize_text(html, &PageOptions::default()).unwrap();
    let tags: Vec<&str> = r.blocks[0]
        .runs
        .iter()
        .map(|run| run.tag.as_str())
        .collect();
    assert_eq!(tags, vec!["uz-Latn", "ru", "uz-Latn"]);
    assert_eq!(r.blocks[0].tag, "uz-Latn");
    assert_eq!(r.blocks[1].mixed_script, vec!["M\u{43E}skvaga".to_string()]);
    assert!(r.blocks[1].text.contains("Moskvaga"));
    assert!(r.blocks[1].runs.is_empty());
}

#[test]
fn name_index_merges_spellings() {
    let r = report("pozirk-lukasenka.html");
    let top = &r.names[0];
    assert!(
        top.spellings.iter().any(|s| s.text.contains("Łukašenka")),
        "{:?}",
        r.names
    );
    assert!(top.count >= 3);
    let r = report("daryo-cis.html");
    let lebedev = r
        .names
        .iter()
        .find(|e| e.name == "Sergei Lebedev")
        .expect("Lebedev is indexed");
    assert!(lebedev.spellings.iter().any(|s| s.text == "Lebedev"));
    for e in &r.names {
        for &b in &e.blocks {
            assert!(!r.blocks[b].boilerplate, "names come from the content");
        }
    }
}

#[test]
fn mojibake_blocks_are_repaired_and_reported() {
    let html = "<p>\u{420}\u{45F}\u{421}\u{402}\u{420}\u{451}\u{420}\u{406}\u{420}\u{455}\u{421}\u{2039}, \u{420}\u{454}\u{420}\u{0}</p><p>\u{CF}\u{F0}\u{E8}\u{E2}\u{E5}\u{F2}, \u{EA}\u{E0}\u{EA} \u{E4}\u{E5}\u{EB}\u{E0}? \u{DD}\u{F2}\u{EE} \u{F2}\u{E5}\u{F1}\u{F2}.</p><p>Привет, это чистый текст.</p>";
    let r = pagenorm::normalize_text(html, &PageOptions::default()).unwrap();
    let fixed = r
        .blocks
        .iter()
        .find(|b| b.text.starts_with("Привет, как дела?"))
        .expect("windows-1251 read as windows-1252, repaired");
    assert_eq!(fixed.repaired, vec!["windows-1251 read as windows-1252"]);
    assert_eq!(fixed.lang, "ru");
    let clean = r
        .blocks
        .iter()
        .find(|b| b.text.starts_with("Привет, это"))
        .unwrap();
    assert!(clean.repaired.is_empty());
}

/// A seed page as it was given: the text of the page copied from a browser, with no markup.
fn seed_report(name: &str) -> PageReport {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seeds")
        .join(name);
    let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    normalize_page(&bytes, &PageOptions::default()).expect("a page never fails")
}

#[test]
fn seed_pages_as_copied_text_have_their_article_and_not_their_lists() {
    // Daryo: a menu of 120 lines, the headline twice, the article, then "Recommended" and
    // "Latest news" lists of headlines, each with its date line.
    let r = seed_report("000_3c0255cfacd7beed.txt");
    let headline =
        "CIS Secretary General, Sergei Lebedev urges to unite against \"external aggression\"";
    assert_eq!(r.title.as_deref(), Some(headline));
    let content: Vec<&str> = r
        .blocks
        .iter()
        .filter(|b| !b.boilerplate)
        .map(|b| b.text.as_str())
        .collect();
    assert!(content[0] == headline, "{content:#?}");
    assert!(content
        .iter()
        .any(|t| t.starts_with("When Kazakh Foreign Minister Mukhtar Tileuberdi")));
    for listed in [
        "Uzbekistan, Vietnam boost bilateral tourism",
        "War instead of deportation: Russian authorities push to send Tajik immigrant to the front",
        "Iran demonstrates its new hypersonic missile called \"Fattah\"",
        "Leave A Reply Cancel",
    ] {
        let b = r.blocks.iter().find(|b| b.text == listed).expect(listed);
        assert!(b.boilerplate, "{listed}: {:?}", b.reasons);
    }
    // The Russian embassy: the statement, then "LATEST EVENTS", ten dated headlines each with
    // an excerpt of sentences.
    let r = seed_report("004_d6443154fc4fd715.txt");
    let excerpt = r
        .blocks
        .iter()
        .find(|b| b.text.starts_with("The West fears honest competition."))
        .expect("the first excerpt");
    assert!(excerpt.boilerplate, "{:?}", excerpt.reasons);
    let last = r
        .blocks
        .iter()
        .find(|b| {
            b.text
                .starts_with("We remain open to dialogue, but it takes two to tango.")
        })
        .expect("the statement's last paragraph");
    assert!(!last.boilerplate, "{:?}", last.reasons);
    // Belarus.by: the site's menu line by line is no paragraph of the article.
    let r = seed_report("003_1551ff35b797e64f.txt");
    assert_eq!(
        r.title.as_deref(),
        Some("Lukashenko urges partners in post-Soviet space to stick together")
    );
    let menu = r
        .blocks
        .iter()
        .find(|b| {
            b.text
                .starts_with("Official Website of the Republic of Belarus")
        })
        .expect("the menu's first line");
    assert!(menu.boilerplate && menu.text.len() < 60, "{menu:?}");
}
