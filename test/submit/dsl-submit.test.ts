import { describe, expect, expectTypeOf, it } from 'vitest';
import { container, param, script, workflow } from '../../src/index.js';
import { TiphysError } from '../../src/core/problem.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, useFixture, WAIT_MS } from './submit-test-kit.js';

const count = container({
  name: 'count',
  image: 'busybox',
  inputs: { n: param.int(), label: param.string({ default: 'x' }) },
  outputs: { total: param.number({ path: '/tmp/total' }), ok: param.boolean({ path: '/tmp/ok' }) },
  command: (i) => ['sh', '-c', `echo ${i.n}`],
});

const wf = workflow({ generateName: 'count-', entrypoint: count });

describe('client.submit with a DSL workflow', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f), { outputs: () => ({ total: '2.5', ok: 'true' }) });

  it('encodes params with the input codecs and decodes outputs with the output codecs', async () => {
    const run = await clientFor(fx).submit(wf, { params: { n: 3 } });
    const done = await run.wait({ timeoutMs: WAIT_MS });
    expectTypeOf(done.outputs.total).toEqualTypeOf<number>();
    expectTypeOf(done.outputs.ok).toEqualTypeOf<boolean>();
    expect(done.outputs).toEqual({ total: 2.5, ok: true });
    const sent = JSON.parse(fx.requests.find((r) => r.operation === 'WorkflowService_CreateWorkflow')?.body ?? '{}');
    expect(sent.workflow.spec.arguments.parameters).toEqual([{ name: 'n', value: '3' }]);
    expect(sent.workflow.spec.templates[0].outputs.parameters.map((p: { name: string }) => p.name)).toEqual(['total', 'ok']);
  });

  it('decodes the entrypoint result (stdout) with its declared type', async () => {
    const roll = script({ name: 'roll', image: 'python:3.12-alpine', command: ['python'], source: 'print(4)', result: param.int() });
    fx.store.options.outputs = () => ({ result: '4' });
    const done = await (await clientFor(fx).submit(workflow({ generateName: 'roll-', entrypoint: roll }))).wait({ timeoutMs: WAIT_MS });
    expectTypeOf(done.outputs.result).toEqualTypeOf<number>();
    expect(done.outputs.result).toBe(4);
  });

  it('rejects a value the codec does not accept before any request', async () => {
    await expect(clientFor(fx).submit(wf, { params: { n: 1.5 } })).rejects.toThrow(/spec.arguments.parameters.n: parameter 'n' expects an integer, got "1.5"/);
    await expect(clientFor(fx).submit(wf)).rejects.toThrow(/inputs.parameters.n was not supplied/);
    expect(fx.requests).toHaveLength(0);
  });

  it('reports the workflow problems of a broken workflow as one TiphysError', async () => {
    const dup = container({ name: 'count', image: 'alpine', command: ['true'] });
    const { dag } = await import('../../src/index.js');
    const clash = workflow({
      generateName: 'clash-',
      entrypoint: dag('main', (d) => {
        d.task('a', dup, {});
        d.task('b', count, { n: 1 });
      }),
    });
    await expect(clientFor(fx).submit(clash)).rejects.toBeInstanceOf(TiphysError);
    expect(fx.requests).toHaveLength(0);
  });
});
