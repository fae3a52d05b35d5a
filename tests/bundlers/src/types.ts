// Compiled by `tsc --noEmit --strict` in bundlers.test.mjs: the package's types accept what the
// README shows and reject misuse. Each @ts-expect-error must be an error, or tsc fails — so a
// type that silently became `any` is caught.
import init, {
  initSync, normalizePage, detectLanguage, transliterate, listSchemes, nameKey, sameName, nameSimilarity, findNames,
  PageNormalizer,
} from 'pagenorm';
import type { PageReport, BlockReport, Detection, NameMatch, SchemeInfo, PageOptions } from 'pagenorm';

export async function use(bytes: Uint8Array, module: WebAssembly.Module): Promise<string[]> {
  await init();
  initSync({ module });
  const options: PageOptions = { url: 'https://kun.uz/', charset: 'windows-1251', maxDepth: 100 };
  const report: PageReport = normalizePage(bytes, options);
  const plain: PageReport = normalizePage('<p>text</p>');
  const first: BlockReport | undefined = report.blocks[0];
  const boiler: boolean = first ? first.boilerplate : false;
  const reasons: string[] = first?.reasons ?? [];
  const d: Detection = detectLanguage('Привет');
  const conf: number = d.confidence;
  const latin: string = transliterate('Тошкент', { from: 'uz-Cyrl', to: 'uz-Latn', system: 'official' });
  const schemes: SchemeInfo[] = listSchemes();
  const key: string = nameKey('Лукашенко');
  const same: boolean = sameName('Łukašenka', 'Lukashenko');
  const score: number = nameSimilarity('Vardan', 'Vartan');
  const found: NameMatch[] = findNames('Лукашенко', 'Lukashenko');
  const n = new PageNormalizer();
  n.push(bytes);
  n.push(bytes.buffer as ArrayBuffer);
  const r2: PageReport = n.finish();
  const count: number = report.names[0]?.count ?? 0;
  // @ts-expect-error detectLanguage takes a string
  detectLanguage(42);
  // @ts-expect-error transliterate needs { from, to }
  transliterate('x', { system: 'official' });
  // @ts-expect-error no such option
  normalizePage('x', { maxDepht: 3 });
  // @ts-expect-error blocks have no such field
  report.blocks[0].language;
  // @ts-expect-error a report is not a string
  const wrong: string = plain;
  return [latin, key, String(same), String(found.length), String(schemes.length), String(boiler), String(conf),
    String(reasons.length), String(score), String(r2.blocks.length), String(count), String(wrong)];
}
