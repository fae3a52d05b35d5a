#!/usr/bin/env bash
# Runs the cargo-fuzz targets (fuzz/) for SECONDS each (default 60), on stable Rust through
# RUSTC_BOOTSTRAP (cargo-fuzz needs nightly flags). Installs cargo-fuzz when missing.
#   bash scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(normalize_page chunked text_functions)
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${secs}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$t" -- -max_total_time="$secs" -max_len=65536 -timeout=10
done
