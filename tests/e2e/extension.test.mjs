// The browser extension (www/extension/, Manifest V3) loaded unpacked in headless Chromium and
// exercised end to end on pages served locally: the panel reads the tab, the service worker runs
// the wasm, the panel shows languages, names and the article, and a name typed in the panel is
// highlighted in every spelling on the live page. Screenshots go to tests/e2e/out/.
//
// One difference from a user's browser: `activeTab` is granted when a person clicks the toolbar
// button, which a test cannot do, so the test loads a copy of the extension whose manifest also
// grants the local test server (host_permissions) and opens the panel as a tab with ?tab=ID.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, out, serve, launch, errorsOf } from './helpers.mjs';

const source = join(root, 'www/extension');
const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));

let server;
let browser;
let copy;
let worker;
let id;

before(async () => {
  server = await serve(join(root, 'www'));
  copy = mkdtempSync(join(tmpdir(), 'pagenorm-ext-'));
  cpSync(source, copy, { recursive: true });
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  browser = await launch([`--disable-extensions-except=${copy}`, `--load-extension=${copy}`]);
  const ctx = browser.context;
  worker = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker', { timeout: 30000 });
  id = new URL(worker.url()).host;
});

after(async () => {
  await browser?.close();
  server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Opens a sample page and the panel for its tab; returns both pages. */
async function openWithPanel(sample) {
  const ctx = browser.context;
  const page = await ctx.newPage();
  const pageErrors = errorsOf(page);
  await page.goto(server.base + 'samples/' + sample);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  assert.equal(typeof tabId, 'number', 'the test page is a tab the extension can see');
  const panel = await ctx.newPage();
  const panelErrors = errorsOf(panel);
  await panel.setViewportSize({ width: 440, height: 900 });
  await panel.goto(`chrome-extension://${id}/panel.html?tab=${tabId}`);
  await panel.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 30000 });
  const error = await panel.locator('#error').innerText();
  assert.equal(await panel.evaluate(() => document.body.dataset.state), 'ready', error);
  return { page, panel, pageErrors, panelErrors };
}

