#!/usr/bin/python3
"""pagenorm's transliteration beside ICU's transforms, on the same published pairs.

    sudo apt-get install python3-icu      # Debian's PyICU (the script runs with /usr/bin/python3)
    cargo build --release --features cli
    /usr/bin/python3 scripts/icu_compare.py ../shared/eval

Reads uz_translit_dev.tsv (cyrl, latn), ru_translit_dev.tsv (scheme, cyrillic, latin) and
be_translit_dev.tsv (cyrl, latn, scheme) from the given folder and prints, for each system ICU
also has, the share of strings identical to the published one (raw, and with the apostrophe
shapes ʻ ʼ ' ‘ ’ ` folded) and the character error rate, for ICU and for pagenorm (its command
line, target/release/pagenorm). For Latin → Cyrillic Uzbek every apostrophe variant is folded
before ICU reads the Latin (ICU knows only ʻ), so ICU is not penalised for the input's shapes.
"""
import json
import os
import subprocess
import sys

import icu

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "target", "release", "pagenorm")
APOSTROPHES = str.maketrans({c: "'" for c in "ʻʼ‘’`´"})


def rows(path, cols):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        idx = [header.index(c) for c in cols]
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= len(header):
                yield tuple(parts[i] for i in idx)


def pagenorm(texts, src, dst, system):
    """Transliterates each text with the CLI (one call: the texts joined by newlines)."""
    args = [CLI, "translit", "--from", src, "--to", dst] + (["--system", system] if system else [])
    out = subprocess.run(args, input="\n".join(texts), capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)["text"].split("\n")
    assert len(got) == len(texts), "line count changed"
    return got


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def score(got, want):
    n = len(want)
    exact = sum(g == w for g, w in zip(got, want)) / n
    folded = sum(g.translate(APOSTROPHES) == w.translate(APOSTROPHES) for g, w in zip(got, want)) / n
    cer = sum(levenshtein(g, w) for g, w in zip(got, want)) / max(1, sum(len(w) for w in want))
    return exact, folded, cer


def report(title, sources, want, icu_id, ours, icu_input=None):
    t = icu.Transliterator.createInstance(icu_id)
    icu_got = [t.transliterate(s) for s in (icu_input or sources)]
    print(f"\n{title} — {len(want)} published pairs")
    print(f"  {'':34} {'exact':>7} {'folded':>7} {'CER':>7}")
    for name, got in ((f"ICU {icu_id}", icu_got), (f"pagenorm {ours[2] or 'default'}", pagenorm(sources, *ours))):
        e, f, c = score(got, want)
        print(f"  {name:34} {e:7.1%} {f:7.1%} {c:7.2%}")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "eval")
    if not os.path.exists(CLI):
        sys.exit("build the command line first: cargo build --release --features cli")
    print(f"ICU {icu.ICU_VERSION} (PyICU {icu.VERSION})")
    uz = list(rows(os.path.join(folder, "uz_translit_dev.tsv"), ["cyrl", "latn"]))
    cyr, lat = [r[0] for r in uz], [r[1] for r in uz]
    report("Uzbek Cyrillic → Latin", cyr, lat, "uz_Cyrl-uz_Latn", ("uz-Cyrl", "uz-Latn", "official"))
    report("Uzbek Latin → Cyrillic", lat, cyr, "uz_Latn-uz_Cyrl", ("uz-Latn", "uz-Cyrl", "official"),
           icu_input=[s.translate(str.maketrans({c: "ʻ" for c in "'ʼ‘’`´"})) for s in lat])
    ru = [r for r in rows(os.path.join(folder, "ru_translit_dev.tsv"), ["scheme", "cyrillic", "latin"])
          if r[0] == "bgn_pcgn_1947"]
    report("Russian → Latin, BGN/PCGN 1947", [r[1] for r in ru], [r[2] for r in ru],
           "Russian-Latin/BGN", ("ru", "ru-Latn", "bgn-pcgn"))
    be = [r for r in rows(os.path.join(folder, "be_translit_dev.tsv"), ["scheme", "cyrl", "latn"])
          if r[0] == "bgn_pcgn_1979"]
    report("Belarusian → Latin, BGN/PCGN 1979", [r[1] for r in be], [r[2] for r in be],
           "Belarusian-Latin/BGN", ("be", "be-Latn", "bgn-pcgn"))


if __name__ == "__main__":
    main()
