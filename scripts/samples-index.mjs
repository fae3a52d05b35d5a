// Prints a JSON index of the demo's sample pages: [{ file, label }] from each page's <title>.
import { readdirSync, readFileSync } from 'node:fs';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const index = files.map((file) => {
  const head = readFileSync(`${dir}/${file}`, 'latin1').slice(0, 4096);
  const label = head.match(/<meta name="pagenorm-label" content="([^"]*)"/)?.[1] ?? file;
  return { file, label };
});
console.log(JSON.stringify(index, null, 2));
