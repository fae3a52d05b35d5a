// Writes DIR/package.json for the npm package: version from Cargo.toml, one package whose
// `exports` give Node its own entry (synchronous start-up) and browsers/bundlers the web build.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2];
const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const version = cargo.match(/^version = "([^"]+)"/m)[1];
const description = cargo.match(/^description = "([^"]+)"/m)[1];
const pkg = {
  name: 'pagenorm',
  version,
  description,
  license: 'MIT OR Apache-2.0',
  type: 'module',
  keywords: ['uzbek', 'russian', 'transliteration', 'language-detection', 'boilerplate', 'wasm', 'unicode', 'encoding'],
  files: ['pagenorm.js', 'pagenorm.d.ts', 'pagenorm_bg.wasm', 'pagenorm_bg.wasm.d.ts', 'node.js', 'node.d.ts', 'README.md'],
  main: './node.js',
  module: './pagenorm.js',
  types: './pagenorm.d.ts',
  exports: {
    '.': {
      node: { types: './node.d.ts', default: './node.js' },
      types: './pagenorm.d.ts',
      default: './pagenorm.js',
    },
    './pagenorm_bg.wasm': './pagenorm_bg.wasm',
    './package.json': './package.json',
  },
  sideEffects: ['./node.js'],
  engines: { node: '>=18' },
};
writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');

// wasm-bindgen types every parameter as required; the options of normalizePage and of the
// PageNormalizer constructor may be left out (the Rust side treats undefined as the defaults).
const dts = `${dir}/pagenorm.d.ts`;
const types = readFileSync(dts, 'utf8');
const fixed = types.replaceAll('options: PageOptions)', 'options?: PageOptions)');
if (fixed === types) throw new Error('pagenorm.d.ts: optional options not found (did wasm-bindgen change?)');
writeFileSync(dts, fixed);
