// Writes data/translit/uz-Latn-uz-Cyrl.official.words: Russian spellings of loanwords and names
// for Uzbek Latin → Cyrillic.
//
// Why: the Uzbek Cyrillic orthography (rules of 1956, still those of Cyrillic Uzbek) writes words
// borrowed through Russian as Russian does — Мальта, Польша, Бельгия, Мьянма, тигринья — while
// the 1995 Latin alphabet drops ь and writes ц, я, ё by sound (Malta, Polsha, Belgiya, Myanma,
// tigrinya). Going back, letter rules cannot know where ь was; the Russian spelling can.
//
// Source: Unicode CLDR 48.2, locale "ru": names of territories, languages, scripts, time zones
// and currencies (npm cldr-localenames-full, cldr-dates-full, cldr-numbers-full 48.2.0; Unicode
// License v3). Each Russian word with a letter whose Latin reading is ambiguous going back
// (ь ъ ц тс, э after the first letter, я ю ё after a consonant, й before a vowel) is written in
// Uzbek Latin by pagenorm's own uz-Cyrl → uz-Latn rules; that Latin form then maps to the Russian
// word. Left out: forms under four letters; forms two Russian words share with different
// spellings; forms that the Uzbek Cyrillic training text (data/lid/corpus/uz-Cyrl.txt,
// data/lid/catalogs/uz-Cyrl.txt) writes otherwise (men is мен, "I", not Мэн), or that read as a
// word it writes and endings of the .suffixes file (fon-i, фони, is not фоньи); adjectives
// (-ский, -ская, …), which Uzbek does not borrow as such.
//
//   cargo build --release --features cli && node scripts/translit/loanwords.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;
const check = process.argv.includes('--check');
const out = join(root, 'data', 'translit', 'uz-Latn-uz-Cyrl.official.words');
const json = (pkg, file) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'main', 'ru', file), 'utf8'));

// Every string value under an object.
function* strings(v) {
  if (typeof v === 'string') yield v;
  else if (v && typeof v === 'object') for (const x of Object.values(v)) yield* strings(x);
}

const texts = [];
const names = json('cldr-localenames-full', 'territories.json').main.ru.localeDisplayNames;
texts.push(...strings(names.territories));
const langs = json('cldr-localenames-full', 'languages.json').main.ru.localeDisplayNames;
texts.push(...strings(langs.languages));
const scripts = json('cldr-localenames-full', 'scripts.json').main.ru.localeDisplayNames;
texts.push(...strings(scripts.scripts));
const tz = json('cldr-dates-full', 'timeZoneNames.json').main.ru.dates.timeZoneNames;
texts.push(...strings(tz.metazone), ...strings(tz.zone));
const cur = json('cldr-numbers-full', 'currencies.json').main.ru.numbers.currencies;
for (const c of Object.values(cur)) if (c.displayName) texts.push(c.displayName);

const ambiguous = /[ьъц]|тс|.э|[бвгджзклмнпрстфхчшщ][яюё]|й[аоуэеёюяи]/;
const adjective = /(ский|ская|ское|ские|ского|цкий|цкая|цкое|цкие|ный|ная|ное|ные|ний|няя|нее|ние|вый|вая|вое|вые)$/;
const words = new Set();
for (const t of texts) {
  for (const w of t.toLowerCase().split(/[^а-яё]+/u)) {
    if (w.length >= 4 && ambiguous.test(w) && !adjective.test(w)) words.add(w);
  }
}
const cyr = [...words].sort();

// Uzbek Latin of each, by pagenorm's rules (one word per line through the CLI).
const cli = join(root, 'target', 'release', 'pagenorm');
// The CLI prints {"system", "text"} as JSON.
const toLatin = (lines) =>
  JSON.parse(execFileSync(cli, ['translit', '--from', 'uz-Cyrl', '--to', 'uz-Latn'], { input: lines.join('\n') + '\n' }))
    .text.split('\n').slice(0, lines.length);
const latin = toLatin(cyr);

// What the Uzbek Cyrillic training text attests: Latin form -> its Cyrillic words.
const attested = new Map();
const uzText = ['data/lid/corpus/uz-Cyrl.txt', 'data/lid/catalogs/uz-Cyrl.txt']
  .map((f) => readFileSync(join(root, f), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n'))
  .join('\n').toLowerCase();
const uzWords = [...new Set(uzText.split(/[^а-яёўқғҳ]+/u).filter((w) => w.length >= 2))].sort();
const uzLatin = toLatin(uzWords).map((l) => l.replace(/[ʻʼ]/g, "'"));
uzWords.forEach((w, i) => {
  const l = uzLatin[i];
  if (!attested.has(l)) attested.set(l, new Set());
  attested.get(l).add(w);
});

const byLatin = new Map();
cyr.forEach((w, i) => {
  const l = latin[i].replace(/[ʻʼ]/g, "'");
  if (l.length < 4 || !/^[a-z]+$/.test(l)) return;
  if (!byLatin.has(l)) byLatin.set(l, new Set());
  byLatin.get(l).add(w);
});
// The endings a word of the table may carry (the engine reads the word only before them), and
// their Cyrillic by the letter rules.
const suffixes = readFileSync(out.replace(/\.words$/, '.suffixes'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
const chainOf = (rest) => {
  // One way of reading `rest` as endings, or null.
  const ways = [[]];
  for (let j = 0; j < rest.length; j++) {
    if (ways[j]) for (const s of suffixes) if (rest.startsWith(s, j) && !ways[j + s.length]) ways[j + s.length] = [...ways[j], s];
  }
  return ways[rest.length] ?? null;
};
const suffixCyr = new Map();
{
  const out = JSON.parse(execFileSync(cli, ['translit', '--from', 'uz-Latn', '--to', 'uz-Cyrl'], { input: suffixes.join('\n') + '\n' }))
    .text.split('\n');
  suffixes.forEach((s, i) => suffixCyr.set(s, out[i]));
}
const rows = [];
for (const [l, ws] of [...byLatin].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (ws.size > 1) continue;
  const [w] = ws;
  const seen = attested.get(l);
  if (seen && [...seen].some((x) => x !== w)) continue;
  // An Uzbek word and an ending that read as this one, spelled otherwise (fon-i is фони, not
  // фоньи).
  let clash = false;
  for (let n = 3; n < l.length && !clash; n++) {
    const chain = chainOf(l.slice(n));
    const stems = attested.get(l.slice(0, n));
    if (chain && stems) clash = [...stems].some((x) => x + chain.map((s) => suffixCyr.get(s)).join('') !== w);
  }
  if (clash) continue;
  rows.push(`${l}\t${w}`);
}

const header = `# Russian spellings of loanwords and names, for Uzbek Latin → Cyrillic (uz-Latn-uz-Cyrl.official):
# a word whose Latin begins with the left column is written from the right one, the rest of the
# word (an Uzbek suffix: Polshada → Польшада) by the letter rules.
# Source: Unicode CLDR 48.2, locale "ru" (territory, language, script, time zone and currency
# names; npm cldr-localenames-full, cldr-dates-full, cldr-numbers-full; Unicode License v3).
# Generated by scripts/translit/loanwords.mjs; do not edit. ${rows.length} words.
`;
const text = header + rows.join('\n') + '\n';
if (check) {
  const old = readFileSync(out, 'utf8');
  if (old !== text) { console.error(`${out} differs; run node scripts/translit/loanwords.mjs`); process.exit(1); }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${rows.length} words)`);
}
