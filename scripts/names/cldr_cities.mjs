// Writes tests/fixtures/names/cldr-cities.tsv: evaluation groups of place names the project never
// learnt from — the exemplar cities of CLDR's time-zone names for the cities of the post-Soviet
// region, as each CLDR locale written in Latin or Cyrillic spells them (Ташкент, Toshkent,
// Taschkent, Tachkent, Taszkent, Taškent, …). Run: node scripts/names/cldr_cities.mjs
// With --world, the exemplar cities of every time zone (Джакарта, Jakarta, Dżakarta; Уайтхорс,
// Whitehorse), written to tests/fixtures/names/cldr-world-cities.tsv.
// Source: Unicode CLDR (npm package cldr-dates-full, main/<locale>/timeZoneNames.json);
// licence: Unicode License v3 (https://www.unicode.org/license.txt).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const pkg = `${root}node_modules/cldr-dates-full`;
const version = JSON.parse(readFileSync(`${pkg}/package.json`, 'utf8')).version;
// Time zones of the region (IANA ids).
const ZONES = [
  'Asia/Tashkent', 'Asia/Samarkand', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Aqtau', 'Asia/Atyrau',
  'Asia/Oral', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Bishkek', 'Asia/Dushanbe', 'Asia/Ashgabat',
  'Asia/Baku', 'Asia/Yerevan', 'Asia/Tbilisi', 'Europe/Minsk', 'Europe/Kiev', 'Europe/Simferopol',
  'Europe/Moscow', 'Europe/Volgograd', 'Europe/Kirov', 'Europe/Samara', 'Europe/Ulyanovsk',
  'Europe/Saratov', 'Europe/Astrakhan', 'Europe/Kaliningrad', 'Europe/Chisinau', 'Europe/Riga',
  'Europe/Vilnius', 'Europe/Tallinn', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk',
  'Asia/Barnaul', 'Asia/Tomsk', 'Asia/Novokuznetsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk',
  'Asia/Chita', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Khandyga', 'Asia/Sakhalin',
  'Asia/Ust-Nera', 'Asia/Magadan', 'Asia/Srednekolymsk', 'Asia/Kamchatka', 'Asia/Anadyr',
];
// The locales whose spelling habits the name key is for (issue #5): the Cyrillic languages of the
// region and the Latin habits of English, German, French, Polish, Spanish, Turkish, Czech and
// Slovak, Baltic, Uzbek, Kazakh, Turkmen and Azerbaijani.
const LOCALES = new Set(['en', 'de', 'fr', 'pl', 'es', 'tr', 'cs', 'sk', 'lt', 'lv', 'ru', 'uk', 'be', 'uz',
  'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'az']);
const latinOrCyrillic = (s) => /^[\p{Script=Latin}\p{Script=Cyrillic}\s\-'’ʼʻ.]+$/u.test(s);
const world = process.argv.includes('--world');
// Every zone id, from the Russian names (English leaves out the cities named as their id).
const allZones = () => {
  const zones = [];
  const walk = (node, path) => {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object' && !('exemplarCity' in v) && !('long' in v) && !('short' in v)) walk(v, [...path, k]);
      else zones.push([...path, k].join('/'));
    }
  };
  const ru = JSON.parse(readFileSync(`${pkg}/main/ru/timeZoneNames.json`, 'utf8'));
  walk(ru.main.ru.dates.timeZoneNames.zone, []);
  return zones.filter((z) => z.includes('/') && !z.startsWith('Etc/'));
};
const rows = [];
for (const zone of world ? allZones() : ZONES) {
  const parts = zone.split('/');
  const city = parts[parts.length - 1];
  const seen = new Map();
  for (const locale of readdirSync(`${pkg}/main`).sort().filter((l) => LOCALES.has(l))) {
    let data;
    try {
      data = JSON.parse(readFileSync(`${pkg}/main/${locale}/timeZoneNames.json`, 'utf8'));
    } catch {
      continue;
    }
    const name = parts.reduce((node, k) => node?.[k], data.main[locale].dates.timeZoneNames.zone)?.exemplarCity;
    if (!name || !latinOrCyrillic(name)) continue;
    if (!seen.has(name)) seen.set(name, locale);
  }
  // The English name (CLDR root: the zone id's city) is one of the spellings.
  const english = city.replaceAll('_', ' ');
  if (!seen.has(english)) seen.set(english, 'root');
  if (seen.size < 2) continue;
  for (const [name, locale] of seen) rows.push([`loc:cldr:${zone}`, name, locale, `CLDR ${version} timeZoneNames ${zone} exemplarCity`]);
}
const header = `group_id\tvariant\tlang\tsource`;
writeFileSync(`${root}tests/fixtures/names/${world ? 'cldr-world-cities' : 'cldr-cities'}.tsv`, [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${rows.length} spellings of ${new Set(rows.map((r) => r[0])).size} places`);
