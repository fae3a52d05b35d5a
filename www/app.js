// The pagenorm demo: loads the WebAssembly package, normalizes a sample page, a dropped file or
// pasted text in a Web Worker (worker.js), and shows every block with its language badge. Page
// content is only ever put into the document as text (textContent / text nodes), never as HTML.
import init, { transliterate, listSchemes, findNames } from './pkg/pagenorm.js';

// normalizePage runs in the worker; name search and transliteration, per block, stay here.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextId = 0;
worker.onmessage = (event) => {
  const { id, preview, ...rest } = event.data;
  const waiter = pending.get(id);
  if (!waiter) return;
  if (preview) {
    waiter.onPreview?.(rest);
    return;
  }
  waiter.resolve(rest);
  pending.delete(id);
};
// Resolves with the whole page's report; `onPreview` gets the report of the page's first part
// first, when the page is large.
function normalizeInWorker(input, options, onPreview) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, onPreview });
    // Bytes are transferred, not copied.
    const transfer = input instanceof Uint8Array ? [input.buffer] : [];
    worker.postMessage({ id, input: input instanceof Uint8Array ? input.buffer : input, options }, transfer);
  });
}

const $ = (id) => document.getElementById(id);
// `spellings`: when a name is chosen from the page's name index, every spelling the index merged
// under it (Lebedev and Sergei Lebedev), all searched; cleared when the search box is edited.
// `name`: the page's file name without its extension, for the names of saved files.
const state = { report: null, source: '', name: 'page', spellings: null };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'data') Object.assign(e.dataset, v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

// A stable colour per language, for the badges and the block stripes.
function hue(lang) {
  let h = 0;
  for (const ch of lang) h = (h * 31 + ch.codePointAt(0)) % 360;
  return h;
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

function namesPanel(r) {
  const list = $('names');
  list.replaceChildren();
  for (const entry of r.names.slice(0, 20)) {
    const button = el('button', { type: 'button', class: 'name', title: `find every spelling of ${entry.name}` }, entry.name);
    button.addEventListener('click', () => {
      $('name-search').value = entry.name;
      state.spellings = { name: entry.name, texts: [...new Set([entry.name, ...entry.spellings.map((s) => s.text)])] };
      render();
    });
    const spellings = entry.spellings.map((s) => `${s.text} ×${s.count}`).join(', ');
    list.append(el('li', {}, button, el('span', { class: 'count' }, ` ${entry.count} — ${spellings}`)));
  }
  if (!r.names.length) list.append(el('li', { class: 'hint' }, 'none found'));
}

function summary(r) {
  const dl = $('summary');
  dl.replaceChildren();
  const content = r.blocks.filter((b) => !b.boilerplate).length;
  const rows = [
    ['Source', state.source],
    ['Title', r.title ?? '—'],
    ['Encoding', `${r.encoding} (${r.encodingSource})${r.hadErrors ? ', with invalid bytes' : ''}`],
    ['Page language', `${r.tag} (${Math.round(r.confidence * 100)}%)`],
    ['Languages', r.languages.length ? r.languages.map((l) => `${l.tag} ${Math.round(l.share * 100)}%`).join(' · ') : '—'],
    ['Blocks', `${r.blocks.length}: ${content} content, ${r.blocks.length - content} boilerplate`],
  ];
  if (r.meta.siteName) rows.push(['Site', r.meta.siteName]);
  if (r.meta.author) rows.push(['Author', r.meta.author]);
  if (r.meta.published) {
    const date = r.meta.publishedDate;
    rows.push(['Published', date && date !== r.meta.published ? `${date} (stated: ${r.meta.published})` : r.meta.published]);
  }
  if (r.meta.canonical) rows.push(['Canonical URL', r.meta.canonical]);
  if (r.truncated || r.depthLimited) rows.push(['Limits', [r.truncated && 'blocks truncated', r.depthLimited && 'deep nesting flattened'].filter(Boolean).join(', ')]);
  for (const [k, v] of rows) dl.append(el('dt', {}, k), el('dd', {}, String(v)));
}

// Text with the spans [start, end) (UTF-16 offsets) wrapped in <mark>.
function highlighted(text, spans) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of spans) {
    if (start > at) frag.append(text.slice(at, start));
    frag.append(el('mark', {}, text.slice(start, end)));
    at = end;
  }
  frag.append(text.slice(at));
  return frag;
}

// Blocks are drawn in batches: the first at once, the rest in later tasks, so a long page shows
// its first blocks quickly and the page stays responsive. A new render cancels an old one.
const FIRST_BATCH = 150;
const BATCH = 400;
let renderGeneration = 0;

// Whether a transliteration system is for this block: its tag ("uz-Cyrl"), or its language when
// the system names only the language ("be", "ky") and the block is not already in the target script.
function schemeApplies(scheme, b) {
  if (b.tag === scheme.from) return true;
  return !scheme.from.includes('-') && b.lang === scheme.from && !scheme.to.endsWith(b.script);
}

