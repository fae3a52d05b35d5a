#!/usr/bin/env bash
# The main job: set up what is missing, build the npm package, print the report of a sample page,
# and serve the demo at http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
node scripts/summary.mjs tests/fixtures/pages/daryo-cis.html https://daryo.uz/en/2023/06/01/cis
port="${PORT:-8080}"
echo
echo "Demo: http://127.0.0.1:${port}/   (serving www/; Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
