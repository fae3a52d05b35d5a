//! detect, clean, every transliteration scheme, name_key, name_similarity, find_names,
//! find_any_name, the name index (its lines as blocks in Uzbek, Russian, Belarusian and English) and
//! mojibake repair on
//! arbitrary text, and the encoding guesser and decoders on its bytes:
//! no panic, offsets in bounds, cleanup idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (query, text) = text.split_at(text.char_indices().nth(8).map_or(text.len(), |(i, _)| i));
    let d = pagenorm::detect(text);
    assert!((0.0..=1.0).contains(&d.confidence));
    let once = pagenorm::clean(text);
    assert_eq!(pagenorm::clean(&once.text).text, once.text);
    for s in pagenorm::list_schemes() {
        let scheme = pagenorm::Scheme::find(s.from, s.to, Some(s.system)).unwrap();
        let _ = scheme.apply(text);
    }
    let _ = pagenorm::name_key(text);
    let sim = pagenorm::name_similarity(text, query);
    assert!((0.0..=1.0).contains(&sim), "{sim}");
    assert_eq!(pagenorm::same_name(text, query), sim >= pagenorm::names::SAME_NAME_THRESHOLD);
    for m in pagenorm::find_names(text, query) {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    // The query's halves as two spellings: mentions in order, none overlapping.
    let half = query.char_indices().nth(4).map_or(query.len(), |(i, _)| i);
    let found = pagenorm::find_any_name(text, &[&query[..half], &query[half..], query]);
    for (i, m) in found.iter().enumerate() {
        assert_eq!(&text[m.start..m.end], m.text);
        assert!(i == 0 || found[i - 1].end <= m.start);
    }
    // The name index of the text's lines, as blocks of the languages whose case endings it reads.
    const LANGS: [&str; 4] = ["uz", "ru", "be", "en"];
    let lang = LANGS[data.first().map_or(0, |b| *b as usize % 4)];
    let index = pagenorm::names::name_index_in(
        text.lines().enumerate().map(|(i, l)| (i, l, if i % 2 == 0 { lang } else { "uz" })),
    );
    for e in &index {
        for s in &e.spellings {
            assert!(text.contains(s.text.as_str()), "{s:?}");
        }
    }
    // The indexes of the text's halves as two pages, merged (`pagenorm names`): no mention lost
    // or made up.
    let half = |odd: usize| {
        pagenorm::names::name_index_in(
            text.lines()
                .enumerate()
                .filter(move |(i, _)| i % 2 == odd)
                .map(move |(i, l)| (i, l, lang)),
        )
    };
    let pages = [half(0), half(1)];
    let mentions: u32 = pages.iter().flatten().map(|e| e.count).sum();
    let merged = pagenorm::names::merge_indexes(pages, usize::MAX);
    assert_eq!(merged.iter().map(|e| e.count).sum::<u32>(), mentions);
    let _ = pagenorm::detect::lang::detect_runs(text);
    if let Some((fixed, how)) = pagenorm::mojibake::repair(text) {
        assert!(!how.is_empty() && fixed != text);
    }
    // The wasm build's encoding guesser, and the decoders of our own: an exact decoding is the
    // lossy one without errors.
    let guessed = pagenorm::decode::guess::guess(data, None);
    for label in ["UTF-8", "UTF-16BE", "windows-1251", "KOI8-U", "x-user-defined"] {
        let encoding = pagenorm::decode::Encoding::for_label(label.as_bytes()).unwrap();
        let (lossy, errors) = pagenorm::decode::decode_with(encoding, data);
        match pagenorm::decode::decode_exact(encoding, data) {
            Some(exact) => assert!(!errors && exact == lossy, "{label}"),
            None => assert!(errors, "{label}"),
        }
    }
    let _ = pagenorm::decode::decode_with(guessed, data);
});
