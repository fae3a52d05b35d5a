// The built npm package (../../pkg) consumed the ways users consume it: bundled by Vite, webpack
// and esbuild, and as a plain <script type="module"> with an import map — each build served
// locally and run in headless Chromium — plus its TypeScript types under `tsc --strict` (Node
// resolution and bundler resolution), and `npm pack --dry-run` showing only what belongs in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as vite } from 'vite';
import webpack from 'webpack';
import * as esbuild from 'esbuild';
import { root, out, serve, launch, errorsOf } from '../e2e/helpers.mjs';

const here = new URL('.', import.meta.url).pathname;
const src = join(here, 'src');
const dist = join(here, 'dist');
const pkg = join(root, 'pkg');

let server;
let browser;

const page = (title, script, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head>
<body>${script}</body></html>`;

before(async () => {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  server = await serve(dist);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function runInChromium(name) {
  const tab = await browser.context.newPage();
  const errors = errorsOf(tab);
  await tab.goto(`${server.base}${name}/index.html`);
  await tab.waitForFunction(() => document.body.dataset.result || document.body.dataset.error, null, { timeout: 30000 });
  const error = await tab.evaluate(() => document.body.dataset.error);
  assert.equal(error, undefined, `${name}: ${error}`);
  const result = JSON.parse(await tab.evaluate(() => document.body.dataset.result));
  await tab.close();
  assert.deepEqual(errors, []);
  assert.equal(result.tag, 'uz-Cyrl');
  assert.equal(result.latin, 'Oʻzbekiston');
  assert.deepEqual(result.blocks, ['uz-Latn', 'uz-Latn', 'ru']);
  assert.equal(result.chunkedSame, true);
  assert.deepEqual(result.mentions, ['Mirziyoyev', 'Мирзиёев']);
  assert.equal(result.sameKey, true);
  assert.ok(result.schemes >= 10);
  return result;
}

test('Vite build', async () => {
  await vite({ root: src, base: './', logLevel: 'error', build: { outDir: join(dist, 'vite'), emptyOutDir: true } });
  await runInChromium('vite');
});

test('webpack build', async () => {
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'production',
    context: src,
    entry: './main.js',
    output: { path: join(dist, 'webpack'), filename: 'main.js', clean: true },
    performance: { hints: false },
  }, (err, s) => (err ? reject(err) : resolve(s))));
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  writeFileSync(join(dist, 'webpack/index.html'), page('pagenorm in a webpack build', '<script src="main.js"></script>'));
  await runInChromium('webpack');
});

test('esbuild build', async () => {
  await esbuild.build({
    entryPoints: [join(src, 'main-esbuild.js')], bundle: true, format: 'esm', outdir: join(dist, 'esbuild'),
    loader: { '.wasm': 'file' }, logLevel: 'error', minify: true,
  });
  writeFileSync(join(dist, 'esbuild/index.html'), page('pagenorm in an esbuild build', '<script type="module" src="main-esbuild.js"></script>'));
  await runInChromium('esbuild');
});

test('plain <script type="module"> with an import map, no build step', async () => {
  const dir = join(dist, 'plain');
  mkdirSync(join(dir, 'pagenorm'), { recursive: true });
  for (const f of ['pagenorm.js', 'pagenorm_bg.wasm']) cpSync(join(pkg, f), join(dir, 'pagenorm', f));
  for (const f of ['main.js', 'check.js']) cpSync(join(src, f), join(dir, f));
  const map = '<script type="importmap">{"imports":{"pagenorm":"./pagenorm/pagenorm.js"}}</script>';
  writeFileSync(join(dir, 'index.html'), page('pagenorm as a plain module', '<script type="module" src="main.js"></script>', map));
  await runInChromium('plain');
});

test('TypeScript: the package types accept the documented use and reject misuse (tsc --strict)', () => {
  const tsc = join(here, 'node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', here], { stdio: 'pipe' });
  execFileSync(process.execPath, [tsc, '-p', here, '--module', 'esnext', '--moduleResolution', 'bundler'], { stdio: 'pipe' });
});

test('npm pack --dry-run: the package holds exactly its files', () => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: pkg, encoding: 'utf8' }));
  const files = info.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['README.md', 'node.d.ts', 'node.js', 'package.json', 'pagenorm.d.ts', 'pagenorm.js',
    'pagenorm_bg.wasm', 'pagenorm_bg.wasm.d.ts']);
  const wasm = info.files.find((f) => f.path === 'pagenorm_bg.wasm').size;
  console.log(`npm pack: ${info.filename}, ${files.length} files, ${(info.size / 1024).toFixed(0)} KB packed, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked (wasm ${(wasm / 1024).toFixed(0)} KB)`);
  writeFileSync(join(out, 'npm-pack.json'), JSON.stringify(info, null, 2));
  assert.equal(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).name, 'pagenorm');
});
