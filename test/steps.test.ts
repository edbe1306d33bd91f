import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileWorkflow, par, param, seq, step, steps, toManifest, workflow, type Template } from '../src/index.js';
import { double, echo, randomInt } from './support/templates.js';

const render = (t: Template<unknown, unknown>, args: Readonly<Record<string, unknown>> = {}) =>
  toManifest(workflow({ generateName: 's-', entrypoint: t, arguments: args })).spec.templates[0];
const problemsOf = (t: Template<unknown, unknown>) => {
  const r = compileWorkflow(workflow({ generateName: 's-', entrypoint: t }));
  if (E.isRight(r)) throw new Error('expected problems');
  return r.left.map((p) => p.message);
};

describe('steps', () => {
  it('builder: one group per step, parallel groups, refs to earlier steps', () => {
    const t = steps('main', (s) => {
      const g = s.step('gen', randomInt, {});
      s.parallel((p) => {
        p.step('a', double, { n: g.out.result });
        p.step('b', echo, { message: 'b' });
      });
    });
    expect(render(t)).toEqual({
      name: 'main',
      steps: [
        [{ name: 'gen', template: 'gen-random-int' }],
        [
          { name: 'a', template: 'double', arguments: { parameters: [{ name: 'n', value: '{{steps.gen.outputs.result}}' }] } },
          { name: 'b', template: 'echo', arguments: { parameters: [{ name: 'message', value: 'b' }] } },
        ],
      ],
    });
  });

  it('seq and par build the same list of lists as the builder', () => {
    const g = step('gen', randomInt, {});
    const fromValues = steps('main', seq(g, par(step('a', double, { n: g.out.result }), step('b', echo, { message: 'b' }))));
    const fromBuilder = steps('main', (s) => {
      const gg = s.step('gen', randomInt, {});
      s.parallel((p) => {
        p.step('a', double, { n: gg.out.result });
        p.step('b', echo, { message: 'b' });
      });
    });
    expect(render(fromValues)).toEqual(render(fromBuilder));
  });

  it('takes inputs and sets declared outputs', () => {
    const t = steps('twice', { inputs: { n: param.number() }, outputs: { out: param.number() } }, (s, i) => {
      const a = s.step('a', double, { n: i.n });
      const b = s.step('b', double, { n: a.out.doubled });
      s.outputs({ out: b.out.doubled });
    });
    expect(render(t, { n: 1 })).toMatchObject({
      inputs: { parameters: [{ name: 'n' }] },
      outputs: { parameters: [{ name: 'out', valueFrom: { parameter: '{{steps.b.outputs.parameters.doubled}}' } }] },
    });
  });

  it('reports a ref to a step of the same or a later group', () => {
    const a = step('a', randomInt, {});
    const t = steps('bad-order', seq(par(a, step('b', double, { n: a.out.result }))));
    expect(problemsOf(t)).toEqual([
      "refers to step 'a', which runs in the same or a later group; move it to an earlier group",
    ]);
  });

  it('reports dangling step refs and duplicate step names', () => {
    const t = steps('bad', (s) => {
      s.step('x', echo, { message: '{{steps.nowhere.outputs.result}}' });
      s.step('x', echo, { message: 'again' });
    });
    expect(problemsOf(t)).toEqual([
      "two steps are named 'x'; names must be unique",
      "refers to step 'nowhere', which is not a step of 'bad' (dangling reference)",
    ]);
  });

  it("reports a read of a steps template's result: only containers and scripts have one", () => {
    const inner = steps('inner', (s) => {
      s.step('e', echo, { message: 'x' });
    });
    const t = steps('outer', (s) => {
      s.step('i', inner, {});
      s.step('p', echo, { message: '{{steps.i.outputs.result}}' });
    });
    expect(problemsOf(t)).toEqual(["'i' runs steps 'inner', which has no 'result' (only containers, scripts, container sets, http, data and plugin templates do)"]);
  });

  it('checks the refs of its own outputs: an output set from a step of another template, even one named like its own', () => {
    let leaked: { readonly out: { readonly doubled: unknown } } | undefined;
    steps('first', (s) => {
      leaked = s.step('x', double, { n: 1 });
    });
    const t = steps('second', { outputs: { out: param.number() } }, (s) => {
      s.step('x', double, { n: 2 });
      s.outputs({ out: leaked!.out.doubled as never });
    });
    expect(problemsOf(t)).toEqual([
      "uses an output of step 'x' of steps 'first', which is not in scope here; pass it into 'second' as an input instead",
    ]);
  });

  it('renders when and withItems', () => {
    const t = steps('loop', (s) => {
      const g = s.step('gen', randomInt, {});
      s.step('each', echo, { message: '{{item}}' }, { withItems: ['a', 'b'], when: `${g.out.result} > 1` });
    });
    expect(render(t)?.steps).toEqual([
      [{ name: 'gen', template: 'gen-random-int' }],
      [
        {
          name: 'each',
          template: 'echo',
          arguments: { parameters: [{ name: 'message', value: '{{item}}' }] },
          when: '{{steps.gen.outputs.result}} > 1',
          withItems: ['a', 'b'],
        },
      ],
    ]);
  });
});
