#!/usr/bin/env python3
"""Packs www/extension/ (after scripts/build.sh) into dist/pagenorm-extension-VERSION.zip for store
review, reproducibly: the same sources give the same bytes (files in sorted order, fixed
timestamps and permissions, no directory entries, no extra fields), so a reviewer can rebuild the
zip from the tagged sources and compare its SHA-256.

Usage: python3 scripts/pack-extension.py [OUT.zip]   (prints the path and the SHA-256)
"""
import hashlib
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "www" / "extension"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def main() -> None:
    manifest = json.loads((SRC / "manifest.json").read_text(encoding="utf-8"))
    if not (SRC / "pkg" / "pagenorm_bg.wasm").is_file():
        sys.exit("www/extension/pkg/ is missing: run scripts/build.sh first")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / f"pagenorm-extension-{manifest['version']}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in SRC.rglob("*") if p.is_file() and not p.name.startswith("."))
    with zipfile.ZipFile(out, "w") as z:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(SRC).as_posix(), date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, path.read_bytes(), compresslevel=9)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}  sha256 {digest}")


if __name__ == "__main__":
    main()
