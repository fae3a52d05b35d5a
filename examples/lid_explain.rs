//! Why a text was given its language: `cargo run --release --example lid_explain -- TEXT…`
//! prints the detection and, per language of the text's script, the n-gram cost, the prior and
//! the alphabet penalty (nats; the cheapest total wins), then each word's n-gram cost for the
//! leading languages (scored alone, so the split shows which words pull which way), or of the
//! languages `LID_EXPLAIN_LANGS` lists (`LID_EXPLAIN_LANGS=en,kk-Latn`).

fn main() {
    let texts: Vec<String> = std::env::args().skip(1).collect();
    if texts.is_empty() {
        eprintln!("usage: lid_explain TEXT [TEXT …]");
        std::process::exit(2);
    }
    for text in &texts {
        let d = pagenorm::detect(text);
        println!("{text}\n  → {} ({:.2})", d.tag, d.confidence);
        let rows = pagenorm::detect::lang::explain(text);
        let top: usize = std::env::var("LID_EXPLAIN_TOP")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(6);
        for (tag, grams, prior, alphabet) in rows.iter().take(top) {
            println!(
                "  {tag:8} total {:7.2}  n-grams {grams:7.2}  prior {prior:4.1}  alphabet {alphabet:5.1}",
                grams + prior + alphabet
            );
        }
        let chosen = std::env::var("LID_EXPLAIN_LANGS").unwrap_or_default();
        let lead: Vec<&str> = if chosen.is_empty() {
            rows.iter().take(4).map(|r| r.0).collect()
        } else {
            chosen.split(',').collect()
        };
        if text.split_whitespace().nth(1).is_some() {
            println!(
                "  {:24} {}",
                "word",
                lead.iter().map(|t| format!("{t:>8}")).collect::<String>()
            );
            for word in text.split_whitespace() {
                let costs = pagenorm::detect::lang::explain(word);
                let cell = |t: &str| {
                    costs
                        .iter()
                        .find(|r| r.0 == t)
                        .map_or("       -".to_string(), |r| format!("{:8.2}", r.1))
                };
                println!(
                    "  {word:24} {}",
                    lead.iter().map(|t| cell(t)).collect::<String>()
                );
            }
        }
    }
}