function blockItem(i, b, spans, scheme) {
  const badge = el('span', { class: 'badge', title: `language ${b.lang}, script ${b.script}, confidence ${Math.round(b.confidence * 100)}%` },
    b.lang === 'und' ? `${b.tag} ?` : `${b.tag} ${Math.round(b.confidence * 100)}%`);
  badge.style.setProperty('--h', hue(b.lang));
  const meta = el('div', { class: 'meta' }, badge, el('span', { class: 'kind' }, b.level ? `h${b.level}` : b.kind));
  if (b.boilerplate) meta.append(el('span', { class: 'reasons' }, `boilerplate: ${b.reasons.join(', ')}`));
  if (b.runs) {
    const runs = el('span', { class: 'runs', title: 'the block changes language' }, 'runs: ');
    for (const run of b.runs) {
      const chip = el('span', { class: 'badge', title: run.text }, run.tag);
      chip.style.setProperty('--h', hue(run.lang));
      runs.append(chip, ' ');
    }
    meta.append(runs);
  }
  if (b.mixedScript) meta.append(el('span', { class: 'mixed', title: 'words mixing Latin and Cyrillic look-alike letters, repaired' }, `mixed script: ${b.mixedScript.join(', ')}`));
  const body = el('div', { class: 'body' }, el('p', { class: 'text', lang: b.tag }, highlighted(b.text, spans)));
  if (scheme && schemeApplies(scheme, b)) {
    body.classList.add('side-by-side');
    try {
      body.append(el('p', { class: 'translit', lang: scheme.to }, transliterate(b.text, scheme)));
    } catch (e) {
      body.append(el('p', { class: 'translit error' }, e.message));
    }
  }
  const li = el('li', { class: `block${b.boilerplate ? ' boilerplate' : ''}${spans.length ? ' has-mention' : ''}`, data: { lang: b.lang, script: b.script, tag: b.tag, index: String(i) } }, meta, body);
  li.style.setProperty('--h', hue(b.lang));
  return li;
}

function render() {
  const r = state.report;
  if (!r) return;
  const generation = ++renderGeneration;
  const query = $('name-search').value.trim();
  const fromIndex = state.spellings && state.spellings.name === query ? state.spellings.texts : null;
  const queries = fromIndex ?? (query ? [query] : []);
  const scheme = currentScheme();
  const hide = $('hide-boilerplate').checked;
  const list = $('blocks');
  list.replaceChildren();
  // Mentions and languages of the whole page first (cheap), then the drawing.
  let mentions = 0;
  let blocksWithMentions = 0;
  const langs = new Map();
  const shown = [];
  for (const [i, b] of r.blocks.entries()) {
    const spans = queries.length ? findNames(b.text, queries) : [];
    mentions += spans.length;
    if (spans.length) blocksWithMentions += 1;
    if (b.boilerplate && hide && !spans.length) continue;
    if (!b.boilerplate) langs.set(b.tag, (langs.get(b.tag) ?? 0) + b.text.length);
    shown.push([i, b, spans]);
  }
  $('search-status').textContent = query
    ? `${mentions} mention${mentions === 1 ? '' : 's'} of “${query}”${fromIndex && fromIndex.length > 1 ? ` in its ${fromIndex.length} spellings` : ''} in ${blocksWithMentions} block${blocksWithMentions === 1 ? '' : 's'}`
    : '';
  const legend = $('legend');
  legend.replaceChildren();
  for (const [tag] of [...langs].sort((a, b) => b[1] - a[1])) {
    const chip = el('span', { class: 'badge' }, tag);
    chip.style.setProperty('--h', hue(tag.split('-')[0]));
    legend.append(chip);
  }
  const draw = (from, to) => {
    const frag = document.createDocumentFragment();
    for (const [i, b, spans] of shown.slice(from, to)) frag.append(blockItem(i, b, spans, scheme));
    list.append(frag);
  };
  draw(0, FIRST_BATCH);
  document.body.dataset.state = shown.length > FIRST_BATCH ? 'drawing' : 'ready';
  let at = FIRST_BATCH;
  const more = () => {
    if (generation !== renderGeneration) return;
    draw(at, at + BATCH);
    at += BATCH;
    if (at < shown.length) setTimeout(more, 0);
    else document.body.dataset.state = 'ready';
  };
  if (at < shown.length) setTimeout(more, 0);
}

// The article as plain text: the content blocks but captions (the title is the first heading),
// paragraphs apart by a blank line, a list's items and a table's cells a line each; blocks the
// chosen transliteration applies to in the other script, as the view shows them.
function articleText(r, scheme) {
  let out = '';
  let prevKind = null;
  for (const b of r.blocks) {
    if (b.boilerplate || b.kind === 'caption') continue;
    let text = b.text;
    if (scheme && schemeApplies(scheme, b)) text = transliterate(text, scheme);
    if (b.kind === 'list-item') text = `- ${text}`;
    const together = prevKind === b.kind && (b.kind === 'list-item' || b.kind === 'table-cell');
    if (prevKind !== null) out += together ? '\n' : '\n\n';
    out += text;
    prevKind = b.kind;
  }
  return out ? `${out}\n` : '';
}

