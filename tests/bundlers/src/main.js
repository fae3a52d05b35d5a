// Entry of the Vite, webpack and plain-ES-module builds: the package's default init() finds
// pagenorm_bg.wasm next to its module (new URL(…, import.meta.url)), which the bundlers emit.
import init from 'pagenorm';
import { show } from './check.js';

show(init());
