import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toManifest, toYaml, type Workflow } from '../src/index.js';
import { normalizeArgo } from './support/argo-compare.js';
import { conformance } from './support/conformance.js';
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
  'upstream/loops',
  'upstream/loops-dag',
  'upstream/loops-param-argument',
  'upstream/loops-param-result',
  'upstream/parameter-aggregation-dag',
  'upstream/parameter-aggregation-script',
  'upstream/exit-handlers',
  'upstream/conditionals',
  'upstream/continue-on-fail',
  'upstream/dag-continue-on-fail',
  'upstream/exit-handler-step-level',
  'upstream/template-on-exit',
  'upstream/status-reference',
  'upstream/retry-script',
  'upstream/exit-handler-slack',
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
  it.each(PORTED)('%s equals its YAML in vendor/argo/examples', async (name) => {
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

  it('compares JSON parameter values as JSON: spacing aside, a different list differs', () => {
    const arg = (value: string) => normalizeArgo({ parameters: [{ name: 'l', value }] });
    expect(arg('[ {"a": 1} ]\n')).toEqual(arg('[{"a":1}]'));
    expect(arg('[{"a": 2}]')).not.toEqual(arg('[{"a":1}]'));
    expect(arg('[ x')).not.toEqual(arg('[x'));
  });
});

/** Upstream examples that use artifacts, ported one to one under examples/upstream/. */
const UPSTREAM = [
  'artifact-passing',
  'artifact-passing-subpath',
  'artifact-disable-archive',
  'artifact-passing-explicit-plugin',
  'artifact-gc-workflow',
  'artifact-repository-ref',
  'artifactory-artifact',
  'archive-location',
  'arguments-artifacts',
  'conditional-artifacts',
  'dag-conditional-artifacts',
  'hdfs-artifact',
  'input-artifact-azure',
  'input-artifact-git',
  'input-artifact-http',
  'input-artifact-oss',
  'input-artifact-raw',
  'input-artifact-s3',
  'output-artifact-azure',
  'output-artifact-s3',
  'webhdfs-input-output-artifacts',
] as const;

describe('upstream artifact examples', () => {
  it.each(UPSTREAM)('%s equals its vendor/argo example, and conforms', async (name) => {
    // Argo reads YAML 1.1 (`mode: 0755` is octal there).
    const upstream = parse(readFileSync(join(ARGO_EXAMPLES, `${name}.yaml`), 'utf8'), { version: '1.1' });
    const wf = ((await import(`../examples/upstream/${name}.ts`)) as { default: Workflow<unknown, unknown> }).default;
    expect(normalizeArgo(parse(toYaml(wf)))).toEqual(normalizeArgo(upstream));
    expect(conformance(wf)).toEqual([]);
  }, 60_000);
});
