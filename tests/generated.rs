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
