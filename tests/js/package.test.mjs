// The built npm package (pkg/), imported the way a Node user imports it: by its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  detectLanguage, transliterate, listSchemes, nameKey, sameName, nameSimilarity, findNames, normalizePage, PageNormalizer,
} from 'pagenorm';
import { createReadStream } from 'node:fs';

const fixtures = new URL('../fixtures/pages/', import.meta.url);
const page = (name) => new Uint8Array(readFileSync(new URL(name, fixtures)));

test('detectLanguage: the core languages', () => {
  const d = detectLanguage('Ўзбекистон Республикаси Президенти');
  assert.equal(d.lang, 'uz');
  assert.equal(d.script, 'Cyrl');
  assert.equal(d.tag, 'uz-Cyrl');
  assert.ok(d.confidence > 0.5 && d.confidence <= 1);
  assert.deepEqual(
    [detectLanguage('Oʻzbekiston Respublikasi Prezidenti')].map((x) => [x.lang, x.script]),
    [['uz', 'Latn']],
  );
  const ru = detectLanguage('Президент России провёл совещание с членами правительства в Москве.');
  assert.deepEqual([ru.lang, ru.script], ['ru', 'Cyrl']);
  const en = detectLanguage('The president met members of the government in the capital on Monday.');
  assert.deepEqual([en.lang, en.script], ['en', 'Latn']);
  assert.deepEqual(detectLanguage(''), { lang: 'und', script: 'Zyyy', tag: 'und', confidence: 0 });
});

test('languages beyond this web that whatlang told apart are theirs, not the nearest of ours', () => {
  // Article 1 of the UDHR in Vietnamese and Zulu (Zulu had been Turkmen at 0.999).
  const vi = detectLanguage('Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền lợi.');
  assert.deepEqual([vi.lang, vi.script, vi.tag], ['vi', 'Latn', 'vi']);
  const zu = detectLanguage('Abantu bonke bazalwa bekhululekile belingana ngesithunzi nangamalungelo.');
  assert.equal(zu.lang, 'zu');
  // And they take nothing of ours.
  assert.equal(detectLanguage('Alle mensen worden vrij en gelijk in waardigheid en rechten geboren.').lang, 'nl');
});

test('Uzbek in the reformed Latin alphabet (2026): detected, and written back both ways', () => {
  const d = detectLanguage('Yangi özbek alifbosi uçun klaviatura va yordamçi dastur.');
  assert.deepEqual([d.lang, d.script, d.tag], ['uz', 'Latn', 'uz-Latn']);
  assert.ok(d.confidence > 0.9, JSON.stringify(d));
  // Its letters, and ș typed for ş, read back into Cyrillic and into the 1995 alphabet.
  assert.equal(transliterate('Özbekiston şaharlari, Șavkat', { from: 'uz-Latn', to: 'uz-Cyrl' }), 'Ўзбекистон шаҳарлари, Шавкат');
  assert.equal(
    transliterate('Özbekiston şaharlari, Șavkat', { from: 'uz-Latn', to: 'uz-Latn', system: 'official' }),
    'Oʻzbekiston shaharlari, Shavkat',
  );
  assert.ok(sameName('Şavkat Mirziyoyev', 'Шавкат Мирзиёев'));
});

test('transliterate: Uzbek Cyrillic to Latin, official', () => {
  assert.equal(transliterate('Ўзбекистон', { from: 'uz-Cyrl', to: 'uz-Latn' }), 'Oʻzbekiston');
  assert.equal(transliterate('ШАВКАТ Мирзиёев', { from: 'uz-Cyrl', to: 'Latn', system: 'official' }), 'SHAVKAT Mirziyoyev');
  const schemes = listSchemes();
  assert.ok(schemes.some((s) => s.from === 'uz-Cyrl' && s.to === 'uz-Latn' && s.system === 'official' && s.name));
});

test('the tag detectLanguage gives chooses the transliteration system', () => {
  for (const [text, latin] of [
    ['Усе людзі нараджаюцца свабоднымі', 'Usie ludzi naradžajucca svabodnymi'],
    ['Бардык адамдар эркин жана тең укуктуу болуп төрөлөт', 'Bardyk adamdar erkin jana teng ukuktuu bolup törölöt'],
    ['Тамоми одамон озод ба дунё меоянд', 'Tamomi odamon ozod ba dunyo meoyand'],
    ['Барча одамлар эркин, қадр-қиммат ва ҳуқуқларда тенг', 'Barcha odamlar erkin, qadr-qimmat va huquqlarda teng'],
  ]) {
    const { tag } = detectLanguage(text);
    assert.equal(transliterate(text, { from: tag, to: 'Latn' }), latin, tag);
  }
  // A region is not read; a language without a script means its other script.
  assert.equal(transliterate('Ўзбекистон', { from: 'uz-Cyrl-UZ', to: 'uz-Latn' }), 'Oʻzbekiston');
  assert.equal(transliterate('Ўзбекистон', { from: 'uz', to: 'Latn' }), 'Oʻzbekiston');
});

