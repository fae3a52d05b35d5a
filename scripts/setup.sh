#!/usr/bin/env bash
# Installs what pagenorm's build and tests need and is missing; does nothing that is already done.
#   bash scripts/setup.sh            # build tools: wasm32 target, wasm-bindgen CLI, npm dev packages
#   bash scripts/setup.sh --browser  # also Debian's chromium + chromium-driver (for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is missing: install the Rust toolchain (rustup) first" >&2
  exit 1
fi

# 1. The wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. The wasm-bindgen CLI, at exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); takes ~4 min on 2 cores"
  # --debug: 4 min instead of 14, byte-identical output. No --locked: the CLI's lock file names a
  # dependency version the registry no longer carries.
  # --force: cargo may remember an install whose binary is gone.
  cargo install wasm-bindgen-cli --version "$want" --debug --force
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    echo "wasm-bindgen $want is not on PATH after installing it (found: ${have:-none}); is ~/.cargo/bin on PATH?" >&2
    exit 1
  fi
fi

# 3. npm dev packages (binaryen's wasm-opt, playwright-core), from package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 4. Chromium for the browser tests (Debian's; no browser download).
if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
say "ok"
