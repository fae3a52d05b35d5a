// Prints the report summary of a page, using the built npm package (pkg/) from Node.
//   node scripts/summary.mjs FILE [URL]
import { readFileSync } from 'node:fs';
import { normalizePage } from '../pkg/node.js';

const [file, url] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const t0 = performance.now();
const r = normalizePage(bytes, url ? { url } : undefined);
const ms = performance.now() - t0;
const content = r.blocks.filter((b) => !b.boilerplate);
const langs = {};
for (const b of content) langs[b.tag] = (langs[b.tag] ?? 0) + 1;
console.log(`${file} (${bytes.length} bytes, ${ms.toFixed(1)} ms in wasm)`);
console.log(`  title:     ${r.title}`);
console.log(`  encoding:  ${r.encoding} (${r.encodingSource})`);
console.log(`  language:  ${r.tag} (confidence ${r.confidence})`);
console.log(`  blocks:    ${r.blocks.length}, of which ${content.length} content, ${r.blocks.length - content.length} boilerplate`);
console.log(`  content languages: ${Object.entries(langs).map(([k, v]) => `${k}×${v}`).join(', ')}`);
console.log(`  first content block: ${content.find((b) => b.kind === 'paragraph')?.text.slice(0, 100)}…`);