test('Kazakh Latin in either alphabet: detected as kk-Latn and read back by its own letters', () => {
  // A line of the state newspaper's Latin edition (2018 alphabet) and the 1902 text in 2021's.
  const old = 'Bıýdjetti atqarý jónindegi ýákiletti organdardyń bıýdjettik eseptilikti jasaý jáne berý erejesin bekitý týraly';
  const now = 'Būryñğy ötken zamanda, bır danyşpan kısı';
  for (const [text, cyrillic] of [
    [old, 'Бюджетті атқару жөніндегі уәкілетті органдардың бюджеттік есептілікті жасау және беру ережесін бекіту туралы'],
    [now, 'Бұрыңғы өткен заманда, бір данышпан кісі'],
  ]) {
    const { tag } = detectLanguage(text);
    assert.equal(tag, 'kk-Latn', text);
    assert.equal(transliterate(text, { from: tag, to: 'Cyrl' }), cyrillic);
  }
  assert.equal(transliterate('Қазақстан Республикасы', { from: 'kk-Cyrl', to: 'kk-Latn', system: '2018' }), 'Qazaqstan Respýblıkasy');
  assert.ok(listSchemes().some((s) => s.from === 'kk-Latn' && s.to === 'kk-Cyrl' && s.system === '2018'));
});

test('errors are thrown Errors with a message, and the module keeps working', () => {
  assert.throws(() => transliterate('x', { from: 'uz-Cyrl', to: 'uz-Latn', system: 'klingon' }),
    (e) => e instanceof Error && /klingon/.test(e.message) && /its systems: official, 2026, iso9/.test(e.message));
  assert.throws(() => transliterate('x', { from: 'xx', to: 'yy' }),
    (e) => e instanceof Error && /known: uz-Cyrl → uz-Latn \[official, 2026, iso9\]/.test(e.message));
  assert.throws(() => transliterate('x', {}), (e) => e instanceof Error && /from, to/.test(e.message));
  assert.throws(() => normalizePage(42), (e) => e instanceof Error && /string, a Uint8Array/.test(e.message));
  assert.throws(() => normalizePage('x'.repeat(20), { maxInputBytes: 10 }),
    (e) => e instanceof Error && /over the limit of 10 bytes/.test(e.message));
  assert.throws(() => normalizePage('x', { maxDepth: -1 }), (e) => e instanceof Error && /maxDepth/.test(e.message));
  // Options of the wrong type name the option and what was given.
  assert.throws(() => normalizePage('x', { maxBlocks: 2.5 }), { name: 'Error', message: /maxBlocks must be a whole number ≥ 1, got 2\.5/ });
  assert.throws(() => normalizePage('x', { maxBlocks: '7' }), { name: 'Error', message: /maxBlocks .* got a string/ });
  assert.throws(() => normalizePage('x', { url: 42 }), { name: 'Error', message: /url must be a string, got number/ });
  assert.throws(() => normalizePage('x', 5), { name: 'Error', message: /options: expected an object, got number/ });
  assert.throws(() => normalizePage('x', { translit: 'Latn' }), { name: 'Error', message: /translit must be an object/ });
  assert.throws(() => normalizePage('x', { translit: {} }), { name: 'Error', message: /translit needs a field to/ });
  assert.throws(() => transliterate('x', { from: 'uz-Cyrl', to: 7 }), { name: 'Error', message: /to must be a string/ });
  assert.throws(() => transliterate('x', 'uz-Latn'), { name: 'Error', message: /from, to.*got string/ });
  // Absent, undefined and null options are the defaults.
  assert.equal(normalizePage('<p>Salom</p>', { url: null, maxDepth: undefined }).blocks.length, 1);
  assert.equal(transliterate('Тошкент', { from: 'uz-Cyrl', to: 'uz-Latn' }), 'Toshkent');
});

