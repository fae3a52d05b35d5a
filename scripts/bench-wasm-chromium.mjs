// Times the built package in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
// normalizePage on each sample page served with the demo, median of runs, and MB/s over all.
//   node scripts/bench-wasm-chromium.mjs [runs]     (after scripts/build.sh)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[2] ?? 20);
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
  const result = await page.evaluate(async (runs) => {
    const { normalizePage } = await import('./pkg/pagenorm.js');
    const index = await (await fetch('samples/index.json')).json();
    const rows = [];
    for (const { file } of index) {
      const bytes = new Uint8Array(await (await fetch(`samples/${file}`)).arrayBuffer());
      normalizePage(bytes);
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        normalizePage(bytes);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      rows.push({ file, bytes: bytes.length, ms: times[times.length >> 1] });
    }
    return { rows, ua: navigator.userAgent };
  }, runs);
  console.log(`${result.ua.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${runs} runs per page (median):`);
  let bytes = 0;
  let ms = 0;
  for (const r of result.rows) {
    bytes += r.bytes;
    ms += r.ms;
    console.log(`  ${r.file.padEnd(30)} ${String(r.bytes).padStart(7)} B  ${r.ms.toFixed(2).padStart(7)} ms  ${(r.bytes / 1e3 / r.ms).toFixed(2).padStart(6)} MB/s`);
  }
  console.log(`  all pages: ${(bytes / 1e3 / ms).toFixed(2)} MB/s`);
  await ctx.close();
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
