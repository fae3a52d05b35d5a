// Writes tests/fixtures/names/cldr-territories.tsv: evaluation groups of the world's country and
// territory names, which the project never learnt from — each CLDR locale written in Latin or
// Cyrillic spells them (Джибути, Djibouti, Dschibuti, Dżibuti, Cibuti, …), in the locales the name
// key is for (see cldr_cities.mjs). Run: node scripts/names/cldr_territories.mjs
// Most groups hold names that are other words, not other spellings (Germany, Deutschland,
// Allemagne, Германия): recall here is low for every method, and the set measures false matches
// between different places, and what a change to the key gains or costs, more than recall itself.
// Source: Unicode CLDR (npm package cldr-localenames-full, main/<locale>/territories.json);
// licence: Unicode License v3 (https://www.unicode.org/license.txt).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const pkg = `${root}node_modules/cldr-localenames-full`;
const version = JSON.parse(readFileSync(`${pkg}/package.json`, 'utf8')).version;
const LOCALES = new Set(['en', 'de', 'fr', 'pl', 'es', 'tr', 'cs', 'sk', 'lt', 'lv', 'ru', 'uk', 'be', 'uz',
  'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'az']);
const latinOrCyrillic = (s) => /^[\p{Script=Latin}\p{Script=Cyrillic}\s\-'’ʼʻ.]+$/u.test(s);
const names = new Map(); // region code → Map(name → locale)
for (const locale of readdirSync(`${pkg}/main`).sort().filter((l) => LOCALES.has(l))) {
  const data = JSON.parse(readFileSync(`${pkg}/main/${locale}/territories.json`, 'utf8'));
  for (const [code, name] of Object.entries(data.main[locale].localeDisplayNames.territories)) {
    // Countries and territories (two letters; not the EU, the UN, "Unknown Region" or the
    // pseudo-regions), each one's main name only (no -alt-short or -alt-variant).
    if (!/^[A-Z]{2}$/.test(code) || ['EU', 'EZ', 'UN', 'ZZ', 'XA', 'XB', 'QO'].includes(code)) continue;
    if (!latinOrCyrillic(name)) continue;
    if (!names.has(code)) names.set(code, new Map());
    if (!names.get(code).has(name)) names.get(code).set(name, locale);
  }
}
const rows = [];
for (const [code, seen] of [...names].sort()) {
  if (seen.size < 2) continue;
  for (const [name, locale] of seen) rows.push([`loc:cldr:${code}`, name, locale, `CLDR ${version} territories ${code}`]);
}
const header = `group_id\tvariant\tlang\tsource`;
writeFileSync(`${root}tests/fixtures/names/cldr-territories.tsv`, [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${rows.length} spellings of ${new Set(rows.map((r) => r[0])).size} places`);