test('names: a similarity score beside the yes/no', () => {
  assert.equal(nameSimilarity('Лукашенко', 'LUKASHENKO'), 1);
  const near = nameSimilarity('Vardan Oskanian', 'Vartan Oskanyan');
  assert.ok(near >= 0.9 && near < 1, String(near));
  assert.equal(sameName('Vardan Oskanian', 'Vartan Oskanyan'), true);
  assert.ok(nameSimilarity('MURADOV', 'MURATOV') < 0.9);
  assert.equal(sameName('MURADOV', 'MURATOV'), false);
  assert.equal(nameSimilarity('', ''), 0);
});

test('names: keys, same name, mentions with UTF-16 offsets', () => {
  assert.equal(nameKey('Лукашенко'), nameKey('LUKASHENKO'));
  assert.ok(sameName('Шавкат Мирзиёев', 'Mirziyoyev, Shavkat'));
  assert.ok(!sameName('Lukashenko', 'Lukashevich'));
  const text = '😀 Лукашенко встретился с 🇺🇿 Lukashenko.';
  const found = findNames(text, 'Lukashenko');
  assert.deepEqual(found.map((m) => m.text), ['Лукашенко', 'Lukashenko']);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  // The spellings a name index merged: overlapping mentions joined, the longer kept, in order.
  const page = '😀 Sergei Lebedev met Лебедев. Lebedev left.';
  const merged = findNames(page, ['Lebedev', 'Sergei Lebedev', 'Лебедев']);
  assert.deepEqual(merged.map((m) => m.text), ['Sergei Lebedev', 'Лебедев', 'Lebedev']);
  for (const m of merged) assert.equal(page.slice(m.start, m.end), m.text);
  assert.deepEqual(findNames(page, []), []);
  assert.throws(() => findNames(page, ['Lebedev', 42]), (e) => e instanceof Error && /each name of the array must be a string/.test(e.message));
  assert.throws(() => findNames(page, 42), (e) => e instanceof Error && /a name \(a string\) or an array/.test(e.message));
  // The module still works after those errors.
  assert.equal(findNames(page, 'Lebedev').length, 3);
});

test('normalizePage: every seed page, content and boilerplate', () => {
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
  assert.ok(names.length >= 5);
  for (const name of names) {
    const r = normalizePage(page(name));
    assert.ok(r.blocks.length > 0, name);
    assert.ok(r.blocks.some((b) => !b.boilerplate), `${name}: has content`);
    assert.ok(typeof r.title === 'string' && r.title.length > 0, `${name}: title`);
    for (const b of r.blocks) {
      assert.ok(['heading', 'paragraph', 'list-item', 'table-cell', 'quote', 'preformatted', 'caption', 'text'].includes(b.kind));
      assert.ok(b.confidence >= 0 && b.confidence <= 1);
      assert.equal(b.boilerplate, b.reasons.length > 0, `${name}: reasons explain the flag`);
    }
  }
  const daryo = normalizePage(page('daryo-cis.html'), { url: 'https://daryo.uz/en/x' });
  const menu = daryo.blocks.find((b) => b.text === 'Latest news');
  assert.ok(menu.boilerplate && menu.reasons.includes('nav'));
  const lebedev = daryo.names.find((n) => n.name === 'Sergei Lebedev');
  assert.ok(lebedev && lebedev.spellings.some((s) => s.text === 'Lebedev') && lebedev.blocks.length >= 2);
  const para = daryo.blocks.find((b) => b.text.startsWith('He added that attempts of terrorist attacks'));
  assert.ok(!para.boilerplate);
  assert.equal(para.lang, 'en');
  assert.deepEqual(daryo.languages, [{ lang: 'en', script: 'Latn', tag: 'en', share: 1 }]);
  const udhr = normalizePage(page('udhr-article1.html'));
  assert.equal(udhr.languages.length, 7);
  assert.equal(udhr.languages[0].tag, udhr.tag);
  assert.ok(Math.abs(udhr.languages.reduce((s, l) => s + l.share, 0) - 1) < 0.01);
});

test('normalizePage: windows-1251 bytes, strings, ArrayBuffers', () => {
  const cp = page('udhr-article1-cp1251.html');
  const r = normalizePage(cp);
  assert.equal(r.encoding, 'windows-1251');
  assert.equal(r.encodingSource, 'meta');
  assert.ok(r.blocks.some((b) => b.lang === 'ru' && b.text.startsWith('Все люди')));
  const viaBuffer = normalizePage(cp.buffer.slice(cp.byteOffset, cp.byteOffset + cp.byteLength));
  assert.deepEqual(viaBuffer, r);
  const s = normalizePage('<h1>Sarlavha</h1><p>Oʻzbekiston Respublikasi Prezidenti bugun yigʻilish oʻtkazdi va muhim qarorlar qabul qildi.</p>');
  assert.equal(s.encodingSource, 'text');
  assert.equal(s.blocks[1].tag, 'uz-Latn');
});

