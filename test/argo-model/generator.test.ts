import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA, writeArgoModel } from '../../scripts/gen-argo-model.js';

const COMMITTED = fileURLToPath(new URL('../../src/argo-model/generated/', import.meta.url));

describe('gen-argo-model', () => {
  const first = mkdtempSync(join(tmpdir(), 'tiphys-model-'));
  const second = mkdtempSync(join(tmpdir(), 'tiphys-model-'));
  afterAll(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it('regenerates exactly the committed model', () => {
    const written = writeArgoModel(DEFAULT_SCHEMA, first);
    expect([...written].sort()).toEqual(readdirSync(COMMITTED).sort());
    for (const file of written) {
      expect(readFileSync(join(first, file), 'utf8'), `${file} differs: run npm run gen:model`).toBe(
        readFileSync(join(COMMITTED, file), 'utf8'),
      );
    }
  });

  it('is deterministic and names the Argo commit in every file', () => {
    const a = writeArgoModel(DEFAULT_SCHEMA, first);
    writeArgoModel(DEFAULT_SCHEMA, second);
    for (const file of a) {
      const text = readFileSync(join(first, file), 'utf8');
      expect(text).toBe(readFileSync(join(second, file), 'utf8'));
      expect(text).toContain('f016ad89eb269d282aec06dc491c29f396a38df4');
      expect(text).toContain('GENERATED');
    }
  });
});
