//! Chunked input gives the one-shot report, wherever the input is split.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.is_empty() {
        return;
    }
    let split = data[0] as usize * data.len() / 256;
    let body = &data[1..];
    let split = split.min(body.len());
    let opts = pagenorm::PageOptions::default();
    let whole = pagenorm::normalize_page(body, &opts).unwrap();
    let mut n = pagenorm::PageNormalizer::new(opts);
    n.push(&body[..split]).unwrap();
    n.push(&body[split..]).unwrap();
    assert_eq!(n.finish().unwrap(), whole);
});