test('PageNormalizer: chunks as they arrive give the one-shot report', async () => {
  for (const name of ['udhr-article1-cp1251.html', 'pozirk-lukasenka.html']) {
    const bytes = page(name);
    const whole = normalizePage(bytes, { url: 'https://example.by/' });
    for (const size of [1, 7, 4096]) {
      const n = new PageNormalizer({ url: 'https://example.by/' });
      for (let i = 0; i < bytes.length; i += size) n.push(bytes.subarray(i, i + size));
      assert.deepEqual(n.finish(), whole, `${name} in chunks of ${size}`);
    }
  }
  // A Node stream, chunk by chunk.
  const n = new PageNormalizer();
  for await (const chunk of createReadStream(new URL('udhr-article1-cp1251.html', fixtures), { highWaterMark: 100 })) {
    n.push(chunk);
  }
  assert.equal(n.finish().encoding, 'windows-1251');
});

test('PageNormalizer: misuse and limits are thrown Errors', () => {
  const n = new PageNormalizer({ maxInputBytes: 10 });
  n.push(new Uint8Array(6));
  assert.throws(() => n.push(new Uint8Array(6)), { name: 'Error', message: /too large|exceeds|limit/i });
  assert.throws(() => n.push('text'), { name: 'Error', message: /Uint8Array or an ArrayBuffer/ });
  assert.equal(n.finish().blocks.length, 0);
  assert.throws(() => n.finish(), { name: 'Error', message: /finish called twice/ });
  assert.throws(() => n.push(new Uint8Array(1)), { name: 'Error', message: /push after finish/ });
  assert.throws(() => new PageNormalizer({ maxDepth: -1 }), { name: 'Error', message: /maxDepth/ });
  assert.equal(new PageNormalizer(undefined).finish().encodingSource, 'detected');
});

test('normalizePage: the date and author a page states, and acronyms joined to their names', () => {
  const r = normalizePage('<html><head><meta property="article:published_time" content="Mon, 18 Nov 2019 16:07:38 -0600">'
    + '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Dilshod Hamzayev"}]}</script></head>'
    + '<body><p>Leaders of the Collective Security Treaty Organization (CSTO) met in Moscow on Monday, officials said.</p>'
    + '<p>The CSTO sent troops. The CSTO said collective security was at stake, and the meeting ended.</p></body></html>');
  assert.equal(r.meta.published, 'Mon, 18 Nov 2019 16:07:38 -0600');
  assert.equal(r.meta.publishedDate, '2019-11-18');
  assert.equal(r.meta.author, 'Dilshod Hamzayev');
  const csto = r.names.find((n) => n.spellings.some((s) => s.text === 'CSTO'));
  assert.equal(csto.name, 'Collective Security Treaty Organization');
  assert.equal(csto.count, 4); // the name once, CSTO three times
});

test('normalizePage: a transliterated view of each block', () => {
  const html = '<p>Ўзбекистон Республикаси Президенти бугун Тошкент шаҳрида йиғилиш ўтказди.</p>'
    + '<p>Все люди рождаются свободными и равными в своем достоинстве и правах.</p>'
    + '<p>All human beings are born free and equal in dignity and rights.</p>';
  const latin = normalizePage(html, { translit: { to: 'Latn' } }).blocks;
  assert.equal(latin[0].translit, 'Oʻzbekiston Respublikasi Prezidenti bugun Toshkent shahrida yigʻilish oʻtkazdi.');
  assert.match(latin[1].translit, /^Vse lyudi rozhdayut·sya svobodnymi/);
  assert.equal(latin[2].translit, undefined);
  const iso = normalizePage(html, { translit: { to: 'Latn', system: 'iso9' } }).blocks;
  assert.match(iso[1].translit, /^Vse lûdi roždaûtsâ/);
  assert.equal(iso[0].translit, 'Ǔzbekiston Respublikasi Prezidenti bugun Toškent šaḩrida jiġiliš ǔtkazdi.',
    'ISO 9 is a system of every Cyrillic language');
  const national = normalizePage(html, { translit: { to: 'Latn', system: 'national' } }).blocks;
  assert.equal(national[0].translit, latin[0].translit, 'Uzbek has no national system: its default is used');
  const back = normalizePage(`<p>${latin[0].translit}</p>`, { translit: { to: 'Cyrl' } }).blocks;
  assert.equal(back[0].translit, 'Ўзбекистон Республикаси Президенти бугун Тошкент шаҳрида йиғилиш ўтказди.');
  assert.throws(() => normalizePage(html, { translit: { to: 'Grek' } }), { name: 'Error', message: /translit.to/ });
  assert.throws(() => normalizePage(html, { translit: { to: 'Latn', system: 'klingon' } }), { name: 'Error', message: /klingon/ });
  assert.throws(() => normalizePage(html, { translit: { to: 'Latn', sytem: 'iso9' } }), { name: 'Error', message: /sytem/ });
});

