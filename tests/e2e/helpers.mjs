// Shared by the browser tests: a static server over a directory, and Debian's Chromium driven by
// playwright-core (no downloaded browsers).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const root = new URL('../../', import.meta.url).pathname;
export const out = join(root, 'tests/e2e/out');
mkdirSync(out, { recursive: true });
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});

/** Serves `dir` over HTTP on 127.0.0.1; returns { base, close }. */
export async function serve(dir) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not yet */ }
    if (i === 100) { server.kill(); throw new Error(`server at ${base} did not start`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, close: () => server.kill() };
}

/** A headless Chromium with a fresh profile; extra args (e.g. to load an extension). */
export async function launch(args = []) {
  const profile = mkdtempSync(join(tmpdir(), 'pagenorm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...args], viewport: { width: 1280, height: 900 },
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Collects uncaught errors and console errors of a page. */
export function errorsOf(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}
