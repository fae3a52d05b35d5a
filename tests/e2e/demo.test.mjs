// The demo page (www/) in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
// it loads a sample page, shows language badges, dims boilerplate, transliterates, and highlights
// every spelling of a searched name. Screenshots go to tests/e2e/out/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { root, out, serve, launch, errorsOf } from './helpers.mjs';

let server;
let browser;
let context;
let base;

before(async () => {
  server = await serve(join(root, 'www'));
  base = server.base;
  browser = await launch();
  context = browser.context;
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openDemo(query = '') {
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto(base + query);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30000 });
  return { page, errors };
}

test('the demo opens on a real sample page with badges and dimmed boilerplate', async () => {
  const { page, errors } = await openDemo();
  assert.equal(await page.locator('#sample').inputValue(), 'daryo-cis.html');
  const summary = await page.locator('#summary').innerText();
  assert.match(summary, /CIS Secretary General, Sergei Lebedev urges/);
  assert.match(summary, /UTF-8 \(meta\)/);
  const blocks = page.locator('#blocks > li');
  assert.ok((await blocks.count()) > 50);
  const menu = page.locator('#blocks > li.boilerplate', { hasText: 'Top headlines' }).first();
  assert.match(await menu.innerText(), /boilerplate: nav/);
  const opacity = await menu.evaluate((e) => getComputedStyle(e).opacity);
  assert.ok(Number(opacity) < 1, `boilerplate is dimmed (opacity ${opacity})`);
  const para = page.locator('#blocks > li:not(.boilerplate)', { hasText: 'He added that attempts of terrorist attacks' });
  assert.equal(await para.locator('.badge').innerText().then((t) => t.split(' ')[0]), 'en');
  // The name index: choosing a name searches for every spelling it merged (Lebedev and Sergei
  // Lebedev), and finds as many mentions as the index counted.
  const entry = page.locator('#names li', { hasText: 'Sergei Lebedev' }).first();
  const counted = Number((await entry.locator('.count').innerText()).trim().split(' ')[0]);
  assert.ok(counted > 2, `the index merges more than the full name's mentions (${counted})`);
  await entry.locator('button').click();
  await page.waitForFunction(
    (n) => document.body.dataset.state === 'ready' && document.querySelectorAll('#blocks mark').length === n,
    counted,
  );
  assert.match(await page.locator('#search-status').innerText(), new RegExp(`^${counted} mentions of “Sergei Lebedev” in its 2 spellings`));
  await page.screenshot({ path: join(out, 'demo-daryo.png'), fullPage: false });
  // Typed, the same name finds that spelling.
  await page.fill('#name-search', 'Sergei Lebedev');
  await page.waitForFunction(() => document.querySelector('#search-status').innerText.startsWith('2 mentions'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('choosing the multilingual sample shows each language and script', async () => {
  const { page, errors } = await openDemo();
  await page.selectOption('#sample', 'udhr-article1.html');
  await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('udhr-article1.html') && document.body.dataset.state === 'ready');
  const tags = await page.$$eval('#blocks > li:not(.boilerplate)', (lis) => lis.map((li) => li.dataset.tag));
  for (const tag of ['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'be-Cyrl', 'uk', 'kk-Cyrl']) assert.ok(tags.includes(tag), `badge ${tag} in ${tags}`);
  // Transliteration view: Uzbek Cyrillic blocks get their Latin form.
  const scheme = await page.$$eval('#scheme option', (os) => os.map((o) => o.value).find((v) => v.includes('uz-Cyrl')));
  await page.selectOption('#scheme', scheme);
  const translit = await page.locator('#blocks > li[data-tag="uz-Cyrl"]', { hasText: 'Барча одамлар' }).locator('.translit').innerText();
  assert.match(translit, /^Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar\./);
  // Side by side with the original.
  const cols = await page.locator('#blocks > li[data-tag="uz-Cyrl"] .body.side-by-side').first()
    .evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);
  assert.equal(cols, 2);
  await page.screenshot({ path: join(out, 'demo-udhr-translit.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a name search highlights every spelling, across scripts', async () => {
  const { page, errors } = await openDemo('?sample=daryo-cis.html');
  await page.fill('#name-search', 'Мирзиёев Шавкат');
  await page.waitForFunction(() => document.querySelectorAll('#blocks mark').length > 0);
  const marks = await page.$$eval('#blocks mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.length >= 2, `marks: ${marks}`);
  for (const m of marks) assert.equal(m, 'Shavkat Mirziyoyev');
  assert.match(await page.locator('#search-status').innerText(), /mentions? of/);
  await page.fill('#name-search', 'Lukashenko');
  await page.waitForFunction(() => [...document.querySelectorAll('#blocks mark')].some((m) => m.textContent === 'Lukashenko'));
  // The Belarusian Łacinka spelling on another page, found by the same query.
  await page.selectOption('#sample', 'pozirk-lukasenka.html');
  await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('pozirk') && document.querySelectorAll('#blocks mark').length > 0);
  const lac = await page.$$eval('#blocks mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(lac.includes('Łukašenka'), `marks: ${lac}`);
  await page.screenshot({ path: join(out, 'demo-search.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the article can be copied and saved as shown, and the report saved as JSON', async () => {
  const { page, errors } = await openDemo();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  };
  // The Daryo sample: the article without its menus and tickers.
  const article = await save('#save-article');
  assert.equal(article.name, 'daryo-cis.txt');
  assert.match(article.text, /^CIS Secretary General, Sergei Lebedev urges to unite against "external aggression"\n\n/);
  assert.match(article.text, /He added that attempts of terrorist attacks/);
  assert.doesNotMatch(article.text, /Top headlines/);
  assert.match(await page.locator('#export-status').innerText(), /saved daryo-cis\.txt/);
  // Copied, the same text.
  await page.click('#copy-article');
  await page.waitForFunction(() => document.querySelector('#export-status').textContent.startsWith('copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), article.text);
  // The report: every block the page shows, with its verdict.
  const report = await save('#save-report');
  assert.equal(report.name, 'daryo-cis.pagenorm.json');
  const json = JSON.parse(report.text);
  assert.equal(json.encoding, 'UTF-8');
  assert.equal(json.blocks.length, await page.locator('#blocks > li').count());
  assert.ok(json.blocks.some((b) => b.boilerplate) && json.blocks.some((b) => !b.boilerplate));
  // With a transliteration chosen, the blocks it applies to are saved in the other script.
  await page.selectOption('#sample', 'udhr-article1.html');
  await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('udhr-article1.html') && document.body.dataset.state === 'ready');
  const scheme = await page.$$eval('#scheme option', (os) => os.map((o) => o.value).find((v) => v.includes('"uz-Cyrl"')));
  await page.selectOption('#scheme', scheme);
  const latin = await save('#save-article');
  assert.equal(latin.name, 'udhr-article1.uz-Latn.txt');
  assert.match(latin.text, /Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar\./);
  assert.doesNotMatch(latin.text, /Барча одамлар/);
  assert.match(latin.text, /Все люди рождаются свободными/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the report shows the author and date a page states in JSON-LD', async () => {
  const { page, errors } = await openDemo();
  await page.click('#paste-box summary');
  await page.fill('#paste', '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-06-01T10:00:00+05:00","author":{"@type":"Person","name":"Dilshod Hamzayev"}}</script></head>'
    + '<body><p>Toshkentda yangi bino qurildi, bu haqda shahar hokimligi xabar berdi.</p></body></html>');
  await page.click('#paste-go');
  await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('pasted text'));
  const summary = await page.locator('#summary').innerText();
  assert.match(summary, /Author\s+Dilshod Hamzayev/);
  assert.match(summary, /Published\s+2023-06-01 \(stated: 2023-06-01T10:00:00\+05:00\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('page text is rendered as text, never as HTML; errors are shown', async () => {
  const { page, errors } = await openDemo();
  await page.click('#paste-box summary');
  await page.fill('#paste', '<p>Salom &lt;img src=x onerror=alert(1)&gt; — <b>dunyo</b>, bu sinov matni, yetarlicha uzun boʻlgan bir gap.</p>');
  await page.click('#paste-go');
  await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('pasted text'));
  assert.equal(await page.locator('#blocks img').count(), 0);
  assert.match(await page.locator('#blocks').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a saved windows-1251 page opened from disk is decoded, tagged and searchable', async () => {
  const { page, errors } = await openDemo();
  await page.setInputFiles('#file', join(root, 'tests/fixtures/pages/udhr-article1-cp1251.html'));
  await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('udhr-article1-cp1251.html') && document.body.dataset.state === 'ready');
  assert.match(await page.locator('#summary').innerText(), /windows-1251 \(meta\)/);
  const tags = await page.$$eval('#blocks > li:not(.boilerplate)', (lis) => lis.map((li) => li.dataset.tag));
  for (const tag of ['ru', 'uk', 'be-Cyrl', 'en']) assert.ok(tags.includes(tag), `${tag} in ${tags}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('undeclared legacy pages are guessed in the worker, CJK ones decoded by Chromium\'s TextDecoder', async () => {
  const { page, errors } = await openDemo();
  const cases = [
    ['KOI8-R.html', 'KOI8-R', 'Президент подписал закон о бюджете'],
    ['Shift_JIS.html', 'Shift_JIS', '日本語のページです。'],
    ['Big5.html', 'Big5', '這是一個用於檢測字元編碼的中文網頁。'],
  ];
  for (const [file, encoding, text] of cases) {
    await page.setInputFiles('#file', join(root, 'tests/fixtures/encodings', file));
    await page.waitForFunction((f) => document.querySelector('#summary')?.innerText.includes(f) && document.body.dataset.state === 'ready', file);
    assert.match(await page.locator('#summary').innerText(), new RegExp(`${encoding} \\(detected\\)`));
    const blocks = await page.$$eval('#blocks > li', (lis) => lis.map((li) => li.innerText));
    assert.ok(blocks.some((b) => b.includes(text)), `${file}: ${blocks}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 200 KB page: time to the first result, measured in the worker', async () => {
  const { page, errors } = await openDemo();
  // The Daryo sample repeated to 200 KB, pasted as HTML.
  const html = await page.evaluate(async () => {
    const one = await (await fetch('samples/daryo-cis.html')).text();
    let s = '';
    while (s.length < 200 * 1024) s += one;
    return s;
  });
  await page.click('#paste-box summary');
  await page.locator('#paste').evaluate((el, v) => { el.value = v; }, html);
  await page.click('#paste-go');
  // Timed inside the page (performance.now() from the click's handler to the first and the
  // last blocks drawn), so the test harness's round trips do not count.
  await page.waitForFunction(() => document.body.dataset.fullResultMs && document.body.dataset.state === 'ready', null, { timeout: 30000 });
  const first = Number(await page.evaluate(() => document.body.dataset.firstResultMs));
  const full = Number(await page.evaluate(() => document.body.dataset.fullResultMs));
  const source = await page.locator('#summary dd').first().innerText();
  console.log(`200 KB page: first result drawn ${first} ms after the click (preview of its first 24 KB), whole page ${full} ms (${source})`);
  writeFileSync(join(out, 'demo-200kb-timing.json'), JSON.stringify({ firstResultMs: first, fullResultMs: full, source }) + '\n');
  assert.ok(first > 0 && first <= full);
  assert.match(source, /ms in the worker/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the demo works offline once it has been opened (service worker)', async () => {
  const { page, errors } = await openDemo();
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    // Installed and activated: the shell and the samples are cached.
    if (!reg.active) throw new Error('no active service worker');
  });
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length >= 8);
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30000 });
    assert.match(await page.locator('#summary').innerText(), /CIS Secretary General/);
    // A different sample, from the cache.
    await page.selectOption('#sample', 'udhr-article1.html');
    await page.waitForFunction(() => document.querySelector('#summary')?.innerText.includes('udhr-article1.html') && document.body.dataset.state === 'ready');
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await page.close();
});

test('every control has a label, and the page can be used from the keyboard', async () => {
  const { page, errors } = await openDemo();
  const unlabeled = await page.$$eval('input, select, textarea, button', (els) => els
    .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabeled, []);
  // Tab from the top of the page reaches the name search; typing there searches.
  await page.locator('body').focus();
  let focused = '';
  for (let i = 0; i < 30 && focused !== 'name-search'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'name-search');
  await page.keyboard.type('Лебедев');
  await page.waitForFunction(() => document.querySelectorAll('#blocks mark').length >= 2);
  assert.match(await page.locator('#search-status').innerText(), /mentions? of “Лебедев”/);
  assert.deepEqual(errors, []);
  await page.close();
});
