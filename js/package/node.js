// Node entry of pagenorm: loads the WebAssembly module synchronously from the package, so every
// function works right after `import` (no `await init()` needed).
import { readFileSync } from 'node:fs';
import { initSync } from './pagenorm.js';

initSync({ module: readFileSync(new URL('./pagenorm_bg.wasm', import.meta.url)) });

export * from './pagenorm.js';
export { default } from './pagenorm.js';
