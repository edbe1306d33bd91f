// Templates that call themselves: `self` in a dag or steps body is the template being built.
import { describe, expect, it } from 'vitest';
import { collectTemplates, container, dag, lt, param, script, steps, toManifest, workflow, type Template } from '../src/index.js';

const next = script({ name: 'next', image: 'python', command: ['python'], inputs: { n: param.number() }, source: (i) => `print(${i.n} + 1)`, result: param.number() });
const done = container({ name: 'done', image: 'b', command: ['true'] });

type Manifest = { spec: { templates: Array<Record<string, any>> } };
const manifest = (entrypoint: Template<unknown, unknown>) => toManifest(workflow({ generateName: 'x-', entrypoint })) as unknown as Manifest;

describe('self', () => {
  const loop = steps('loop', { inputs: { n: param.number() }, outputs: { last: param.number() } }, (s, i, self) => {
    const n = s.step('next', next, { n: i.n });
    const again = s.step('again', self, { n: n.out.result }, { when: lt(n.out.result, 10) });
    s.outputs({ last: again.out.last });
  });

  it('is the template itself: a call of it points at the finished, frozen node', () => {
    const again = loop.node.kind === 'Steps' ? loop.node.groups[1]![0]! : undefined;
    expect(again?.template).toBe(loop.node);
    expect(Object.isFrozen(loop.node)).toBe(true);
    expect(collectTemplates(workflow({ generateName: 'x-', entrypoint: loop, arguments: { n: 0 } }).node).templates.map((t) => t.name)).toEqual(['loop', 'next']);
  });

  it('renders the call by name, with typed arguments and outputs', () => {
    const m = toManifest(workflow({ generateName: 'x-', entrypoint: loop, arguments: { n: 0 } })) as unknown as Manifest;
    const t = m.spec.templates.find((x) => x.name === 'loop')!;
    expect(t.steps[1]).toEqual([
      {
        name: 'again',
        template: 'loop',
        when: '{{steps.next.outputs.result}} < 10',
        arguments: { parameters: [{ name: 'n', value: '{{steps.next.outputs.result}}' }] },
      },
    ]);
    expect(t.outputs).toEqual({ parameters: [{ name: 'last', valueFrom: { parameter: '{{steps.again.outputs.parameters.last}}' } }] });
  });

  it('works in a dag, and through a template built inside the body (mutual recursion)', () => {
    const ping = dag('ping', (d, _, self) => {
      const pong = steps('pong', (s) => void s.step('back', self, {}));
      const a = d.task('a', done, {});
      d.task('pong', pong, {}, { after: [a] });
    });
    const m = manifest(ping);
    expect(m.spec.templates.map((t) => t.name)).toEqual(['ping', 'done', 'pong']);
    expect(m.spec.templates[2]!.steps).toEqual([[{ name: 'back', template: 'ping' }]]);
  });

  it('cannot be inlined into itself: a sentence at the call', () => {
    expect(() => steps('s', (s, _, self) => void s.step('again', self, {}, { inline: true }))).toThrow(
      "call 'again' inlines template 's' inside itself, which never ends; call it by name (drop `inline`)",
    );
  });
});

describe('an output parameter named result', () => {
  it('is a parameter on a dag or steps template, which has no stdout', () => {
    const inner = steps('inner', { outputs: { result: param.number() } }, (s) => {
      s.outputs({ result: s.step('n', next, { n: 1 }).out.result });
    });
    const m = manifest(steps('outer', (s) => void s.step('print', next, { n: s.step('in', inner, {}).out.result })));
    expect(m.spec.templates.find((t) => t.name === 'outer')!.steps[1][0].arguments.parameters[0].value).toBe('{{steps.in.outputs.parameters.result}}');
  });
});
