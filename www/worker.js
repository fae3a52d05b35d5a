// The demo's worker: normalizes pages off the main thread so the page never freezes.
// Messages in: { id, input: string | ArrayBuffer, options? }.
// Out: for a large page first { id, preview: true, report, ms } — the report of its first
// PREVIEW_BYTES, so the top of the page shows at once — then { id, report, ms } for the whole
// page, or { id, error }.
import init, { normalizePage } from './pkg/pagenorm.js';

// The language profiles are unpacked on first use (15–20 ms): done now, while the user is still
// choosing a page, so that the first page's time is its own.
const ready = init().then(() => {
  normalizePage('<p>Salom, dunyo!</p>');
});
const PREVIEW_BYTES = 24 * 1024;

self.onmessage = async (event) => {
  const { id, input, options } = event.data;
  try {
    await ready;
    const data = typeof input === 'string' ? input : new Uint8Array(input);
    if (data.length > 2 * PREVIEW_BYTES) {
      const t0 = performance.now();
      const head = data.slice(0, PREVIEW_BYTES);
      self.postMessage({ id, preview: true, report: normalizePage(head, options), ms: performance.now() - t0 });
    }
    const t0 = performance.now();
    const report = normalizePage(data, options);
    self.postMessage({ id, report, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
