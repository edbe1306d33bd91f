/**
 * `npx tsx bench/convert-corpus.ts`: `tiphys convert` over the whole upstream corpus (vendor/argo/examples,
 * 172 files converted together, Prettier included), timed as the CLI runs it. Target: under 10 s.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertFiles } from '../src/argo-docs/convert/convert-files.js';
import { filesUnder } from '../test/support/files-under.js';
import { markdownTable, ms } from './markdown-table.js';

const EXAMPLES = fileURLToPath(new URL('../vendor/argo/examples/', import.meta.url));
const TARGET_MS = 10_000;

export interface ConvertBench {
  readonly files: number;
  readonly documents: number;
  readonly converted: number;
  /** The first run: what a user waits for (Prettier and the model's codecs load on it). */
  readonly firstMs: number;
  /** A second run, everything loaded. */
  readonly warmMs: number;
}

export const runConvertBench = async (files: ReadonlyArray<string>): Promise<ConvertBench> => {
  const inputs = files.map((f) => ({ source: relative(EXAMPLES, f), text: readFileSync(f, 'utf8'), output: f.replace(/\.yaml$/, '.ts') }));
  const once = async (): Promise<readonly [number, number, number]> => {
    const start = performance.now();
    const results = await convertFiles(inputs);
    const elapsed = performance.now() - start;
    const docs = results.flatMap((r) => r.documents);
    return [elapsed, docs.length, docs.filter((d) => d.exportName !== undefined).length];
  };
  const [firstMs, documents, converted] = await once();
  const [warmMs] = await once();
  return { files: inputs.length, documents, converted, firstMs, warmMs };
};

export const convertTable = (b: ConvertBench): string =>
  markdownTable(['files', 'documents', 'converted', 'first run (ms)', 'second run (ms)', `target ${TARGET_MS / 1000} s`], [
    [String(b.files), String(b.documents), String(b.converted), ms(b.firstMs), ms(b.warmMs), b.firstMs < TARGET_MS ? 'met' : '**missed**'],
  ]);

/** Every upstream example file. */
export const corpusFiles = (): ReadonlyArray<string> => filesUnder(EXAMPLES, '.yaml');

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(convertTable(await runConvertBench(corpusFiles())));
}