test('bad input: empty, invalid bytes, deep nesting, large text', () => {
  assert.equal(normalizePage(new Uint8Array()).blocks.length, 0);
  // Declared UTF-8 with invalid bytes: U+FFFD and hadErrors. (Undeclared, the same bytes would be
  // detected as a legacy encoding, as a browser does.)
  const head = new TextEncoder().encode('<meta charset=utf-8><p>');
  const bad = normalizePage(new Uint8Array([...head, 0xff, 0xfe, 0x41]));
  assert.ok(bad.hadErrors);
  assert.equal(bad.blocks[0].text, '\uFFFD\uFFFDA');
  const deep = normalizePage('<div>'.repeat(10000) + '<p>deep</p>' + '</div>'.repeat(10000));
  assert.ok(deep.depthLimited);
  assert.equal(deep.blocks[0].text, 'deep');
  const big = normalizePage('Салом дунё. '.repeat(500000));
  assert.ok(big.blocks.length >= 1);
  assert.equal(detectLanguage('Тошкент').script, 'Cyrl');
});

test('normalizePage: legacy CJK and Cyrillic encodings, undeclared, guessed and decoded', () => {
  // The wasm build leaves the CJK decoders to the host's TextDecoder and guesses undeclared
  // encodings with pagenorm's own guesser (no chardetng): both are exercised here.
  const dir = new URL('../fixtures/encodings/', import.meta.url);
  const ja = '日本語のページです。これは文字コードを調べるためのテストの文章であり、ひらがなとカタカナと漢字を含んでいます。';
  const expected = {
    Shift_JIS: ja,
    'EUC-JP': ja,
    GBK: '这是一个用于检测字符编码的中文网页。我们的国家有很多美丽的地方，人民生活越来越好。',
    Big5: '這是一個用於檢測字元編碼的中文網頁。我們的國家有很多美麗的地方，人民生活越來越好。',
    'EUC-KR': '이것은 문자 인코딩을 확인하기 위한 한국어 웹 페이지입니다. 우리나라에는 아름다운 곳이 많습니다.',
    'KOI8-R': 'Президент подписал закон о бюджете на следующий год. Депутаты обсуждали его три недели.',
    IBM866: 'Президент подписал закон о бюджете на следующий год. Депутаты обсуждали его три недели.',
  };
  for (const [encoding, text] of Object.entries(expected)) {
    const bytes = new Uint8Array(readFileSync(new URL(`${encoding}.html`, dir)));
    const r = normalizePage(bytes);
    assert.equal(r.encoding, encoding);
    assert.equal(r.encodingSource, 'detected');
    assert.equal(r.hadErrors, false, encoding);
    assert.ok(r.blocks.some((b) => b.text === text), `${encoding}: ${r.blocks.map((b) => b.text)}`);
    // Fed in chunks that cut characters in two, the same.
    const n = new PageNormalizer();
    for (let i = 0; i < bytes.length; i += 7) n.push(bytes.subarray(i, i + 7));
    assert.deepEqual(n.finish(), r);
  }
  const declared = normalizePage(new Uint8Array(readFileSync(new URL('Shift_JIS-declared-malformed.html', dir))));
  assert.deepEqual([declared.encoding, declared.encodingSource, declared.hadErrors], ['Shift_JIS', 'meta', true]);
  const text = declared.blocks.map((b) => b.text).join('');
  assert.ok(text.startsWith('日本語のページです。\uFFFD'), text);
  assert.ok(text.endsWith('漢字を含んでいます。'), text);
  // A transport charset naming a CJK encoding: decoded by it, whatever the bytes say.
  const forced = normalizePage(new Uint8Array(readFileSync(new URL('GBK.html', dir))), { charset: 'text/html; charset=gb18030' });
  assert.deepEqual([forced.encoding, forced.encodingSource], ['gb18030', 'transport']);
  assert.ok(forced.blocks.some((b) => b.text === expected.GBK));
});
