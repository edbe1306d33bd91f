// The local runner calls a `fn` template's function directly, as an implementation by its name: its
// outputs are the ones the rendered script writes when run with node, for every parameter type.
import { describe, expect, it } from 'vitest';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import { fnImplementations } from '../../src/interp/local/fn-implementations.js';
import { templateCodecs, templatesByName } from '../../src/interp/local/template-codecs.js';
import { dag, fn, param, runLocal, workflow } from '../../src/index.js';
import { freshStore, leafRequest } from '../local/leaf-request.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { everyType, everyTypeAsync, samples } from './every-type.js';
import { renderedScript, runInPod, type Texts } from './run-in-pod.js';

const both = dag('both', (d) => {
  d.task('sync', everyType, { s: 's', n: 1, i: 1, b: true, e: 'red', j: { name: 'n', tags: [], at: null } });
  d.task('async', everyTypeAsync, { s: 's', n: 1, i: 1, b: true, e: 'red', j: { name: 'n', tags: [], at: null } });
});

const roots = templatesByName([both.node]);
const run = createLeafRunner({ store: freshStore(), implementations: fnImplementations(roots), codecs: templateCodecs([both.node]) });

describe('fn in the local runner', () => {
  it('finds the function of every fn template reachable from the workflow, by name', () => {
    expect(Object.keys(fnImplementations(roots)).sort()).toEqual(['every-type', 'every-type-async']);
  });

  it.each(samples)('%s: same outputs as the pod', { timeout: PROCESS_TEST_MS }, async (_, given) => {
    for (const tmpl of [everyType, everyTypeAsync]) {
      const template = renderedScript(tmpl);
      // The scheduler hands a leaf its inputs with defaults filled in.
      const parameters: Texts = Object.fromEntries((template.inputs?.parameters ?? []).map((p) => [p.name, given[p.name] ?? p.default ?? '']));
      const [local, pod] = await Promise.all([run(leafRequest(template, { parameters })), runInPod(template, given)]);
      expect(pod.code).toBe(0);
      expect(local).toEqual({ phase: 'Succeeded', outputs: { parameters: pod.outputs, artifacts: {} } });
    }
  });
});

describe('runLocal with fn templates', () => {
  const add = fn(
    { name: 'add', image: 'node:20-alpine', inputs: { a: param.number(), b: param.number() }, outputs: { sum: param.number() } },
    ({ a, b }) => ({ sum: a + b }),
  );
  const sums = dag('sums', { outputs: { total: param.number() } }, (d) => {
    const first = d.task('first', add, { a: 2, b: 3 });
    const second = d.task('second', add, { a: first.out.sum, b: 10 });
    d.outputs({ total: second.out.sum });
  });
  const wf = workflow({ generateName: 'sums-', entrypoint: sums });

  it('calls each fn template function directly, with no implementation, mock or host given', async () => {
    const run = await runLocal(wf);
    expect(run.phase).toBe('Succeeded');
    expect(run.outputs.total).toBe(15);
    expect(run.order()).toEqual(['first', 'second']);
  });

  it('an implementation given by name replaces the function', async () => {
    const run = await runLocal(wf, { implementations: { add: () => ({ sum: 1 }) } });
    expect(run.outputs.total).toBe(1);
  });
});
