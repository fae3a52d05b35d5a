// Times the built npm package (pkg/) in Node: normalizePage per sample page (median of runs),
// MB/s over all pages, and the module's size raw and gzipped.
//   node scripts/bench-wasm.mjs [runs]
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { normalizePage } from '../pkg/node.js';

const runs = Number(process.argv[2] ?? 30);
const dir = new URL('../tests/fixtures/pages/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort()
  .map((f) => [f, new Uint8Array(readFileSync(new URL(f, dir)))]);

const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
let totalBytes = 0;
let totalMs = 0;
console.log(`node ${process.version}, ${runs} runs per page (median):`);
for (const [name, bytes] of pages) {
  normalizePage(bytes); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    normalizePage(bytes);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  totalBytes += bytes.length;
  totalMs += ms;
  console.log(`  ${name.padEnd(30)} ${String(bytes.length).padStart(7)} B  ${ms.toFixed(2).padStart(7)} ms  ${(bytes.length / 1e3 / ms).toFixed(2).padStart(6)} MB/s`);
}
console.log(`  all pages: ${(totalBytes / 1e3 / totalMs).toFixed(2)} MB/s`);
const wasm = readFileSync(new URL('../pkg/pagenorm_bg.wasm', import.meta.url));
console.log(`  pkg/pagenorm_bg.wasm: ${(wasm.length / 1024).toFixed(0)} KB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
