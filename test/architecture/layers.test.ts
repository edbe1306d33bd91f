// The layers import one way only. A relative import that runs the wrong way fails here, naming the file.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files-under.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** What each top-level folder of `src` may import, besides itself. */
const ALLOWED: Readonly<Record<string, ReadonlyArray<string>>> = {
  'argo-model': [],
  core: ['argo-model'],
  'typed-refs': ['core', 'argo-model'],
  templates: ['typed-refs', 'core', 'argo-model'],
  'argo-docs': ['core', 'argo-model'],
  interp: ['argo-docs', 'typed-refs', 'core', 'argo-model'],
  cli: ['interp', 'argo-docs', 'templates', 'typed-refs', 'core', 'argo-model'],
  'index.ts': ['interp', 'argo-docs', 'templates', 'typed-refs', 'core', 'argo-model'],
  'client.ts': ['interp', 'core'],
  'import.ts': ['argo-docs', 'argo-model'],
};

const layerOf = (file: string): string => relative(SRC, file).split(sep)[0] ?? '';

const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import in src as [importing file, imported file]. */
const imports = (): ReadonlyArray<readonly [string, string]> =>
  filesUnder(SRC, '.ts').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(
      (m) => [file, normalize(join(dirname(file), m[1] ?? ''))] as const,
    ),
  );

describe('layers', () => {
  it('every folder of src is a known layer', () => {
    const layers = new Set(filesUnder(SRC, '.ts').map(layerOf));
    expect([...layers].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('no import runs the wrong way', () => {
    const wrong = imports()
      .filter(([from, to]) => {
        const a = layerOf(from);
        const b = layerOf(to);
        return a !== b && !(ALLOWED[a] ?? []).includes(b);
      })
      .map(([from, to]) => `${relative(SRC, from)} imports ${relative(SRC, to)}`);
    expect(wrong).toEqual([]);
  });
});
