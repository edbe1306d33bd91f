/**
 * One converted module checked as the corpus test checks each: written inside the project (so 'tiphys'
 * resolves), `tsc --noEmit` over it, then built as `tiphys build` builds it; the built documents in the
 * normal form the ports are compared in.
 */
import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitYamlDocuments } from '../../src/index.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../../src/cli/load-module.js';
import { normalizeArgo } from './argo-compare.js';
import { tscNoEmit } from './convert-corpus.js';
import { readArgoYaml } from './example-ports.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `tsc`'s error lines for the module (none when it type-checks) and its documents as built, normalised. */
export const buildConverted = async (name: string, code: string): Promise<{ readonly tsc: string; readonly built: ReadonlyArray<unknown> }> => {
  const dir = join(ROOT, 'test', `.convert-${name}`);
  const module = join(dir, `${name}.ts`);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(module, code);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'], exclude: [] }));
    const out = await tscNoEmit(join(dir, 'tsconfig.json'));
    const loaded = await loadDocumentModule(module);
    if (E.isLeft(loaded)) throw loaded.left;
    const compiled = await compileDocuments(module, uniqueDocuments(loaded.right), true);
    if (E.isLeft(compiled)) throw new Error(compiled.left.map((p) => p.message).join('; '));
    return { tsc: out, built: readArgoYaml(emitYamlDocuments(compiled.right.map((c) => c.manifest)), name).map(normalizeArgo) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** YAML text in the same normal form. */
export const normalYaml = (text: string): ReadonlyArray<unknown> => readArgoYaml(text, 'yaml').map(normalizeArgo);

/** The round trip a converted module must make: it type-checks, and it builds back equal to `yaml`. */
export const expectRoundTrip = async (name: string, code: string, yaml: string): Promise<void> => {
  const { tsc, built } = await buildConverted(name, code);
  expect(tsc).toBe('');
  expect(built).toEqual(normalYaml(yaml));
};
