//! normalize_page on arbitrary bytes: never panics, reports sane values.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let r = pagenorm::normalize_page(data, &pagenorm::PageOptions::default()).expect("input never fails");
    for b in &r.blocks {
        assert!((0.0..=1.0).contains(&b.confidence));
        assert!(!b.text.is_empty());
    }
});
