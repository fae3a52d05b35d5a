// pagenorm's service worker: the only place the WebAssembly runs. It answers two messages from
// the extension's own panel and content script, and checks both the sender and every field:
//   { type: 'normalize', html: string, url: string }  → { report } (a trimmed PageReport)
//   { type: 'find', text: string, query: string }     → { matches: [{ start, end, text }] }
//   { type: 'find', text: string, queries: string[] } → the same, for any of up to 16 spellings
//     (a name index's merged spellings), the longer kept where two overlap, in text order
// Anything else gets { error }. Pages cannot reach it (no externally_connectable).
import { initSync, normalizePage, findNames } from './pkg/pagenorm.js';

const MAX_HTML = 32 * 1024 * 1024; // characters of a page's HTML
const MAX_TEXT = 32 * 1024 * 1024; // characters of a page's text, for name search
const MAX_QUERY = 200;
const MAX_QUERIES = 16;

// Service workers may not use top-level await: the module is compiled once, on first use.
let ready = null;
function start() {
  ready ??= fetch(chrome.runtime.getURL('pkg/pagenorm_bg.wasm'))
    .then((r) => r.arrayBuffer())
    .then((bytes) => initSync({ module: bytes }));
  return ready;
}

const isString = (v, max) => typeof v === 'string' && v.length <= max;
const isQuery = (v) => isString(v, MAX_QUERY) && v.trim() !== '';

function validate(message) {
  if (message === null || typeof message !== 'object') return 'a message must be an object';
  switch (message.type) {
    case 'normalize':
      if (!isString(message.html, MAX_HTML)) return `html must be a string of at most ${MAX_HTML} characters`;
      if (!isString(message.url, 8192)) return 'url must be a string';
      return null;
    case 'find':
      if (!isString(message.text, MAX_TEXT)) return `text must be a string of at most ${MAX_TEXT} characters`;
      if (message.queries !== undefined) {
        if (message.query !== undefined) return 'give query or queries, not both';
        if (!Array.isArray(message.queries) || message.queries.length < 1 || message.queries.length > MAX_QUERIES) {
          return `queries must be an array of 1 to ${MAX_QUERIES} names`;
        }
        if (!message.queries.every(isQuery)) return `each of queries must be a non-empty string of at most ${MAX_QUERY} characters`;
        return null;
      }
      if (!isQuery(message.query)) return `query must be a non-empty string of at most ${MAX_QUERY} characters`;
      return null;
    default:
      return `unknown message type ${JSON.stringify(String(message.type)).slice(0, 40)}`;
  }
}

// What the panel shows; the whole report would be larger than it needs.
function summarize(report, ms) {
  const content = report.blocks.filter((b) => !b.boilerplate);
  const languages = new Map();
  for (const b of content) {
    const entry = languages.get(b.tag) ?? { tag: b.tag, lang: b.lang, script: b.script, blocks: 0, chars: 0 };
    entry.blocks += 1;
    entry.chars += b.text.length;
    languages.set(b.tag, entry);
  }
  return {
    title: report.title,
    tag: report.tag,
    encoding: report.encoding,
    meta: report.meta,
    languages: [...languages.values()].sort((a, b) => b.chars - a.chars),
    article: content.map((b) => ({ kind: b.kind, level: b.level ?? null, tag: b.tag, text: b.text, mixedScript: b.mixedScript ?? [] })),
    boilerplateBlocks: report.blocks.length - content.length,
    names: report.names.slice(0, 30).map((n) => ({ name: n.name, count: n.count, spellings: n.spellings.map((s) => s.text) })),
    ms,
  };
}

async function handle(message) {
  await start();
  if (message.type === 'normalize') {
    const t0 = performance.now();
    const report = normalizePage(message.html, { url: message.url });
    return { report: summarize(report, performance.now() - t0) };
  }
  // Several spellings of one name: findNames joins their overlapping mentions.
  return { matches: findNames(message.text, message.queries ?? message.query) };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own pages and content scripts.
  if (sender.id !== chrome.runtime.id) return false;
  const problem = validate(message);
  if (problem) {
    sendResponse({ error: problem });
    return false;
  }
  handle(message).then(sendResponse, (e) => sendResponse({ error: e instanceof Error ? e.message : String(e) }));
  return true; // the answer comes asynchronously
});
