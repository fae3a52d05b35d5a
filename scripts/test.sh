#!/usr/bin/env bash
# Every test: set up what is missing (incl. Debian's Chromium), then
#   1. cargo tests (core, generated tables and fixtures, seed pages, bad input; decoding also as
#      the wasm build is made, without bundled CJK decoders),
#   2. the wasm build of the npm package (pkg/) and its size budget,
#   3. node --test against the built package, imported by name,
#   4. the package bundled by Vite, webpack and esbuild, as a plain module, and under tsc --strict,
#      each build run in headless Chromium; npm pack --dry-run,
#   5. the demo page and the browser extension in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

echo "== cargo test"
cargo test --all-targets --features cli
# The decoding the wasm build uses (no bundled CJK decoders, pagenorm's own encoding guesser),
# natively; and the command line built that way.
cargo test --lib --bins --no-default-features --features cli decode::

echo "== build pkg/"
bash scripts/build.sh
node scripts/size-check.mjs

echo "== node --test tests/js (the npm package)"
(cd tests/js && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null)
node --test tests/js/

echo "== node --test tests/bundlers (Vite, webpack, esbuild, plain module, TypeScript, npm pack)"
(cd tests/bundlers && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null)
node --test --test-concurrency=1 tests/bundlers/

echo "== node --test tests/e2e (demo and extension in headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
echo "all tests passed"
