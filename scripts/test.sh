#!/usr/bin/env bash
# Every test: set up what is missing (incl. Debian's Chromium), then
#   1. cargo tests (core, generated tables and fixtures, seed pages, bad input),
#   2. the wasm build of the npm package (pkg/) and its size budget,
#   3. node --test against the built package, imported by name,
#   4. the demo page in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

echo "== cargo test"
cargo test --all-targets --features cli

echo "== build pkg/"
bash scripts/build.sh
node scripts/size-check.mjs

echo "== node --test tests/js (the npm package)"
(cd tests/js && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null)
node --test tests/js/

echo "== node --test tests/e2e (demo in headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
echo "all tests passed"
