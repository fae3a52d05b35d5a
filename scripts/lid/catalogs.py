#!/usr/bin/env python3
"""Extract language-ID training text from Debian 12 packages.

    python3 scripts/lid/catalogs.py     # downloads the .deb packages, writes data/lid/catalogs/

Sources:
- libgtk-3-common and libglib2.0-data: the translations of GTK 3 and GLib by the GNOME
  translation teams (LGPL-2.1-or-later). Each translated message (msgstr) becomes a line, with
  mnemonics, format directives and markup removed.
- fortunes-ru (fortune-mod-ru, GPL-2): everyday Russian, which the UDHR, CLDR and UI messages
  lack; written to data/lid/catalogs/ru-fortunes.txt and added to the Russian profile. (Training
  text leans to the languages of the web pagenorm is for, as its priors do.)
Each source is sampled to at most MAX_CHARS by a stable hash. The output is checked in; the
downloaded packages are not. Run again only to refresh the data (versions are in the headers).
"""
import glob
import hashlib
import struct
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data", "lid", "catalogs")
PACKAGES = ["libgtk-3-common", "libglib2.0-data", "fortunes-ru"]
# tag (as data/lid/corpus/) -> gettext locale directory
LOCALES = {
    "en": "en_GB", "ru": "ru", "uz-Latn": "uz", "uz-Cyrl": "uz@cyrillic", "be": "be",
    "be-Latn": "be@latin", "uk": "uk", "kk": "kk", "ky": "ky", "tg": "tg", "tk": "tk", "tr": "tr",
    "bg": "bg", "sr": "sr", "mk": "mk", "mn": "mn", "tt": "tt", "az": "az", "pl": "pl", "cs": "cs",
    "sk": "sk", "hr": "hr", "sl": "sl", "lt": "lt", "lv": "lv", "et": "et", "de": "de", "fr": "fr",
    "es": "es", "it": "it", "pt": "pt", "nl": "nl", "id": "id", "ro": "ro", "hu": "hu", "sv": "sv",
    "fi": "fi", "da": "da", "nb": "nb", "ca": "ca",
    # Languages beyond this web's that whatlang told apart, where GNOME has them: their profiles
    # learn from the same kind of text as their neighbours' (Afrikaans beside Dutch).
    "af": "af", "cy": "cy", "eo": "eo", "vi": "vi",
}


MAX_CHARS = 60_000  # per language: a sample, chosen by a stable hash of each message


def read_mo(path):
    """(msgid, msgstr) pairs of a GNU .mo file (plural forms joined), header skipped."""
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    n, orig, trans = struct.unpack(end + "III", data[8:20])
    for i in range(n):
        ol, oo = struct.unpack(end + "II", data[orig + 8 * i: orig + 8 * i + 8])
        tl, to = struct.unpack(end + "II", data[trans + 8 * i: trans + 8 * i + 8])
        msgid = data[oo:oo + ol].decode("utf-8", "replace").split("\x00")[0]
        msgstr = data[to:to + tl].decode("utf-8", "replace").replace("\x00", " ")
        if msgid:
            yield msgid.split("\x04")[-1], msgstr


def clean(msg):
    msg = re.sub(r"<[^>]+>", " ", msg)                 # markup
    msg = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?[a-zA-Z]", " ", msg)  # printf directives
    msg = re.sub(r"\{[^}]*\}|\$\{[^}]*\}", " ", msg)
    msg = msg.replace("_", "")                          # mnemonics
    msg = re.sub(r"\\[nt]|[\n\t]", " ", msg)
    return re.sub(r"\s+", " ", msg).strip()


def sample(lines):
    out, size = [], 0
    for line in sorted(set(lines), key=lambda l: hashlib.sha1(l.encode("utf-8")).hexdigest()):
        if size + len(line) > MAX_CHARS:
            break
        out.append(line)
        size += len(line) + 1
    return sorted(out)


def unpack_packages(packages, tmp):
    """Downloads the Debian packages into `tmp` and unpacks them into `tmp`/x; returns their
    versions by name."""
    versions = {}
    for p in packages:
        subprocess.run(["apt-get", "download", p], cwd=tmp, check=True, capture_output=True)
    for deb in glob.glob(os.path.join(tmp, "*.deb")):
        name, version = os.path.basename(deb).split("_")[:2]
        versions[name] = version
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp, "x")], check=True)
    return versions


def main():
    with tempfile.TemporaryDirectory() as tmp:
        versions = unpack_packages(PACKAGES, tmp)
        os.makedirs(OUT, exist_ok=True)
        for tag, loc in sorted(LOCALES.items()):
            lines = []
            # English: the source messages themselves (en_GB translates only a few).
            src_loc = "ru" if tag == "en" else loc
            for mo in sorted(glob.glob(os.path.join(tmp, "x/usr/share/locale", src_loc, "LC_MESSAGES", "*.mo"))):
                for source, value in read_mo(mo):
                    if tag == "en":
                        source, value = "", source
                    text = clean(value)
                    # Untranslated or mostly symbolic messages say nothing of the language.
                    if text == clean(str(source)) or len(re.findall(r"\w", text)) < 3:
                        continue
                    lines.append(text)
            lines = sample(lines)
            header = [
                "# Language-ID training text: %s, from the Debian 12 translations of GTK 3 and GLib (locale %s%s)."
                % (tag, loc, "; English: the source messages" if tag == "en" else ""),
                "# Packages: %s. Licence: LGPL-2.1-or-later." % ", ".join("%s %s" % kv for kv in sorted(versions.items())),
                "# Generated by scripts/lid/catalogs.py; do not edit. %d messages." % len(lines),
            ]
            with open(os.path.join(OUT, tag + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(header + lines) + "\n")
            print(tag, len(lines))
        # Russian fortunes: one line per non-empty text line, sources and signatures included.
        lines = []
        for path in sorted(glob.glob(os.path.join(tmp, "x/usr/share/games/fortunes/ru/*"))):
            if path.endswith(".dat") or os.path.islink(path):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    line = re.sub(r"\s+", " ", line).strip()
                    if line != "%" and len(re.findall(r"[а-яё]", line, re.I)) >= 10:
                        lines.append(line)
        lines = sample(lines)
        header = [
            "# Language-ID training text: ru, everyday Russian from Debian 12 package fortunes-ru %s" % versions["fortunes-ru"],
            "# (fortune-mod-ru by Pavel Maryanov; GPL-2). Generated by scripts/lid/catalogs.py; do not edit. %d lines." % len(lines),
        ]
        with open(os.path.join(OUT, "ru-fortunes.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(header + lines) + "\n")
        print("ru-fortunes", len(lines))


if __name__ == "__main__":
    sys.exit(main())
