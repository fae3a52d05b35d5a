// pagenorm's panel (the action popup): reads the active tab through activeTab + scripting, has
// the service worker normalize it, and shows its languages, names and clean article. Page text is
// only ever put in as text nodes. ?tab=ID names the tab explicitly (used by the tests, which open
// the panel as a page of its own).
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function fail(message) {
  $('error').textContent = message;
  $('error').hidden = false;
  $('status').textContent = 'pagenorm could not read this page.';
  document.body.dataset.state = 'error';
}

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    if (!/^\d+$/.test(param)) throw new Error('tab must be a tab id');
    return Number(param);
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error('no active tab');
  return tab.id;
}

async function ask(message) {
  const answer = await chrome.runtime.sendMessage(message);
  if (!answer || answer.error) throw new Error(answer?.error ?? 'no answer from the service worker');
  return answer;
}

function showLanguages(r) {
  const total = r.languages.reduce((n, l) => n + l.chars, 0) || 1;
  $('languages').replaceChildren(...r.languages.map((l) => {
    const share = l.chars / total;
    return el('li', { 'data-tag': l.tag },
      el('span', { class: 'tag' }, l.tag),
      el('span', { class: 'bar', style: `width:${Math.max(2, Math.round(share * 220))}px`, 'aria-hidden': 'true' }),
      `${Math.round(share * 100)} % · ${l.blocks} block${l.blocks === 1 ? '' : 's'}`);
  }));
}

function showNames(r, tabId) {
  $('names').replaceChildren(...r.names.map((n) => {
    const b = el('button', { type: 'button', title: `${n.count}× — ${n.spellings.join(', ')}` }, n.name);
    // A name from the index: every spelling the index merged under it.
    b.addEventListener('click', () => { $('query').value = n.name; highlight(tabId, [...new Set([n.name, ...n.spellings])]); });
    return el('li', {}, b);
  }));
}

function showArticle(r) {
  $('article').replaceChildren(...r.article.map((b) => {
    const p = el('p', { class: b.kind, lang: b.tag });
    // Mixed-script words (Latin and Cyrillic look-alikes) are underlined.
    let rest = b.text;
    for (const word of b.mixedScript) {
      const i = rest.indexOf(word);
      if (i < 0) continue;
      p.append(rest.slice(0, i), el('span', { class: 'mixed', title: 'mixes Latin and Cyrillic letters' }, word));
      rest = rest.slice(i + word.length);
    }
    p.append(rest);
    return p;
  }));
}

// The article as plain text: its blocks a paragraph each, a list's items a line each.
function articleText(r) {
  let out = '';
  let prev = null;
  for (const b of r.article) {
    if (prev !== null) out += prev === 'list-item' && b.kind === 'list-item' ? '\n' : '\n\n';
    out += b.kind === 'list-item' ? `- ${b.text}` : b.text;
    prev = b.kind;
  }
  return out ? `${out}\n` : '';
}

async function copyArticle(r) {
  const text = articleText(r);
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = `Copied: ${text.length} characters.`;
  } catch (e) {
    $('copied').textContent = `Could not copy: ${e.message}`;
  }
}

async function highlight(tabId, spellings = null) {
  const query = $('query').value.trim();
  const wanted = spellings && spellings.length > 1 ? spellings : query;
  $('found').textContent = 'Searching…';
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId },
      func: (q) => globalThis.pagenormHighlight(q),
      args: [wanted],
    });
    $('found').textContent = result.count
      ? `${result.count} mention${result.count === 1 ? '' : 's'} highlighted: ${result.spellings.join(', ')}`
      : `No mention of “${query}” on the page.`;
    document.body.dataset.found = String(result.count);
  } catch (e) {
    $('found').textContent = '';
    fail(e.message);
  }
}

async function main() {
  try {
    const tabId = await targetTab();
    const [{ result: page }] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
    });
    const { report: r } = await ask({ type: 'normalize', html: page.html, url: page.url });
    $('status').textContent = `${r.title ?? page.url} — ${r.tag}, ${r.article.length} article blocks, ${r.boilerplateBlocks} boilerplate (${r.ms.toFixed(0)} ms)`;
    showLanguages(r);
    showNames(r, tabId);
    showArticle(r);
    $('copy').disabled = r.article.length === 0;
    $('copy').addEventListener('click', () => copyArticle(r));
    $('search-form').addEventListener('submit', (e) => { e.preventDefault(); highlight(tabId); });
    $('clear').addEventListener('click', async () => {
      await chrome.scripting.executeScript({ target: { tabId }, func: () => globalThis.pagenormClear?.() });
      $('found').textContent = '';
    });
    document.body.dataset.state = 'ready';
    $('query').focus();
  } catch (e) {
    fail(e.message);
  }
}

main();
