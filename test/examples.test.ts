import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toManifest, toYaml, type Workflow } from '../src/index.js';
import { normalizeArgo } from './support/argo-compare.js';
import { ARGO_EXAMPLES } from './support/vendored-argo.js';

const PORTED = [
  'hello-world',
  'steps',
  'dag-diamond',
  'dag-diamond-steps',
  'arguments-parameters',
  'output-parameter',
  'scripts-bash',
  'scripts-python',
  'retry-backoff',
  'retry-with-steps',
  'coinflip',
  'upstream/dag-enhanced-depends',
  'upstream/loops-maps',
] as const;

// Vite resolves a variable import one folder deep only: the ported upstream examples get their own pattern.
const load = async (name: string): Promise<Workflow<unknown, unknown>> =>
  (
    (await (name.startsWith('upstream/')
      ? import(`../examples/upstream/${name.slice('upstream/'.length)}.ts`)
      : import(`../examples/${name}.ts`))) as { default: Workflow<unknown, unknown> }
  ).default;

describe('ported examples build', () => {
  it.each(PORTED)('%s renders YAML that parses back to its manifest', async (name) => {
    const wf = await load(name);
    expect(parse(toYaml(wf))).toEqual(toManifest(wf));
  });
});

describe('ported examples match upstream', () => {
  it.each(PORTED)('%s equals vendor/argo/examples/%s.yaml', async (name) => {
    const upstream = parse(readFileSync(join(ARGO_EXAMPLES, `${name.replace(/^upstream\//, '')}.yaml`), 'utf8'));
    const ours = parse(toYaml(await load(name)));
    expect(normalizeArgo(ours)).toEqual(normalizeArgo(upstream));
  });

  it('notices a difference (the comparison is not vacuous)', async () => {
    const upstream = parse(readFileSync(join(ARGO_EXAMPLES, 'dag-diamond.yaml'), 'utf8'));
    const ours = parse(toYaml(await load('dag-diamond')));
    ours.spec.templates[0].dag.tasks[3].depends = 'B';
    expect(normalizeArgo(ours)).not.toEqual(normalizeArgo(upstream));
  });
});
