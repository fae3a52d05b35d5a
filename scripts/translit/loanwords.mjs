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
// Then the Russian spelling of other loanwords Uzbek text uses, from published word lists (part 2
// below; --cldr-only leaves it out).
//
//   cargo build --release --features cli && node scripts/translit/loanwords.mjs [--check] [--cldr-only]
// (it then runs scripts/gen_tables.py).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;
const WORD_MIN = 4; // src/translit/engine.rs: the shortest word the table lists
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
const cldrRows = [];
for (const [l, ws] of [...byLatin].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (ws.size > 1) continue;
  const [w] = ws;
  const seen = attested.get(l);
  if (seen && [...seen].some((x) => x !== w)) continue;
  // An Uzbek word and an ending that read as this one, spelled otherwise (fon-i is фони, not
  // фоньи).
  if (clashes(l, w)) continue;
  cldrRows.push([l, w]);
}

function clashes(l, w) {
  for (let n = 3; n < l.length; n++) {
    const chain = chainOf(l.slice(n));
    const stems = attested.get(l.slice(0, n));
    if (chain && stems && [...stems].some((x) => x + chainCyr(chain) !== w)) return true;
  }
  return false;
}
function chainCyr(chain) {
  return chain.map((s) => suffixCyr.get(s)).join('');
}

// Part 2: the Russian spelling of loanwords beyond CLDR's names (пенсия, not the пенция of
// -nsiya → -нция; матрица, съезд), for the words Uzbek text uses.
// Sources: the word lists of Tesseract's OCR models (tessdata_fast, Apache-2.0, Google; Debian
// tesseract-ocr-rus and tesseract-ocr-uzb-cyrl 1:4.1.0-2; extracted by tesseract-wordlist.sh):
// Russian (~293,900 words) and Uzbek Cyrillic (~100,800) web text.
// Each word of the Uzbek list (four letters or more, lower case) is written in Uzbek Latin by the
// rules. Where the rules (with the CLDR words) write that Latin form back otherwise than the Uzbek
// list ever does, its shortest beginning that leaves a chain of endings of the .suffixes file and
// that is the Latin of one Russian word only (not an adjective) is written as that Russian word
// (pensiya|ga → пенсия|га). Not when a word of the Uzbek list that the beginning and endings spell
// is written by the rules as the list writes it and not as the Russian word would have it (an
// Uzbek word, or a loan the list spells the Uzbek way), nor when a CLDR word covers one, nor
// when the Uzbek training text reads it otherwise (as in part 1). The Uzbek list alone does not
// decide a spelling: much Uzbek Cyrillic on the web is converted from the Latin letter by letter
// (стансия, айца for айтса). The rules' Cyrillic is that of a build whose .words holds the CLDR
// words only (built into target/loanwords).
const PAIRS = (last, next) => ((last === 's' || last === 'c') && next === 'h') || (last === 't' && next === 's')
  || (last === 'y' && 'aeou'.includes(next ?? '#'));
