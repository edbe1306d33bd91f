// runLocal with the leaf runner wired in: mocks, implementations and host commands from the run's options.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dag, param, steps, workflow } from '../../src/index.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import diamond from '../../examples/dag-diamond.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { double, randomInt } from '../support/templates.js';
import { argoWorkflow } from './argo-fixtures.js';

describe('runLocal runs leaves by the options', () => {
  it(
    'the diamond with host: every node Succeeded, each echo printing its message',
    async () => {
      const run = await runLocal(diamond, { host: true });
      expect(run.phase).toBe('Succeeded');
      expect(Object.values(run.nodes).map((n) => n.phase)).toEqual(Array(5).fill('Succeeded'));
      expect(['A', 'B', 'C', 'D'].map((t) => run.nodes[`${run.name}.${t}`]?.outputs?.result)).toEqual(['A', 'B', 'C', 'D']);
    },
    PROCESS_TEST_MS,
  );

  it(
    'output parameters flow from a host command into the next step and out, decoded with the codecs',
    async () => {
      const twice = steps('twice', { outputs: { total: param.number() } }, (s) => {
        const a = s.step('a', double, { n: 3 });
        const b = s.step('b', double, { n: a.out.doubled });
        s.outputs({ total: b.out.doubled });
      });
      const run = await runLocal(workflow({ generateName: 'twice-', entrypoint: twice }), { host: true });
      expect(run.phase).toBe('Succeeded');
      expect(run.outputs.total).toBe(12);
    },
    PROCESS_TEST_MS,
  );

  it('implementations get decoded inputs; mocks win; without either the node says how to run it', async () => {
    const flow = dag('flow', (d) => {
      const n = d.task('n', randomInt, {});
      d.task('d', double, { n: n.out.result });
    });
    const wf = workflow({ generateName: 'flow-', entrypoint: flow });
    const implemented = await runLocal(wf, {
      mocks: { 'gen-random-int': { result: '20' } },
      implementations: { double: ({ n }: { n: number }) => ({ doubled: n * 2 }) },
    });
    expect(implemented.phase).toBe('Succeeded');
    expect(implemented.nodes[`${implemented.name}.d`]?.outputs?.parameters).toEqual({ doubled: '40' });
    const missing = await runLocal(wf, { mocks: { 'gen-random-int': { result: '20' } } });
    expect(missing.phase).toBe('Error');
    expect(missing.nodes[`${missing.name}.d`]?.message).toMatch(/^Template "double" has no way to run locally: give it a mock/);
  });

  it(
    'Argo YAML with argosay runs with host, as Argo\'s own tests do',
    async () => {
      const run = await runLocal(
        argoWorkflow(`
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { generateName: output-result- }
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - { name: a, template: produce }
      - { name: b, template: consume, dependencies: [a], arguments: { parameters: [{ name: text, value: '{{tasks.a.outputs.result}}' }] } }
  - name: produce
    container: { image: argoproj/argosay:v2 }
  - name: consume
    inputs: { parameters: [{ name: text }] }
    container: { image: argoproj/argosay:v2, args: [echo, 'got {{inputs.parameters.text}}'] }
`),
        { host: true },
      );
      expect(run.phase).toBe('Succeeded');
      expect(run.nodes[`${run.name}.b`]?.outputs?.result).toBe('got hello argo');
    },
    PROCESS_TEST_MS,
  );

  it(
    "the run's temp store is removed when the run ends; keepStore keeps it, with the artifacts' files",
    async () => {
      const wf = argoWorkflow(`
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { generateName: store- }
spec:
  entrypoint: main
  templates:
  - name: main
    container: { image: argoproj/argosay:v2, args: [echo, kept, /tmp/f] }
    outputs: { artifacts: [{ name: f, path: /tmp/f }] }
`);
      const artifact = (run: Awaited<ReturnType<typeof runLocal>>): string => run.nodes[run.name]?.outputs?.artifacts['f']?.path ?? '';
      const removed = artifact(await runLocal(wf, { host: true }));
      expect(removed).toContain('tiphys-run-');
      expect(existsSync(removed)).toBe(false);
      const kept = artifact(await runLocal(wf, { host: true, keepStore: true }));
      expect(readFileSync(kept, 'utf8')).toBe('kept');
      rmSync(kept.slice(0, kept.indexOf('/', kept.indexOf('tiphys-run-'))), { recursive: true, force: true });
    },
    PROCESS_TEST_MS,
  );

  it('argosay sleep takes virtual time', async () => {
    const started = Date.now();
    const run = await runLocal(
      argoWorkflow(`
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: nap }
spec:
  entrypoint: nap
  templates:
  - name: nap
    container: { image: argoproj/argosay:v2, args: [sleep, 1h] }
`),
      { host: true },
    );
    expect(run.phase).toBe('Succeeded');
    expect(Date.parse(run.root?.finishedAt ?? '') - Date.parse(run.root?.startedAt ?? '')).toBe(3_600_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
