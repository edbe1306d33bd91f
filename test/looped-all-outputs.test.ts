// `fan.out.$all`: Argo's `{{tasks.X.outputs.parameters}}` / `{{steps.X.outputs.parameters}}` after a loop,
// every iteration's output parameters as one JSON list of objects; rendered, looped over, and run locally.
import { describe, expect, it } from 'vitest';
import { container, dag, param, steps, toManifest, workflow } from '../src/index.js';
import type { Workflow } from '../src/argo-model/generated/argo-types.js';
import { runFake } from './local/argo-fixtures.js';

const one = container({
  name: 'one',
  image: 'alpine',
  inputs: { m: param.string() },
  outputs: { p: param.string({ path: '/tmp/p' }), n: param.int({ path: '/tmp/n' }) },
});
const show = container({ name: 'show', image: 'alpine', inputs: { m: param.string() }, args: ['{{inputs.parameters.m}}'] });

const fanDag = dag('main', (d) => {
  const fan = d.task('fan', one, (i) => ({ m: i }), { withItems: ['a', 'b'] });
  d.task('each', show, (o) => ({ m: o.p }), { withParam: fan.out.$all });
  d.task('whole', show, { m: `${fan.out.$all}` });
});
const manifest = (): Workflow => toManifest(workflow({ generateName: 'all-', entrypoint: fanDag })) as unknown as Workflow;
const tasksOf = (wf: Workflow) => wf.spec.templates?.find((t) => t.name === 'main')?.dag?.tasks ?? [];

describe('$all of a looped call', () => {
  it('renders {{tasks.X.outputs.parameters}}, which withParam loops over with typed item fields', () => {
    const [, each, whole] = tasksOf(manifest());
    expect(each).toMatchObject({ withParam: '{{tasks.fan.outputs.parameters}}', depends: 'fan', arguments: { parameters: [{ name: 'm', value: '{{item.p}}' }] } });
    expect(whole).toMatchObject({ depends: 'fan', arguments: { parameters: [{ name: 'm', value: '{{tasks.fan.outputs.parameters}}' }] } });
  });

  it('renders {{steps.X.outputs.parameters}} in steps', () => {
    const s = steps('main', (s) => {
      const fan = s.step('fan', one, (i) => ({ m: i }), { withItems: ['a'] });
      s.step('whole', show, { m: `${fan.out.$all}` });
    });
    const wf = toManifest(workflow({ generateName: 'all-', entrypoint: s })) as unknown as Workflow;
    expect(wf.spec.templates?.find((t) => t.name === 'main')?.steps?.[1]?.[0]?.arguments?.parameters).toEqual([
      { name: 'm', value: '{{steps.fan.outputs.parameters}}' },
    ]);
  });

  it('is no output of a call that does not loop', () => {
    dag('plain', (d) => {
      const a = d.task('a', one, { m: 'x' });
      expect('$all' in a.out).toBe(false);
    });
  });

  it('resolves in the local runner to one object per iteration, each value a string', async () => {
    const run = await runFake(manifest(), { one: (r) => ({ parameters: { p: `p-${r.inputs.parameters['m'] ?? ''}`, n: '1' } }), show: (r) => ({ result: r.inputs.parameters['m'] ?? '' }) });
    expect(run.phase).toBe('Succeeded');
    expect(Object.values(run.nodes).find((n) => n.displayName === 'whole')?.outputs?.result).toBe(
      '[{"p":"p-a","n":"1"},{"p":"p-b","n":"1"}]',
    );
    const eachResults = Object.values(run.nodes).filter((n) => n.displayName.startsWith('each(')).map((n) => n.outputs?.result);
    expect(eachResults).toEqual(['p-a', 'p-b']);
  });
});
