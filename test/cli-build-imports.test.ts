// `tiphys build` starts fast because it loads neither the HTTP client, the generated model's codecs, nor
// Graphviz (2 MB of WASM, for `tiphys graph --format svg`).
// Runs the compiled CLI (`npm test` builds dist/ first) and records every module it loads.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('tiphys build', () => {
  it('loads neither the HTTP client, the generated codecs, Graphviz, nor the converter and Prettier', { timeout: 120_000 }, async () => {
    const trace = join(mkdtempSync(join(tmpdir(), 'tiphys-trace-')), 'imports.txt');
    await promisify(execFile)(
      process.execPath,
      ['--import', './test/fixtures/trace-imports.mjs', 'bin/tiphys.js', 'build', 'examples/dag-diamond.ts'],
      { env: { ...process.env, TIPHYS_IMPORT_TRACE: trace } },
    );
    const loaded = readFileSync(trace, 'utf8').split('\n');
    expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/\/dist\/cli\/build-command\.js$/), expect.stringMatching(/examples\/dag-diamond\.ts/)]));
    expect(loaded.filter((url) => /\/dist\/interp\/submit\/|\/node_modules\/ky\/|\/dist\/argo-model\/generated\/|\/node_modules\/@hpcc-js\/|\/node_modules\/prettier\/|\/dist\/argo-docs\/convert\//.test(url))).toEqual([]);
  });
});
