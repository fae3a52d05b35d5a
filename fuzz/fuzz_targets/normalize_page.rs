//! normalize_page on arbitrary bytes: never panics, reports sane values; with the transliterated
//! view (to Latin or to Cyrillic, chosen by the first byte) as well.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut options = pagenorm::PageOptions::default();
    if data.first().is_some_and(|b| b & 1 == 1) {
        options.translit = Some(pagenorm::TranslitView {
            to: if data[0] & 2 == 0 { "Latn" } else { "Cyrl" }.into(),
            system: None,
        });
    }
    let r = pagenorm::normalize_page(data, &options).expect("input never fails");
    for b in &r.blocks {
        assert!((0.0..=1.0).contains(&b.confidence));
        assert!(!b.text.is_empty());
        if let Some(t) = &b.translit {
            assert!(!t.is_empty());
        }
    }
    for n in &r.names {
        assert!(n.count >= 1 && !n.spellings.is_empty());
    }
});
