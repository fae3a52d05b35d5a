// Times the built package in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
// normalizePage on the sample pages served with the demo, cold and warm, as
// scripts/bench-wasm.mjs does in Node (see there why: V8's dynamic tiering).
//   node scripts/bench-wasm-chromium.mjs [runs] [warm-up passes]     (after scripts/build.sh)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[2] ?? 30);
const warmup = Number(process.argv[3] ?? 40);
const root = new URL('../', import.meta.url).pathname;
const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port: p } = s.address(); s.close(() => resolve(p)); });
});
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'www')], { stdio: 'ignore' });
const profile = mkdtempSync(join(tmpdir(), 'pagenorm-bench-'));
try {
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30000 });
  const result = await page.evaluate(async ([runs, warmup]) => {
    const { normalizePage } = await import('./pkg/pagenorm.js');
    const index = await (await fetch('samples/index.json')).json();
    const pages = [];
    for (const { file } of index) {
      pages.push([file, new Uint8Array(await (await fetch(`samples/${file}`)).arrayBuffer())]);
    }
    const pass = () => {
      const t0 = performance.now();
      for (const [, bytes] of pages) normalizePage(bytes);
      return performance.now() - t0;
    };
    const t0 = performance.now();
    normalizePage(pages[0][1]);
    const first = performance.now() - t0;
    const cold = [pass(), pass(), pass()];
    let warm = 0;
    for (let i = 0; i < warmup; i++) warm += pass();
    const rows = [];
    for (const [file, bytes] of pages) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        normalizePage(bytes);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push({ file, bytes: bytes.length, ms: times[times.length >> 1] });
    }
    return { rows, first, cold, warm, ua: navigator.userAgent };
  }, [runs, warmup]);
  const all = result.rows.reduce((n, r) => n + r.bytes, 0);
  const mbs = (bytes, ms) => (bytes / 1e3 / ms).toFixed(2);
  console.log(`${result.ua.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${result.rows.length} pages, ${all} B:`);
  console.log(`  first call (${result.rows[0].file}): ${result.first.toFixed(1)} ms`);
  console.log(`  cold, passes 1–3 after it: ${result.cold.map((ms) => mbs(all, ms)).join(', ')} MB/s`);
  console.log(`  warm-up, ${warmup} passes: ${mbs(all * warmup, result.warm)} MB/s`);
  console.log(`  warm, ${runs} runs per page (median):`);
  let ms = 0;
  for (const r of result.rows) {
    ms += r.ms;
    console.log(`    ${r.file.padEnd(30)} ${String(r.bytes).padStart(7)} B  ${r.ms.toFixed(2).padStart(7)} ms  ${mbs(r.bytes, r.ms).padStart(6)} MB/s`);
  }
  console.log(`  all pages: ${mbs(all, ms)} MB/s warm`);
  await ctx.close();
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
