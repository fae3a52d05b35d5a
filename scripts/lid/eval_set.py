#!/usr/bin/env python3
"""Build the project's own language-ID evaluation set from Debian 12 packages.

    python3 scripts/lid/eval_set.py     # downloads the .deb packages, writes tests/fixtures/lid/eval.tsv

Sources: the translations of GNOME's Files (nautilus-data), Settings
(gnome-control-center-data), desktop library (gnome-desktop3-data), Document Viewer
(evince-common) and Text Editor (gedit-common) by the GNOME translation teams, GPL-2.0-or-later
— other programs than the GTK and GLib catalogues the profiles learn from (data/lid/catalogs/),
and any text that also occurs in the training text is left out. English is the programs' source
messages. Each message (mnemonics, markup and format directives removed) is a row of its length
class: short (15–40 characters) or sentence (60–150); a paragraph (300–600) is consecutive messages
of one catalogue joined. Search-keyword lists (`Text;Editor;Текст;`) are left out: they are in two
languages at once. Rows are sampled by a stable hash, at most PER_CLASS per language and
class. The output is checked in; the downloaded packages are not.
"""
import glob
import hashlib
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogs import clean, read_mo, unpack_packages  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "fixtures", "lid", "eval.tsv")
PACKAGES = ["nautilus-data", "gnome-control-center-data", "gnome-desktop3-data", "evince-common", "gedit-common"]
DOMAINS = ["nautilus", "gnome-control-center-2.0", "gnome-desktop-3.0", "evince", "gedit"]
# (lang, script) -> gettext locale directory
LOCALES = {
    ("en", "Latn"): "ru", ("ru", "Cyrl"): "ru", ("uz", "Latn"): "uz", ("uz", "Cyrl"): "uz@cyrillic",
    ("be", "Cyrl"): "be", ("uk", "Cyrl"): "uk", ("kk", "Cyrl"): "kk", ("ky", "Cyrl"): "ky",
    ("tg", "Cyrl"): "tg", ("tk", "Latn"): "tk", ("tr", "Latn"): "tr",
    # Languages profiled so that they are not taken for ours, and a few whatlang decides: the
    # prior for this web must not make them unrecognisable.
    ("be", "Latn"): "be@latin", ("bg", "Cyrl"): "bg", ("mk", "Cyrl"): "mk", ("sr", "Cyrl"): "sr",
    ("mn", "Cyrl"): "mn", ("az", "Latn"): "az", ("pl", "Latn"): "pl",
    ("de", "Latn"): "de",
    # Languages beyond this web's that whatlang told apart, with GNOME translations: they must
    # still be found (the profiles learn them from the UDHR, CLDR and GTK/GLib, not these programs).
    ("af", "Latn"): "af", ("cy", "Latn"): "cy", ("eo", "Latn"): "eo", ("vi", "Latn"): "vi",
    ("zu", "Latn"): "zu",
}
CLASSES = {"short": (15, 40), "sentence": (60, 150), "paragraph": (300, 600)}
PER_CLASS = 40


def training_text():
    seen = set()
    for path in glob.glob(os.path.join(ROOT, "data", "lid", "*", "*.txt")):
        with open(path, encoding="utf-8") as f:
            seen.update(line.strip() for line in f if not line.startswith("#"))
    return seen


def stable(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def main():
    seen = training_text()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        versions = unpack_packages(PACKAGES, tmp)
        for (lang, script), loc in sorted(LOCALES.items()):
            by_class = {c: [] for c in CLASSES}
            for domain in DOMAINS:
                mo = os.path.join(tmp, "x/usr/share/locale", loc, "LC_MESSAGES", domain + ".mo")
                if not os.path.exists(mo):
                    continue
                texts = []
                for source, value in read_mo(mo):
                    if lang == "en":
                        source, value = "", source
                    text = clean(value)
                    if text == clean(str(source)) or len(re.findall(r"\w", text)) < 3 or text in seen:
                        continue
                    # Search keywords of a .desktop file (`Text;Editor;Текст;`) are a list in
                    # two languages, not text of one.
                    if text.count(";") >= 3:
                        continue
                    texts.append(text)
                for t in texts:
                    for c, (lo, hi) in CLASSES.items():
                        if lo <= len(t) <= hi:
                            by_class[c].append(("%s:%s" % (domain, loc), t))
                # Paragraphs: consecutive sentence-like messages of the catalogue, joined.
                para = ""
                for t in texts:
                    if len(t) < 40:
                        continue
                    para = (para + " " + t).strip()
                    if len(para) >= 300:
                        if len(para) <= 600:
                            by_class["paragraph"].append(("%s:%s" % (domain, loc), para))
                        para = ""
            for c, items in by_class.items():
                # One row per text (the first catalogue by name that has it), chosen by a
                # stable hash of the text, so the file is the same on every run.
                first_source = {}
                for src, t in sorted(items):
                    first_source.setdefault(t, src)
                items = sorted(((src, t) for t, src in first_source.items()),
                               key=lambda st: stable(st[1]))[:PER_CLASS]
                for src, t in sorted(items, key=lambda st: st[1]):
                    rows.append((lang, script, c, "deb:" + src, t))
            print(lang, script, {c: min(len(v), PER_CLASS) for c, v in by_class.items()})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Language-ID evaluation set of pagenorm: UI messages of GNOME programs in Debian 12 (%s),\n"
                % ", ".join("%s %s" % kv for kv in sorted(versions.items())))
        f.write("# translated by the GNOME translation teams (GPL-2.0-or-later); none of it in the training text.\n")
        f.write("# Generated by scripts/lid/eval_set.py; do not edit.\n")
        f.write("lang\tscript\tlength_class\tsource\ttext\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote", OUT, len(rows), "rows")


if __name__ == "__main__":
    sys.exit(main())
