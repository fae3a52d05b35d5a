#!/usr/bin/env bash
# Builds the npm package into pkg/ (and a copy for the demo in www/pkg/).
# Assumes scripts/setup.sh has run (scripts/demo.sh and scripts/test.sh run it first).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

# Without `bundled-cjk`: the legacy CJK encodings are decoded by the host's TextDecoder and
# undeclared pages guessed by pagenorm's own guesser (Cargo.toml says why).
say "cargo build --profile wasm --target wasm32-unknown-unknown --no-default-features"
cargo build --quiet --lib --profile wasm --target wasm32-unknown-unknown --no-default-features
raw=target/wasm32-unknown-unknown/wasm/pagenorm.wasm

rm -rf pkg.tmp && mkdir -p pkg.tmp
say "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir pkg.tmp --out-name pagenorm "$raw"
say "wasm-opt -O2"
node_modules/.bin/wasm-opt -O2 --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --enable-simd \
  pkg.tmp/pagenorm_bg.wasm -o pkg.tmp/pagenorm_bg.wasm
cp -r js/package/. pkg.tmp/
node scripts/package-json.mjs pkg.tmp
rm -rf pkg && mv pkg.tmp pkg

rm -rf www/pkg www/extension/pkg && mkdir -p www/pkg www/extension/pkg
cp pkg/pagenorm.js pkg/pagenorm_bg.wasm www/pkg/
cp pkg/pagenorm.js pkg/pagenorm_bg.wasm www/extension/pkg/
mkdir -p www/samples && cp tests/fixtures/pages/*.html www/samples/
node scripts/samples-index.mjs www/samples > www/samples/index.json

say "pkg/ ready"
node scripts/size-check.mjs --no-fail
