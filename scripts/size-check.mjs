// Prints the size of the built wasm module, raw and gzipped, and fails above the budget
// (unless --no-fail).
// The budget guards against growth: the target for the whole module is 400 KB, which
// it misses (README "Speed and size" says why); it is raised only for a measured feature, and lowered
// when the module shrinks (540 KB since session 35, for the profiles of whatlang's other
// Latin-script languages — Afrikaans, Akan, Welsh, Esperanto, Shona, Tagalog, Vietnamese, Zulu —,
// 11.4 KB; 528 KB since session 34, for the profile of Uzbek in the reformed Latin alphabet, 3.5 KB; 524 KB since session 32, whose tokenizer of our own replaced html5gum,
// −36.0 KB, and whose reading of other scripts by their letters replaced whatlang, −59.8 KB; 620 before it, for the languages elements declare, 1.7 KB; 618 since session 31: blocks read in their page's language 1.5 KB, the Russian and Uzbek
// readings of the name index 1.8 KB; 616 since session 30: the readings of text with no markup
// — section titles, dated headline lists, a menu's lines, a headline shown twice — 2.9 KB, and
// the page-wide <form> 0.3 KB; 612 since session 29 for the Karakalpak profiles).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = Number(process.env.PAGENORM_WASM_BUDGET ?? 540 * 1024);
const wasm = readFileSync(new URL('../pkg/pagenorm_bg.wasm', import.meta.url));
const gz = gzipSync(wasm, { level: 9 }).length;
console.log(`pkg/pagenorm_bg.wasm: ${(wasm.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped (budget ${(BUDGET_GZIP / 1024).toFixed(0)} KB)`);
if (gz > BUDGET_GZIP && !process.argv.includes('--no-fail')) {
  console.error(`wasm module over its size budget by ${((gz - BUDGET_GZIP) / 1024).toFixed(0)} KB gzipped`);
  process.exit(1);
}
