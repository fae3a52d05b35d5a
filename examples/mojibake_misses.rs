fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let want = std::env::args().nth(1).unwrap();
    let mut shown = 0;
    for tag in [
        "ru", "uk", "be", "bg", "kk", "ky", "tg", "uz-Cyrl", "uz-Latn", "en",
    ] {
        for sub in ["corpus", "catalogs"] {
            let Ok(text) = std::fs::read_to_string(format!("{root}/data/lid/{sub}/{tag}.txt"))
            else {
                continue;
            };
            for l in text.lines().filter(|l| !l.starts_with('#')) {
                if l.chars().filter(|c| c.is_alphabetic()).count() < 20 {
                    continue;
                }
                for &(read_as, was_in, name) in pagenorm::mojibake::DIRECTIONS {
                    if name != want {
                        continue;
                    }
                    let (bytes, _, unmappable) = was_in.encode(l);
                    if unmappable || bytes.iter().all(u8::is_ascii) {
                        continue;
                    }
                    let garbled = read_as.decode_without_bom_handling(&bytes).0;
                    if garbled == l {
                        continue;
                    }
                    let r = pagenorm::mojibake::repair(&garbled);
                    if !r.as_ref().is_some_and(|(t, _)| t == l) && shown < 12 {
                        shown += 1;
                        println!(
                            "{tag}: {l:.70}\n   garbled {garbled:.70}\n   got {:?}",
                            r.map(|(t, h)| (t.chars().take(70).collect::<String>(), h))
                        );
                    }
                }
            }
        }
    }
}
