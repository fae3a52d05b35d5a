// Times the built npm package (pkg/) in Node: normalizePage over the sample pages, cold and warm,
// and the module's size raw and gzipped.
//   node scripts/bench-wasm.mjs [runs] [warm-up passes]
//
// V8 runs a wasm function first as Liftoff's quickly compiled code and replaces it by TurboFan's
// optimized code once the function has run enough (dynamic tiering): a page read soon after the
// module loads runs several times slower than one read later. So the figures are three:
// - the first call (the language profiles are unpacked on first use, Liftoff code);
// - cold: the next passes over all pages, still mostly Liftoff — what a page read once meets;
// - warm: per-page medians of `runs` after `warm-up passes` over all pages, all TurboFan — the
//   steady state of a batch (and what the speed target is measured on).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { normalizePage } from '../pkg/node.js';

const runs = Number(process.argv[2] ?? 30);
const warmup = Number(process.argv[3] ?? 40);
const dir = new URL('../tests/fixtures/pages/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort()
  .map((f) => [f, new Uint8Array(readFileSync(new URL(f, dir)))]);
const allBytes = pages.reduce((n, [, b]) => n + b.length, 0);
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const mbs = (bytes, ms) => (bytes / 1e3 / ms).toFixed(2);
const pass = () => {
  const t0 = performance.now();
  for (const [, bytes] of pages) normalizePage(bytes);
  return performance.now() - t0;
};

console.log(`node ${process.version}, ${pages.length} pages, ${allBytes} B:`);
const t0 = performance.now();
normalizePage(pages[0][1]);
console.log(`  first call (${pages[0][0]}, profiles unpacked): ${(performance.now() - t0).toFixed(1)} ms`);
const cold = [pass(), pass(), pass()];
console.log(`  cold, passes 1–3 after it: ${cold.map((ms) => mbs(allBytes, ms)).join(', ')} MB/s`);
let warmMs = 0;
for (let i = 0; i < warmup; i++) warmMs += pass();
console.log(`  warm-up, ${warmup} passes: ${mbs(allBytes * warmup, warmMs)} MB/s`);
let totalMs = 0;
console.log(`  warm, ${runs} runs per page (median):`);
for (const [name, bytes] of pages) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    normalizePage(bytes);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  totalMs += ms;
  console.log(`    ${name.padEnd(30)} ${String(bytes.length).padStart(7)} B  ${ms.toFixed(2).padStart(7)} ms  ${mbs(bytes.length, ms).padStart(6)} MB/s`);
}
console.log(`  all pages: ${mbs(allBytes, totalMs)} MB/s warm`);
const wasm = readFileSync(new URL('../pkg/pagenorm_bg.wasm', import.meta.url));
console.log(`  pkg/pagenorm_bg.wasm: ${(wasm.length / 1024).toFixed(0)} KB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
