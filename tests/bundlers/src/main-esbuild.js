// Entry of the esbuild build: esbuild does not follow new URL(…, import.meta.url), so the wasm is
// imported as a file (loader { '.wasm': 'file' }) and its URL handed to init().
import init from 'pagenorm';
import wasmUrl from 'pagenorm/pagenorm_bg.wasm';
import { show } from './check.js';

show(init({ module_or_path: wasmUrl }));
