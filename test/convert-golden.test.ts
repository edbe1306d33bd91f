// The exact TypeScript `convert` writes for a handful of upstream examples: readable, idiomatic, close to
// the hand-written ports in examples/upstream/. A change of output shows here as a diff to review.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';
import { ARGO_EXAMPLES } from './support/vendored-argo.js';

const GOLDEN = [
  'hello-world',
  'coinflip',
  'coinflip-recursive',
  'fibonacci-seq-conditional-param',
  'dag-diamond-steps',
  'loops-param-result',
  'dag-enhanced-depends',
  'global-parameters',
  'expression-tag-template-workflow',
  'dag-conditional-parameters',
  'life-cycle-hooks-wf-level',
  'cron-workflow',
  'container-set-template/graph-workflow',
];

describe.each(GOLDEN)('convert %s.yaml', (example) => {
  it('writes the recorded module', async () => {
    const yaml = readFileSync(join(ARGO_EXAMPLES, `${example}.yaml`), 'utf8');
    const expected = readFileSync(new URL(`./fixtures/convert/${example.split('/').pop() ?? ''}.ts`, import.meta.url), 'utf8');
    const { code, documents } = await convert(yaml, { source: `${example}.yaml` });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toBe(expected);
  });
});
