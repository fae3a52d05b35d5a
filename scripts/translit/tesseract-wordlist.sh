#!/usr/bin/env bash
# Usage: scripts/translit/tesseract-wordlist.sh LANG   (uzb_cyrl, rus, kaz)
# Prints the path of the word list of Tesseract's OCR model for LANG (tessdata_fast, Apache-2.0,
# Google; Debian package tesseract-ocr-LANG 1:4.1.0-2), extracting it first into
# target/wordlists/ if it is not there: words of web text in that language, one per line
# (uzb_cyrl ~100,800, rus ~293,900, kaz ~437,200). Needs apt-get (the package is downloaded, not
# installed) and Debian's tesseract-ocr for combine_tessdata and dawg2wordlist (installed when
# missing, as root or with sudo). Used by scripts/translit/loanwords.mjs (uzb_cyrl, rus) and to
# count the Kazakh 2021 table's readings backwards (kaz); nothing it writes is committed.
set -euo pipefail
lang=${1:?usage: tesseract-wordlist.sh LANG}
case "$lang" in uzb_cyrl | rus | kaz) ;; *) echo "tesseract-wordlist.sh: unknown LANG $lang" >&2; exit 2 ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/target/wordlists"
out="$dir/$lang.words"
if [ ! -s "$out" ]; then
  mkdir -p "$dir/deb-$lang"
  if ! command -v dawg2wordlist >/dev/null || ! command -v combine_tessdata >/dev/null; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y tesseract-ocr >&2
  fi
  pkg="tesseract-ocr-${lang//_/-}"
  (cd "$dir/deb-$lang" && apt-get download "$pkg=1:4.1.0-2" >&2)
  dpkg-deb -x "$dir/deb-$lang/${pkg}_"*.deb "$dir/deb-$lang/x"
  combine_tessdata -u "$(find "$dir/deb-$lang/x" -name "$lang.traineddata")" "$dir/$lang." >/dev/null 2>&1
  dawg2wordlist "$dir/$lang.lstm-unicharset" "$dir/$lang.lstm-word-dawg" "$out.tmp" >/dev/null 2>&1
  mv "$out.tmp" "$out"
fi
echo "$out"
