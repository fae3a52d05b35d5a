// pagenorm's content script, injected into the active tab only when the user asks (activeTab).
// It defines one function in the extension's isolated world: pagenormHighlight(query) collects
// the page's visible text, asks the service worker for every spelling of the name (or of each of
// the spellings the panel's name index merged), and wraps each mention in <mark data-pagenorm>. It never inserts page text as HTML and listens to no page
// messages.
(() => {
  if (globalThis.pagenormHighlight) return;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
  const BLOCK = 'p,li,td,th,h1,h2,h3,h4,h5,h6,div,article,section,blockquote,dd,dt,pre,figcaption,caption,header,footer,nav,aside,main,body';

  function clear() {
    for (const mark of document.querySelectorAll('mark[data-pagenorm]')) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
  }

  // The text nodes in document order and one string of their text; nodes of different blocks
  // are joined by a newline so that words of neighbouring cells never run together.
  function collect() {
    const nodes = [];
    const starts = [];
    let text = '';
    let lastBlock = null;
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let e = node.parentElement; e; e = e.parentElement) {
          if (SKIP.has(e.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
        }
        return node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const block = node.parentElement?.closest(BLOCK) ?? null;
      if (nodes.length && block !== lastBlock) text += '\n';
      lastBlock = block;
      nodes.push(node);
      starts.push(text.length);
      text += node.nodeValue;
    }
    return { nodes, starts, text };
  }

  // Wraps [start, end) of the joined text, which may span several text nodes.
  function wrap({ nodes, starts }, start, end) {
    const marks = [];
    for (let i = nodes.length - 1; i >= 0; i--) {
      const s = starts[i];
      const e = s + nodes[i].nodeValue.length;
      if (e <= start || s >= end) continue;
      const range = document.createRange();
      range.setStart(nodes[i], Math.max(start, s) - s);
      range.setEnd(nodes[i], Math.min(end, e) - s);
      const mark = document.createElement('mark');
      mark.dataset.pagenorm = '';
      mark.style.cssText = 'background:#ffd84d;color:#000;outline:2px solid #b8860b;border-radius:2px';
      range.surroundContents(mark);
      marks.unshift(mark);
    }
    return marks;
  }

  // `query`: a name, or the spellings a name index merged under one name (at most 16).
  globalThis.pagenormHighlight = async (query) => {
    clear();
    const queries = (Array.isArray(query) ? query.slice(0, 16) : [query])
      .filter((q) => typeof q === 'string' && q.trim());
    if (!queries.length) return { count: 0, spellings: [] };
    const collected = collect();
    // One message for every spelling: the page's text crosses to the service worker once.
    const answer = await chrome.runtime.sendMessage({ type: 'find', text: collected.text, queries });
    if (!answer || answer.error) throw new Error(answer?.error ?? 'no answer from the service worker');
    const matches = answer.matches;
    // From the last match backwards, so earlier offsets stay valid while nodes are split.
    const first = [];
    for (const m of [...matches].reverse()) first.unshift(...wrap(collected, m.start, m.end).slice(0, 1));
    first[0]?.scrollIntoView({ block: 'center' });
    return { count: matches.length, spellings: [...new Set(matches.map((m) => m.text))] };
  };
  globalThis.pagenormClear = clear;
})();
