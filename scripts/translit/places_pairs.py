#!/usr/bin/env python3
"""Prints the regions and districts of Uzbekistan as translit_eval pairs: `cyrl<TAB>latn<TAB>source`,
from the fixtures of the PyPI package `uzbekistan` 2.9.0 (MIT; J. Ganiev; names in Uzbek Latin,
Uzbek Cyrillic, Russian and English), which it downloads into target/ with pip when missing.

    python3 scripts/translit/places_pairs.py > target/places_uz.tsv
    cargo run --release --example translit_eval -- target/places_uz.tsv
"""
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VERSION = "2.9.0"


def wheel():
    folder = os.path.join(ROOT, "target", "pypi-uzbekistan")
    path = os.path.join(folder, "uzbekistan-%s-py3-none-any.whl" % VERSION)
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", folder, "uzbekistan==" + VERSION],
            check=True,
            stdout=sys.stderr,
        )
    return path


def main():
    rows = []
    with zipfile.ZipFile(wheel()) as z:
        for name in ("uzbekistan/fixtures/regions.yaml", "uzbekistan/fixtures/districts.yaml"):
            text = z.read(name).decode("utf-8")
            for m in re.finditer(r"name_uz: (.*)\n\s+name_oz: (.*)\n", text):
                rows.append((m.group(2).strip(), m.group(1).strip()))
    out = sys.stdout
    out.write("cyrl\tlatn\tsource\n")
    for c, l in rows:
        out.write("%s\t%s\tPyPI uzbekistan %s fixtures\n" % (c, l, VERSION))


if __name__ == "__main__":
    main()
