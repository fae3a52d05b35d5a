// What every consumer build runs once the module is initialised: each entry point of the package,
// on real text. The result goes into <body data-result> for the test to read.
import {
  detectLanguage, transliterate, normalizePage, findNames, listSchemes, nameKey, PageNormalizer,
} from 'pagenorm';

const PAGE = '<html lang="uz"><head><title>Yangiliklar</title></head><body><nav><a href="/">Bosh sahifa</a></nav>'
  + '<h1>Prezident Toshkentda</h1><p>Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev bugun Toshkent shahrida '
  + 'yigʻilish oʻtkazdi va muhim qarorlar qabul qildi.</p><p>Президент Шавкат Мирзиёев сегодня провёл совещание в Ташкенте.</p></body></html>';

export function check() {
  const bytes = new TextEncoder().encode(PAGE);
  const chunked = new PageNormalizer({ url: 'https://kun.uz/' });
  for (let i = 0; i < bytes.length; i += 64) chunked.push(bytes.subarray(i, i + 64));
  const report = normalizePage(bytes, { url: 'https://kun.uz/' });
  return {
    tag: detectLanguage('Ўзбекистон Республикаси Президенти').tag,
    latin: transliterate('Ўзбекистон', { from: 'uz-Cyrl', to: 'uz-Latn' }),
    blocks: report.blocks.filter((b) => !b.boilerplate).map((b) => b.tag),
    chunkedSame: JSON.stringify(chunked.finish()) === JSON.stringify(report),
    mentions: findNames(report.blocks.map((b) => b.text).join('\n'), 'Mirziyoyev').map((m) => m.text),
    sameKey: nameKey('Лукашэнка') === nameKey('Łukašenka'),
    schemes: listSchemes().length,
  };
}

export function show(promise) {
  promise.then(
    () => { document.body.dataset.result = JSON.stringify(check()); },
    (e) => { document.body.dataset.error = String(e); },
  );
}