test('the manifest asks for activeTab and scripting only, and allows no remote code', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.externally_connectable, undefined);
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.equal(manifest.background.type, 'module');
  const pkg = JSON.parse(readFileSync(join(root, 'pkg/package.json'), 'utf8'));
  assert.equal(manifest.version, pkg.version, 'the extension and the npm package carry one version');
  for (const file of readdirSync(source, { recursive: true }).filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(join(source, file), 'utf8');
    assert.doesNotMatch(text, /(src|href|import[^'"]*)\s*=?\s*['"]https?:/, `${file} loads nothing remote`);
    assert.doesNotMatch(text, /\beval\(|new Function\(/, `${file} has no eval`);
  }
});

test('packing for store review is reproducible', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagenorm-pack-'));
  try {
    const pack = (name) => execFileSync('python3', [join(root, 'scripts/pack-extension.py'), join(dir, name)], { encoding: 'utf8' }).trim().split(' ').pop();
    const a = pack('a.zip');
    const b = pack('b.zip');
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.equal(a, b);
    const list = execFileSync('python3', ['-m', 'zipfile', '-l', join(dir, 'a.zip')], { encoding: 'utf8' });
    for (const f of ['manifest.json', 'background.js', 'panel.html', 'content.js', 'pkg/pagenorm_bg.wasm']) assert.match(list, new RegExp(f.replace('.', '\\.')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the panel shows a page’s languages, article and names, and highlights every spelling live', async () => {
  const { page, panel, pageErrors, panelErrors } = await openWithPanel('belarus-by-unity.html');
  assert.match(await panel.locator('#status').innerText(), /Lukashenko urges partners in post-Soviet space to stick together — en/);
  assert.equal(await panel.locator('#languages li').first().getAttribute('data-tag'), 'en');
  assert.match(await panel.locator('#article').innerText(), /Lukashenko/);
  const names = await panel.locator('#names button').allInnerTexts();
  assert.ok(names.some((n) => /Lukashenko/.test(n)), names.join(' | '));

  // Copy: the article's blocks as plain text, a blank line between paragraphs. (Read back from
  // the test page: clipboard-read cannot be granted to an extension's origin, and the extension
  // asks for no clipboard permission — writing on a click needs none.)
  await browser.context.grantPermissions(['clipboard-read'], { origin: server.base.replace(/\/$/, '') });
  await panel.bringToFront();
  await panel.click('#copy');
  await panel.waitForFunction(() => /^Copied/.test(document.querySelector('#copied').textContent));
  await page.bringToFront();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await panel.bringToFront();
  const paragraphs = await panel.locator('#article p').allInnerTexts();
  assert.ok(paragraphs.length > 2);
  assert.ok(copied.startsWith(`${paragraphs[0]}\n\n${paragraphs[1]}`), copied.slice(0, 300));
  assert.match(copied, /Lukashenko/);
  assert.equal(copied.split('\n\n').length, paragraphs.length);

  // Typed in Cyrillic, found in Latin on the live page.
  await panel.fill('#query', 'Лукашенко');
  await panel.click('#search-form button[type=submit]');
  await panel.waitForFunction(() => document.body.dataset.found !== undefined);
  const found = Number(await panel.evaluate(() => document.body.dataset.found));
  const marks = await page.locator('mark[data-pagenorm]').allInnerTexts();
  assert.ok(found >= 3, `${found} mentions`);
  assert.ok(marks.length >= found, `${marks.length} marks for ${found} mentions`);
  assert.ok(marks.every((m) => /^Lukashenk/.test(m)), marks.join(' | '));
  assert.match(await panel.locator('#found').innerText(), /mentions highlighted: Lukashenko/);
  await panel.screenshot({ path: join(out, 'extension-panel.png'), fullPage: true });
  await page.screenshot({ path: join(out, 'extension-page-highlights.png') });

  // A name chosen from the index searches for every spelling the index merged under it: at least
  // the mentions the typed name found, and each merged spelling the page shows.
  const chip = panel.locator('#names button', { hasText: 'Lukashenko' }).first();
  const merged = (await chip.getAttribute('title')).split(' — ')[1].split(', ');
  await panel.evaluate(() => { delete document.body.dataset.found; });
  await chip.click();
  await panel.waitForFunction(() => document.body.dataset.found !== undefined);
  const byChip = Number(await panel.evaluate(() => document.body.dataset.found));
  assert.ok(byChip >= found, `${byChip} mentions from the index, ${found} typed`);
  const chipMarks = await page.locator('mark[data-pagenorm]').allInnerTexts();
  for (const spelling of merged) {
    assert.ok(chipMarks.some((m) => m.includes(spelling.split(' ').pop())), `${spelling} in ${chipMarks.join(' | ')}`);
  }

  // A second search replaces the first; Clear removes every mark and leaves the text intact.
  const before = await page.locator('body').innerText();
  await panel.fill('#query', 'Kazakhstan');
  await panel.click('#search-form button[type=submit]');
  await panel.waitForFunction(() => /Kazakhstan/.test(document.querySelector('#found').innerText));
  assert.ok((await page.locator('mark[data-pagenorm]').allInnerTexts()).every((m) => /Kazakhstan/.test(m)));
  await panel.click('#clear');
  await page.waitForFunction(() => !document.querySelector('mark[data-pagenorm]'));
  assert.equal(await page.locator('body').innerText(), before);
  assert.deepEqual(panelErrors, []);
  // The saved page's own images and styles are not served; nothing else may fail.
  assert.deepEqual(pageErrors.filter((e) => !/^Failed to load resource/.test(e)), []);
  await page.close();
  await panel.close();
});

test('a multilingual page: every language and script in the panel', async () => {
  const { page, panel, panelErrors } = await openWithPanel('udhr-article1.html');
  const tags = await panel.locator('#languages li').evaluateAll((lis) => lis.map((li) => li.dataset.tag));
  for (const tag of ['uz-Latn', 'uz-Cyrl', 'ru', 'en', 'be-Cyrl', 'uk', 'kk-Cyrl']) assert.ok(tags.includes(tag), `${tag} in ${tags}`);
  await panel.fill('#query', 'Oʻzbekiston');
  await panel.click('#search-form button[type=submit]');
  await panel.waitForFunction(() => document.body.dataset.found !== undefined);
  await panel.screenshot({ path: join(out, 'extension-panel-udhr.png'), fullPage: true });
  assert.deepEqual(panelErrors, []);
  await page.close();
  await panel.close();
});

test('the service worker validates messages, and keeps working after refusing them', async () => {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${id}/panel.html?tab=999999`);
  await panel.waitForSelector('body[data-state="error"]');
  const answers = await panel.evaluate(async () => {
    const send = (m) => chrome.runtime.sendMessage(m);
    return [
      await send({ type: 'normalize', html: 42, url: '' }),
      await send({ type: 'find', text: 'x', query: '' }),
      await send({ type: 'find', text: 'x', query: 'q'.repeat(500) }),
      await send({ type: 'run', code: 'alert(1)' }),
      await send('normalize'),
      await send({ type: 'find', text: 'Łukašenka i Лукашэнка', query: 'Lukashenko' }),
      await send({ type: 'find', text: 'x', queries: [] }),
      await send({ type: 'find', text: 'x', queries: Array(17).fill('a') }),
      await send({ type: 'find', text: 'x', queries: ['a', 42] }),
      await send({ type: 'find', text: 'x', queries: 'Lukashenko' }),
      await send({ type: 'find', text: 'x', query: 'a', queries: ['b'] }),
      // Merged spellings: the longer mention kept where two overlap, in text order.
      await send({ type: 'find', text: 'Sergei Lebedev met Лебедев. Lebedev left.', queries: ['Lebedev', 'Sergei Lebedev', 'Лебедев'] }),
    ];
  });
  assert.match(answers[0].error, /html must be a string/);
  assert.match(answers[1].error, /query must be a non-empty string/);
  assert.match(answers[2].error, /at most 200/);
  assert.match(answers[3].error, /unknown message type "run"/);
  assert.match(answers[4].error, /must be an object/);
  assert.deepEqual(answers[5].matches.map((m) => m.text), ['Łukašenka', 'Лукашэнка']);
  assert.match(answers[6].error, /queries must be an array of 1 to 16/);
  assert.match(answers[7].error, /queries must be an array of 1 to 16/);
  assert.match(answers[8].error, /each of queries must be a non-empty string/);
  assert.match(answers[9].error, /queries must be an array/);
  assert.match(answers[10].error, /not both/);
  assert.deepEqual(answers[11].matches.map((m) => m.text), ['Sergei Lebedev', 'Лебедев', 'Lebedev']);
  assert.deepEqual(answers[11].matches[0], { start: 0, end: 14, text: 'Sergei Lebedev' });
  // A web page has no way to reach the extension (no externally_connectable).
  const page = await browser.context.newPage();
  await page.goto(server.base + 'samples/daryo-cis.html');
  assert.equal(await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage), 'undefined');
  await page.close();
  await panel.close();
});
