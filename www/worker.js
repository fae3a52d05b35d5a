// The demo's worker: normalizes pages off the main thread so the page never freezes.
// Messages in: { id, input: string | ArrayBuffer, options? }; out: { id, report, ms } or { id, error }.
import init, { normalizePage } from './pkg/pagenorm.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, input, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const report = normalizePage(typeof input === 'string' ? input : new Uint8Array(input), options);
    self.postMessage({ id, report, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