let listRows = [];
if (!process.argv.includes('--cldr-only')) {
  const wordlist = (lang) => {
    const path = execFileSync('bash', [join(root, 'scripts', 'translit', 'tesseract-wordlist.sh'), lang],
      { stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim();
    return [...new Set(readFileSync(path, 'utf8').split('\n').map((w) => w.trim().toLowerCase())
      .filter((w) => w.length >= WORD_MIN && /^[а-яёўқғҳъь]+$/u.test(w)))].sort();
  };
  const uzbek = wordlist('uzb_cyrl');
  // Not adjectives, nor the Ukrainian ones among the Russian (-ький), nor plurals in -ы, whose
  // Latin ends as an Uzbek possessive does (seleksioner|i is not селекционеры).
  const russian = wordlist('rus').filter((w) => !adjective.test(w) && !/ький$|ы$/.test(w));
  // The Cyrillic the rules and CLDR words give: a build with .words holding the CLDR rows only.
  const original = readFileSync(out, 'utf8');
  writeFileSync(out, render(cldrRows, []));
  let rulesCli;
  try {
    execFileSync('python3', [join(root, 'scripts', 'gen_tables.py')], { stdio: 'inherit' });
    const target = join(root, 'target', 'loanwords');
    execFileSync('cargo', ['build', '--release', '--features', 'cli'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, CARGO_TARGET_DIR: target } });
    rulesCli = join(target, 'release', 'pagenorm');
  } finally {
    writeFileSync(out, original);
    execFileSync('python3', [join(root, 'scripts', 'gen_tables.py')], { stdio: 'inherit' });
  }
  const run = (lines, from, to) =>
    JSON.parse(execFileSync(rulesCli, ['translit', '--from', from, '--to', to], { input: lines.join('\n') + '\n', maxBuffer: 1 << 28 }))
      .text.split('\n').slice(0, lines.length);
  // Latin form -> its spellings in a list.
  const byForm = (words) => {
    const m = new Map();
    run(words, 'uz-Cyrl', 'uz-Latn').forEach((l, i) => {
      if (!/^[a-z]+$/.test(l)) return;
      if (!m.has(l)) m.set(l, new Set());
      m.get(l).add(words[i]);
    });
    return m;
  };
  const uzSpelled = byForm(uzbek);
  const ruSpelled = byForm(russian);
  const forms = [...uzSpelled.keys()].sort();
  const ruledOf = new Map();
  const rule = (ls) => {
    const todo = [...new Set(ls.filter((l) => !ruledOf.has(l)))];
    if (todo.length) run(todo, 'uz-Latn', 'uz-Cyrl').forEach((c, i) => ruledOf.set(todo[i], c));
  };
  rule(forms);
  const cldrCovers = (l) => cldrRows.some(([r]) => l.startsWith(r) && chainOf(l.slice(r.length)));
  // The Uzbek forms a beginning starts, with the chain of endings after it.
  const formsFrom = (stem) => {
    let lo = 0, hi = forms.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (forms[m] < stem) lo = m + 1; else hi = m; }
    const got = [];
    for (let k = lo; k < forms.length && forms[k].startsWith(stem); k++) {
      const chain = chainOf(forms[k].slice(stem.length));
      if (chain && !PAIRS(stem.at(-1), forms[k][stem.length])) got.push([forms[k], chain]);
    }
    return got;
  };
  // Candidate beginnings: of forms the rules write otherwise than the Uzbek list, the Latin of
  // one Russian word.
  // Also, where the Uzbek list writes a form both ways, the rules' way and the Russian word's with
  // ц for the rules' с or тс (принсип and принцип: Latin s after a consonant is ц in the
  // orthography and с in a letter-by-letter conversion; Донетск and Донецк), the Russian word's: the Uzbek text edited to the
  // orthography (the UDHR: принципларига) writes loans as Russian does. Such a beginning is
  // kept even where other forms of it appear only the rules' way.
  const candidates = new Map();
  const tsOnly = (ruled, ru) => {
    // ru is ruled with some с or тс written ц.
    let i = 0, j = 0;
    while (i < ruled.length && j < ru.length) {
      if (ruled[i] === ru[j]) { i++; j++; }
      else if (ru[j] === 'ц' && ruled[i] === 'с') { i++; j++; }
      else if (ru[j] === 'ц' && ruled.startsWith('тс', i)) { i += 2; j++; }
      else return false;
    }
    return i === ruled.length && j === ru.length;
  };
  const bothWays = new Set();
  for (const l of forms) {
    if (cldrCovers(l)) continue;
    const spelled = uzSpelled.get(l), ruled = ruledOf.get(l);
    const both = spelled.has(ruled);
    if (both && spelled.size === 1) continue;
    for (let n = WORD_MIN; n <= l.length; n++) {
      const stem = l.slice(0, n);
      const chain = chainOf(l.slice(n));
      // Where two Russian words share the Latin (донецк and the Ukrainian донецьк), the one the
      // Uzbek list writes.
      let ru = ruSpelled.get(stem);
      if (ru && ru.size > 1 && chain) ru = new Set([...ru].filter((r) => spelled.has(r + chainCyr(chain))));
      if (!ru || !chain || PAIRS(l[n - 1], l[n])) continue;
      // A beginning that is a Russian word spelled more than one way decides nothing, and no
      // longer one is read (seleksioner|i is not the plural селекционеры).
      if (ru.size !== 1) break;
      const r = [...ru][0];
      if (both) {
        const whole = r + chainCyr(chain);
        if (!spelled.has(whole) || !tsOnly(ruled, whole)) break;
        bothWays.add(stem);
      }
      candidates.set(stem, r);
      break;
    }
  }
  rule([...candidates.keys()]);
  const stems = [];
  for (const [stem, ru] of [...candidates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (ruledOf.get(stem) === ru) continue;
    const covered = formsFrom(stem);
    const breaks = bothWays.has(stem) ? covered.some(([f]) => cldrCovers(f)) : covered.some(([f, c]) => {
      const spelled = uzSpelled.get(f);
      return cldrCovers(f) || (spelled.has(ruledOf.get(f)) && !spelled.has(ru + chainCyr(c)));
    });
    if (breaks || clashes(stem, ru)) continue;
    stems.push([stem, ru]);
  }
  listRows = stems;
}

function render(cldr, list) {
  const rows = [...cldr, ...list].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const header = `# Russian spellings of loanwords and names, for Uzbek Latin → Cyrillic (uz-Latn-uz-Cyrl.official):
# a word whose Latin begins with the left column is written from the right one, the rest of the
# word (an Uzbek suffix: Polshada → Польшада) by the letter rules.
# Sources: Unicode CLDR 48.2, locale "ru" (territory, language, script, time zone and currency
# names; npm cldr-localenames-full, cldr-dates-full, cldr-numbers-full; Unicode License v3):
# ${cldr.length} words;${list.length ? ` the Russian word list of Tesseract's OCR model (tessdata_fast rus, Debian
# tesseract-ocr-rus 1:4.1.0-2; Apache-2.0, Google): ${list.length} words of Uzbek text (its Uzbek Cyrillic
# list, tessdata_fast uzb_cyrl) that the letter rules write otherwise.` : ''}
# Generated by scripts/translit/loanwords.mjs; do not edit. ${rows.length} words.
`;
  return header + rows.map(([l, w]) => `${l}\t${w}`).join('\n') + '\n';
}

const text = render(cldrRows, listRows);
if (check) {
  const old = readFileSync(out, 'utf8');
  if (old !== text) { console.error(`${out} differs; run node scripts/translit/loanwords.mjs`); process.exit(1); }
} else {
  writeFileSync(out, text);
  execFileSync('python3', [join(root, 'scripts', 'gen_tables.py')], { stdio: 'inherit' });
  console.log(`wrote ${out} (${cldrRows.length} CLDR words, ${listRows.length} from the word lists)`);
}