function currentScheme() {
  const v = $('scheme').value;
  return v ? JSON.parse(v) : null;
}

function saveFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name, hidden: '' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exported(message) {
  $('export-status').textContent = message;
}

function setExportEnabled(on) {
  for (const id of ['copy-article', 'save-article', 'save-report']) $(id).disabled = !on;
}

async function copyArticle() {
  if (!state.report) return;
  const text = articleText(state.report, currentScheme());
  try {
    await navigator.clipboard.writeText(text);
    exported(`copied: ${text.length} characters`);
  } catch (e) {
    exported(`could not copy (${e.message}); save it as text instead`);
  }
}

function saveArticle() {
  if (!state.report) return;
  const scheme = currentScheme();
  const text = articleText(state.report, scheme);
  const name = `${state.name}${scheme ? `.${scheme.to}` : ''}.txt`;
  saveFile(name, text, 'text/plain;charset=utf-8');
  exported(`saved ${name}`);
}

function saveReport() {
  if (!state.report) return;
  const name = `${state.name}.pagenorm.json`;
  saveFile(name, `${JSON.stringify(state.report, null, 2)}\n`, 'application/json');
  exported(`saved ${name}`);
}

// A file's name without its extension, kept to safe characters.
function baseName(file) {
  return file.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'page';
}

async function run(input, source, options = {}, name = 'page') {
  document.body.dataset.state = 'working';
  state.name = name;
  exported('');
  delete document.body.dataset.firstResultMs;
  delete document.body.dataset.fullResultMs;
  const t0 = performance.now();
  const firstDrawn = () => {
    document.body.dataset.firstResultMs ??= String(Math.round(performance.now() - t0));
  };
  const result = await normalizeInWorker(input, options, (preview) => {
    // The top of a large page, while the rest is read.
    state.report = preview.report;
    state.source = `${source} — preview of the first 24 KB (${Math.round(preview.ms)} ms in the worker); the whole page follows`;
    summary(state.report);
    namesPanel(state.report);
    render();
    document.body.dataset.state = 'preview';
    setExportEnabled(false);
    firstDrawn();
  });
  if (result.error) {
    state.report = null;
    $('blocks').replaceChildren();
    $('summary').replaceChildren();
    showError(result.error);
    setExportEnabled(false);
    document.body.dataset.state = 'error';
    return;
  }
  state.report = result.report;
  state.source = `${source} — ${Math.round(result.ms)} ms in the worker, ${Math.round(performance.now() - t0)} ms in all`;
  showError('');
  setExportEnabled(true);
  summary(state.report);
  namesPanel(state.report);
  render();
  firstDrawn();
  document.body.dataset.fullResultMs = String(Math.round(performance.now() - t0));
}

async function loadSample(file) {
  const res = await fetch(`samples/${encodeURIComponent(file)}`);
  if (!res.ok) throw new Error(`could not load sample ${file}: HTTP ${res.status}`);
  await run(new Uint8Array(await res.arrayBuffer()), `sample ${file}`, {}, baseName(file));
}

async function loadFile(file) {
  await run(new Uint8Array(await file.arrayBuffer()), `file ${file.name}`, {}, baseName(file.name));
}

async function main() {
  await init();
  for (const s of listSchemes()) {
    $('scheme').append(el('option', { value: JSON.stringify({ from: s.from, to: s.to, system: s.system }) }, `${s.from} → ${s.to} (${s.system})`));
  }
  const samples = await (await fetch('samples/index.json')).json();
  for (const s of samples) $('sample').append(el('option', { value: s.file }, s.label));
  const wanted = new URLSearchParams(location.search).get('sample') ?? 'daryo-cis.html';
  if (wanted && samples.some((s) => s.file === wanted)) $('sample').value = wanted;

  $('sample').addEventListener('change', () => loadSample($('sample').value).catch((e) => showError(e.message)));
  $('file').addEventListener('change', () => { const f = $('file').files[0]; if (f) loadFile(f); });
  $('paste-go').addEventListener('click', () => run($('paste').value, 'pasted text', {}, 'pasted-text'));
  $('copy-article').addEventListener('click', copyArticle);
  $('save-article').addEventListener('click', saveArticle);
  $('save-report').addEventListener('click', saveReport);
  $('name-search').addEventListener('input', () => { state.spellings = null; render(); });
  $('scheme').addEventListener('change', render);
  $('hide-boilerplate').addEventListener('change', render);
  document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const f = e.dataTransfer?.files?.[0];
    if (f) loadFile(f);
  });
  if ($('sample').value) await loadSample($('sample').value);
}

// Offline once loaded: the service worker keeps the page, the package and the samples.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => { /* the demo works without it */ });
}

main().catch((e) => { showError(`pagenorm could not start: ${e.message}`); document.body.dataset.state = 'error'; });
