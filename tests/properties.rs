//! Property tests over generated input (proptest, bounded budget so the suite stays fast; the
//! cargo-fuzz targets in fuzz/ run the same entry points for as long as one likes):
//! no panic on any input, offsets in bounds, cleanup idempotent, chunked input equal to one-shot
//! input, and the Uzbek Cyrillic → Latin → Cyrillic round trip.

use pagenorm::{
    clean, detect, find_names, name_key, normalize_page, PageNormalizer, PageOptions, Scheme,
};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256),
        max_global_rejects: 1_000_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The Latin beginnings of the loanwords Latin → Cyrillic writes as Russian does (the .words
/// file of the official table, data the crate is built from).
fn loanwords() -> Vec<&'static str> {
    include_str!("../data/translit/uz-Latn-uz-Cyrl.official.words")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect()
}

/// The Latin of the loanword rows of the official Latin → Cyrillic table (those after its
/// "Exceptions" line: sirk → цирк, ksiya → кция).
fn table_loans() -> Vec<&'static str> {
    include_str!("../data/translit/uz-Latn-uz-Cyrl.official.tsv")
        .lines()
        .skip_while(|l| !l.starts_with("# Exceptions"))
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect()
}

/// Text that looks like the pages: letters of the scripts involved, apostrophes, spaces of every
/// kind, invisible characters, markup and punctuation.
fn pagey() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div class='nav menu'>",
        "</div>",
        "<a href=x>",
        "</a>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "&amp;",
        "&#1055;",
        "<br>",
        "Ўзбекистон",
        "Oʻzbekiston",
        "O'zbek",
        "Лукашэнка",
        "Łukašenka",
        "Привет",
        "Mоscow",
        " ",
        "\u{A0}",
        "\u{200B}",
        "\u{AD}",
        "\n\n",
        "•",
        "«",
        "»",
        "e\u{301}",
        "%s",
        "{name}",
        "http://x.uz/a",
        "ʼ",
        "ʻ",
        ".",
    ];
    let pieces = prop_oneof![
        prop::sample::select(PIECES).prop_map(String::from),
        "[a-zA-Zа-яА-ЯўқғҳӯӣҷәұүіїєґŁłšžčĆ0-9 ,.!?\\-]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn normalize_page_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let r = normalize_page(&bytes, &PageOptions::default()).unwrap();
        for b in &r.blocks {
            prop_assert!(b.confidence >= 0.0 && b.confidence <= 1.0);
            prop_assert!(!b.text.is_empty());
        }
    }

    #[test]
    fn normalize_page_on_pagey_html(text in pagey()) {
        let r = normalize_page(text.as_bytes(), &PageOptions::default()).unwrap();
        for b in &r.blocks {
            prop_assert_eq!(b.text.trim(), b.text.as_str());
            for run in &b.runs {
                prop_assert!(b.text.contains(&run.text));
            }
        }
    }

    #[test]
    fn chunked_equals_one_shot(text in pagey(), split in any::<prop::sample::Index>()) {
        let bytes = text.as_bytes();
        let whole = normalize_page(bytes, &PageOptions::default()).unwrap();
        let at = split.index(bytes.len() + 1);
        let mut n = PageNormalizer::new(PageOptions::default());
        n.push(&bytes[..at]).unwrap();
        n.push(&bytes[at..]).unwrap();
        prop_assert_eq!(n.finish().unwrap(), whole);
    }

    #[test]
    fn clean_is_idempotent_and_maps_offsets_in_bounds(text in pagey()) {
        let once = clean(&text);
        let twice = clean(&once.text);
        prop_assert_eq!(&twice.text, &once.text);
        for i in 0..=once.text.len() {
            prop_assert!(once.to_original(i) <= text.len());
        }
    }

    #[test]
    fn mojibake_repair_never_panics(text in pagey(), garbled in "[ÐÑÂÃÅÊРСВГЕК€šžŸ‚„…†‡‰‹›™Ђљ»¼°±§¶·╚╩⌠■▓▒≈√ a-zа-я]{0,40}") {
        for t in [text.as_str(), garbled.as_str(), &format!("{text}{garbled}")] {
            if let Some((fixed, how)) = pagenorm::mojibake::repair(t) {
                prop_assert!(!how.is_empty());
                prop_assert_ne!(fixed.as_str(), t);
            }
        }
    }

    #[test]
    fn detect_never_panics(text in pagey()) {
        let d = detect(&text);
        prop_assert!(d.confidence >= 0.0 && d.confidence <= 1.0);
        prop_assert!(d.tag.starts_with(d.lang));
    }

    #[test]
    fn every_scheme_on_any_text(text in pagey()) {
        for s in pagenorm::list_schemes() {
            let scheme = Scheme::find(s.from, s.to, Some(s.system)).unwrap();
            let out = scheme.apply(&text);
            // Text the system does not cover is kept: digits survive.
            prop_assert_eq!(out.chars().filter(char::is_ascii_digit).count(), text.chars().filter(char::is_ascii_digit).count());
        }
    }

    #[test]
    fn names_never_panic_and_offsets_are_exact(text in pagey(), query in pagey()) {
        let _ = name_key(&query);
        for m in find_names(&text, &query) {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
    }

    #[test]
    fn the_name_index_never_panics_in_any_block_language(
        blocks in prop::collection::vec((pagey(), prop::sample::select(&["uz", "ru", "be", "uk", "en", "und"][..])), 0..6),
        names in prop::collection::vec("(Mirziyoyev|Мирзиёев|Путин|AQSH|Jamshid|Жамшид|Xoʻjayev|Хўжаев|Nensi|Pelosi|Bret|Kavano)(ning|ga|da|dan|ni|нинг|га|да|ни|ым|ом|ам|им|)", 0..12),
    ) {
        // Names with case endings, in blocks of every language the index reads endings in.
        let texts: Vec<String> = blocks
            .iter()
            .enumerate()
            .map(|(i, (t, _))| format!("{t} {} {}. {}", names.get(i).map_or("", String::as_str), names.get(i + 6).map_or("", String::as_str), t))
            .collect();
        let idx = pagenorm::names::name_index_in(
            texts.iter().zip(&blocks).enumerate().map(|(i, (t, (_, lang)))| (i, t.as_str(), *lang)),
        );
        for e in &idx {
            prop_assert!(!e.name.is_empty() || e.spellings.iter().all(|s| s.text.is_empty()));
            prop_assert!(e.count as usize >= e.spellings.len());
            for s in &e.spellings {
                // Every spelling is text of the page.
                prop_assert!(texts.iter().any(|t| t.contains(s.text.as_str())), "{s:?}");
            }
        }
        // The index merged with itself and with each block's own, as pages (`pagenorm names`):
        // no mention lost or made up.
        let mut pages = vec![idx.clone(), idx];
        for (i, (t, (_, lang))) in texts.iter().zip(&blocks).enumerate() {
            pages.push(pagenorm::names::name_index_in([(i, t.as_str(), *lang)]));
        }
        let mentions: u32 = pages.iter().flatten().map(|e| e.count).sum();
        let merged = pagenorm::names::merge_indexes(pages, usize::MAX);
        prop_assert_eq!(merged.iter().map(|e| e.count).sum::<u32>(), mentions);
    }

    #[test]
    fn a_name_is_found_where_it_is_written(
        word in "[a-zA-Zščžłśćńŭøßəğışçöüäåéèêñþðąęóżźřůýáíúőűāēīūа-яА-Яёўіїєґқғҳңөүұәһђјљњћџѓќ]{1,6}(['ʻ’][a-zа-яўқғҳ]{1,4})?",
        before in "[a-zа-я ,.]{0,20}",
    ) {
        // find_names skips the words whose letters cannot give a query word's skeleton without
        // folding them: a word must always be found by itself, whatever its letters.
        let text = format!("{before} {word} …");
        let found = find_names(&text, &word);
        if !pagenorm::name_key(&word).is_empty() {
            prop_assert!(
                found.iter().any(|m| m.text == word),
                "{:?} not found in {:?}: {:?}", word, text, found
            );
        }
    }

    #[test]
    fn a_name_is_found_in_every_romanization_with_its_key(
        word in "[А-Я][а-яёўіїєґқғҳңөүұәһ]{1,8}",
        before in "[a-zа-я ,.]{0,20}",
    ) {
        // The letter filter must let through a word whose key is the query's, whatever the
        // letters of the two spellings: the word in Cyrillic, the query in each romanization
        // (and the other way round).
        let text = format!("{before} {word} …");
        let key = name_key(&word);
        for s in pagenorm::list_schemes() {
            let scheme = Scheme::find(s.from, s.to, Some(s.system)).unwrap();
            let query = scheme.apply(&word).into_owned();
            if key.is_empty() || name_key(&query) != key {
                continue;
            }
            let found = find_names(&text, &query);
            prop_assert!(
                found.iter().any(|m| m.text == word),
                "{:?} ({}) not found by {:?}: {:?}", word, s.name, query, found
            );
            if !query.chars().all(char::is_alphabetic) {
                continue; // ъ as ” is no letter of a word in running text.
            }
            let back = format!("{before} {query} …");
            prop_assert!(
                find_names(&back, &word).iter().any(|m| m.text == query),
                "{:?} ({}) not found by {:?}", query, s.name, word
            );
        }
    }

    #[test]
    fn uzbek_cyrillic_round_trip(words in prop::collection::vec("[бвгдзжйклмнпрстфхчшқғҳ]{0,2}[аоуиўеёюя][бвгдзжклмнпрстфхчшқғҳ]{0,2}[аоуиўа]{1}[лнрмкт]{0,1}", 1..8)) {
        // Native-word shapes (no ц, ъ, ь, no е after a vowel or at the start: the letters the
        // official Latin writes ambiguously).
        let text = words.join(" ");
        prop_assume!(!text.split(' ').any(|w| w.starts_with('е') || w.starts_with('э')));
        prop_assume!(!text.contains("йо") && !text.contains("йу") && !text.contains("йа") && !text.contains("йе") && !text.contains("сҳ"));
        // тс before и/е reads back as ц (politsiya): the official Latin writes both ts.
        prop_assume!(!text.contains("тси") && !text.contains("тсе") && !text.split(' ').any(|w| w.starts_with("тс")));
        prop_assume!(!["аэ","оэ","уэ","иэ","ўэ","еэ","ёэ","юэ","яэ","аe"].iter().any(|p| text.contains(p)));
        let vowel_e = text.char_indices().any(|(i, c)| c == 'е' && text[..i].chars().next_back().is_some_and(|p| "аоуиэўеёюя".contains(p)));
        prop_assume!(!vowel_e);
        let latin = Scheme::find("uz-Cyrl", "uz-Latn", None).unwrap().apply(&text).into_owned();
        // The loanword exceptions of the Latin → Cyrillic table (sex → цех, -nsiya → -нция,
        // and the Russian spellings of its .words file: yuan → юань) are not native words.
        let (table, listed) = (table_loans(), loanwords());
        prop_assume!(!latin.split(' ').any(|w| listed.iter().any(|l| w.starts_with(l))));
        prop_assume!(!table.iter().any(|l| latin.contains(l)));
        let back = Scheme::find("uz-Latn", "uz-Cyrl", None).unwrap().apply(&latin).into_owned();
        prop_assert_eq!(back, text);
    }
}
