// Writes tests/fixtures/names/cldr-cities.tsv: evaluation groups of place names the project never
// learnt from — the exemplar cities of CLDR's time-zone names for the cities of the post-Soviet
// region, as each CLDR locale written in Latin or Cyrillic spells them (Ташкент, Toshkent,
// Taschkent, Tachkent, Taszkent, Taškent, …). Run: node scripts/names/cldr_cities.mjs
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
const rows = [];
for (const zone of ZONES) {
  const [area, city] = zone.split('/');
  const seen = new Map();
  for (const locale of readdirSync(`${pkg}/main`).sort().filter((l) => LOCALES.has(l))) {
    let data;
    try {
      data = JSON.parse(readFileSync(`${pkg}/main/${locale}/timeZoneNames.json`, 'utf8'));
    } catch {
      continue;
    }
    const name = data.main[locale].dates.timeZoneNames.zone?.[area]?.[city]?.exemplarCity;
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
writeFileSync(`${root}tests/fixtures/names/cldr-cities.tsv`, [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${rows.length} spellings of ${new Set(rows.map((r) => r[0])).size} places`);
