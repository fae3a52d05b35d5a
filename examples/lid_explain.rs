//! Why a text was given its language: `cargo run --release --example lid_explain -- TEXT…`
//! prints the detection and, per language of the text's script, the n-gram cost, the prior and
//! the alphabet penalty (nats; the cheapest total wins).

fn main() {
    let texts: Vec<String> = std::env::args().skip(1).collect();
    if texts.is_empty() {
        eprintln!("usage: lid_explain TEXT [TEXT …]");
        std::process::exit(2);
    }
    for text in &texts {
        let d = pagenorm::detect(text);
        println!("{text}\n  → {} ({:.2})", d.tag, d.confidence);
        for (tag, grams, prior, alphabet) in pagenorm::detect::lang::explain(text).iter().take(6) {
            println!(
                "  {tag:8} total {:7.2}  n-grams {grams:7.2}  prior {prior:4.1}  alphabet {alphabet:5.1}",
                grams + prior + alphabet
            );
        }
    }
}
