//! Generated files match their sources: the tables under src/ match data/, and the sample pages
//! match the seeds. (Re-run the generators and commit when this fails.)

use std::process::Command;

fn check(script: &str) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("python3")
        .arg(format!("{root}/scripts/{script}"))
        .arg("--check")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{script} --check: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn tables_match_data() {
    check("gen_tables.py");
}

#[test]
fn fixture_pages_match_seeds() {
    check("make_fixtures.py");
}

#[path = "../examples/lid_augment.rs"]
mod lid_augment;

/// data/lid/augmented/ holds the Uzbek and Kazakh training text transliterated by the current tables
/// (regenerate with `cargo run --release --example lid_augment`, then `python3 scripts/gen_tables.py`).
#[test]
fn augmented_training_text_matches_the_transliteration() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (from, to, file) in lid_augment::AUGMENTED {
        let written =
            std::fs::read_to_string(format!("{root}/data/lid/augmented/{file}.txt")).unwrap();
        assert!(
            written == lid_augment::augmented_text(root, from, to),
            "data/lid/augmented/{file}.txt is stale: run cargo run --release --example lid_augment"
        );
    }
}
