/**
 * The upstream corpus (vendor/argo/examples) converted to TypeScript, written under test/converted-corpus/
 * (gitignored, inside the project so `import ... from 'tiphys'` resolves as in examples/), type-checked in
 * one tsc program, and each module's documents rendered as `tiphys build` renders them.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { convertFiles } from '../../src/argo-docs/convert/convert-files.js';
import type { ConvertResult } from '../../src/argo-docs/convert/convert.js';
import { ARGO_EXAMPLES } from './vendored-argo.js';
import { filesUnder } from './files-under.js';

export const CONVERTED = fileURLToPath(new URL('../converted-corpus/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ConvertedFile {
  /** Relative to vendor/argo/examples. */
  readonly upstream: string;
  /** The module written, absolute. */
  readonly module: string;
  readonly result: ConvertResult;
}

/** Converts every upstream file together (so templateRefs between them become imports) and writes the modules. */
export const convertCorpus = async (): Promise<ReadonlyArray<ConvertedFile>> => {
  rmSync(CONVERTED, { recursive: true, force: true });
  const files = filesUnder(ARGO_EXAMPLES, '.yaml').map((f) => relative(ARGO_EXAMPLES, f));
  const inputs = files.map((upstream) => ({
    source: upstream,
    text: readFileSync(join(ARGO_EXAMPLES, upstream), 'utf8'),
    output: join(CONVERTED, upstream.replace(/\.yaml$/, '.ts')),
  }));
  const results = await convertFiles(inputs);
  return inputs.map((input, i) => {
    mkdirSync(dirname(input.output), { recursive: true });
    writeFileSync(input.output, results[i]!.code);
    return { upstream: input.source, module: input.output, result: results[i]! };
  });
};

/** `tsc --noEmit -p config` from the project root: its error lines (empty when everything type-checks). */
export const tscNoEmit = async (config: string): Promise<string> => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return promisify(execFile)(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', config], { cwd: ROOT, maxBuffer: 64 * 2 ** 20 }).then(
    (r) => r.stdout,
    (e: { readonly stdout?: string }) => e.stdout ?? String(e),
  );
};

/** `tsc --noEmit` over every converted module at once: the error lines by module (absolute path). */
export const typeCheckCorpus = async (): Promise<ReadonlyMap<string, ReadonlyArray<string>>> => {
  const config = join(CONVERTED, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ extends: '../../tsconfig.json', include: ['./**/*.ts'], exclude: [] }));
  const out = await tscNoEmit(config);
  const errors = new Map<string, string[]>();
  for (const line of out.split('\n')) {
    const m = /^(.+?\.ts)\(\d+,\d+\): error/.exec(line);
    if (m === null) continue;
    const file = join(ROOT, m[1] ?? '');
    errors.set(file, [...(errors.get(file) ?? []), line]);
  }
  return errors;
};
