// What each dependency and each part of pagenorm costs in the WebAssembly module.
//
//     node scripts/size-breakdown.mjs            # builds with a linker map (target/size-map/), prints a table
//
// The wasm profile is built once more with `-Map` passed to wasm-ld; the map gives every function
// body and data object of the linked module with its file offset, size and the object it came
// from. Each is assigned to a crate (from the rlib it came from, or for code from the crate at the
// root of its symbol's path — generic code of hashbrown instantiated in pagenorm counts for
// hashbrown) and, inside pagenorm, to its module (detect, translit, …; pagenorm's own data is
// anonymous after LTO and is listed as "pagenorm data": the language profiles and rule tables).
// Sizes are before wasm-opt; "gzip" compresses each group's bytes on their own (so the column
// sums to more than the module's gzipped size) and "share" scales that to the shipped module's
// gzipped size (pkg/pagenorm_bg.wasm, when built).
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const targetDir = `${root}target/size-map`;
const mapFile = `${targetDir}/pagenorm.map`;
execFileSync('cargo', ['build', '--quiet', '--lib', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--target-dir', targetDir], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, RUSTFLAGS: `${process.env.RUSTFLAGS ?? ''} -C link-arg=-Map=${mapFile}`.trim() },
});
const wasm = readFileSync(`${targetDir}/wasm32-unknown-unknown/wasm/pagenorm.wasm`);
const map = readFileSync(mapFile, 'utf8').split('\n');

const STD = new Set(['core', 'alloc', 'std', 'compiler_builtins', 'panic_abort', 'dlmalloc']);
// The crate at the root of a symbol's path: v0 (`_RNv…Cs<hash>_8pagenorm6detect…`) or legacy
// (`_ZN11encoding_rs4data…`) mangling; and, for pagenorm, the module after it.
function symbolPath(sym) {
  let m = sym.startsWith('_R') ? sym.match(/C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_][A-Za-z0-9_]*)/) : null;
  let rest;
  if (m) {
    const len = Number(m[1]);
    const crate = m[2].slice(0, len);
    rest = sym.slice(m.index + m[0].length - (m[2].length - len));
    const mod = rest.match(/^Nt?(\d+)([a-z_][a-z0-9_]*)/) ?? rest.match(/^(\d+)([a-z_][a-z0-9_]*)/);
    return { crate, module: mod ? mod[2].slice(0, Number(mod[1])) : null };
  }
  // Legacy impl paths: `_ZN102_$LT$core..iter..Map$LT$…$GT$$u20$as$u20$…$GT$4fold…`.
  m = sym.match(/^_ZN\d+_\$LT\$([a-z_][a-z0-9_]*)\.\./);
  if (m) return { crate: m[1], module: null };
  m = sym.match(/_ZN(\d+)([A-Za-z_][A-Za-z0-9_]*)/);
  if (m) {
    const len = Number(m[1]);
    const crate = m[2].slice(0, len);
    const after = sym.slice(m.index + 3 + m[1].length + len);
    const mod = after.match(/^(\d+)([a-z_][a-z0-9_]*)/);
    return { crate, module: mod ? mod[2].slice(0, Number(mod[1])) : null };
  }
  return { crate: null, module: null };
}

function crateOfFile(file) {
  let m = file.match(/lib([a-z0-9_]+)-[0-9a-f]+\.rlib/);
  if (m) return m[1];
  m = file.match(/\/([a-z0-9_]+)\.[a-z0-9_]+\.[0-9a-f]+-cgu/);
  if (m) return m[1];
  return file.includes('<internal>') ? '(linker)' : '(other)';
}

const groups = new Map();
function add(group, off, size) {
  const g = groups.get(group) ?? { raw: 0, parts: [] };
  g.raw += size;
  g.parts.push(wasm.subarray(off, off + size));
  groups.set(group, g);
}

let section = null;
let accounted = 0;
for (const line of map) {
  const cols = line.trim().split(/\s+/);
  if (cols.length >= 4 && cols[0] === '-' && /^[A-Z]/.test(cols[3])) {
    section = cols[3];
    if (!['CODE', 'DATA'].includes(section)) {
      const size = parseInt(cols[2], 16);
      const name = section.startsWith('CUSTOM') ? `(${section.toLowerCase()}, removed by wasm-opt)` : '(module structure: types, imports, exports)';
      add(name, parseInt(cols[1], 16), size);
      accounted += size;
    }
    continue;
  }
  if (!['CODE', 'DATA'].includes(section) || cols.length < 4) continue;
  const inCol = cols.slice(3).join(' ');
  if (!inCol.includes(':(')) continue; // the symbol lines repeat the input lines
  const off = parseInt(cols[1], 16);
  const size = parseInt(cols[2], 16);
  const file = inCol.slice(0, inCol.indexOf(':('));
  const sym = inCol.slice(inCol.indexOf(':(') + 2, -1);
  let crate = crateOfFile(file);
  let module = null;
  if (section === 'CODE') {
    const p = symbolPath(sym);
    if (p.crate) ({ crate, module } = p);
  }
  if (STD.has(crate)) crate = 'std (core, alloc)';
  let group;
  if (crate === 'pagenorm') group = section === 'CODE' ? `pagenorm::${module ?? '?'} code` : 'pagenorm data (language profiles, rule and name tables)';
  else group = `${crate}${section === 'DATA' ? ' data' : ' code'}`;
  add(group, off, size);
  accounted += size;
}

const rows = [...groups].map(([name, g]) => ({ name, raw: g.raw, gz: gzipSync(Buffer.concat(g.parts), { level: 9 }).length }));
const shipped = `${root}pkg/pagenorm_bg.wasm`;
const shippedGz = existsSync(shipped) ? gzipSync(readFileSync(shipped), { level: 9 }).length : null;
const kept = rows.filter((r) => !r.name.includes('removed by wasm-opt'));
const gzSum = kept.reduce((n, r) => n + r.gz, 0);
rows.sort((a, b) => b.gz - a.gz);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`linked module ${kb(wasm.length)} KB raw; map accounts for ${kb(accounted)} KB${shippedGz ? `; shipped module ${kb(shippedGz)} KB gzipped` : ''}`);
console.log(`${'part'.padEnd(58)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'share KB'.padStart(8)}`);
for (const r of rows) {
  const share = shippedGz && !r.name.includes('removed by wasm-opt') ? kb((r.gz / gzSum) * shippedGz) : '      -';
  console.log(`${r.name.padEnd(58)} ${kb(r.raw)} ${kb(r.gz)} ${share.padStart(8)}`);
}
