// Hooks given as a function of their call's own handle (`hooks: (self) => ...`), and the output parameter a
// leaf may name `result`: the YAML they render, and the sentences for what cannot be built.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { artifact, compileWorkflow, container, dag, hook, param, script, step, steps, workflow, type Template } from '../src/index.js';

const produce = container({
  name: 'produce',
  image: 'b',
  command: ['x'],
  outputs: { n: param.number({ path: '/n' }), file: artifact({ path: '/f' }) },
});
const report = container({ name: 'report', image: 'b', inputs: { n: param.number(), file: artifact({ path: '/in' }) }, command: ['x'] });

type Call = { name: string; depends?: string; dependencies?: string[]; hooks?: unknown };
type Manifest = { spec: { templates: Array<{ name: string; dag?: { tasks: Call[] }; steps?: Call[][] }> } };
const built = (entrypoint: Template<unknown, unknown>): Manifest => {
  const r = compileWorkflow(workflow({ generateName: 'x-', entrypoint }));
  if (E.isLeft(r)) throw new Error(r.left.map((p) => p.message).join('\n'));
  return r.right as unknown as Manifest;
};

describe('hooks reading their own call', () => {
  it("render a dag task's own outputs, parameters and artifacts, and the task does not wait on itself", () => {
    const m = built(
      dag('main', (d) => {
        const a = d.task('a', produce, {}, { hooks: (self) => ({ exit: hook({ template: report, arguments: { n: self.out.n, file: self.out.file } }) }) });
        d.task('b', produce, {}, { after: [a], hooks: (self) => ({ exit: hook({ template: report, arguments: { n: a.out.n, file: self.out.file } }) }) });
      }),
    );
    const tasks = m.spec.templates.find((t) => t.name === 'main')?.dag?.tasks;
    expect(tasks?.[0]).toEqual({
      name: 'a',
      template: 'produce',
      hooks: {
        exit: {
          template: 'report',
          arguments: {
            parameters: [{ name: 'n', value: '{{tasks.a.outputs.parameters.n}}' }],
            artifacts: [{ name: 'file', from: '{{tasks.a.outputs.artifacts.file}}' }],
          },
        },
      },
    });
    // A hook's reads are no dependency of its task, its own or another task's: `b` waits on `a` through `after` only.
    expect(tasks?.[1]?.depends).toBe('a');
  });

  it('render a step\'s own outputs, in a steps template, a parallel group and a free step', () => {
    const exitOf = (self: { out: { n: unknown; file: unknown } }) => ({ exit: hook({ template: report, arguments: { n: self.out.n as never, file: self.out.file as never } }) });
    const free = step('c', produce, {}, { hooks: exitOf });
    const m = built(
      steps('main', (s) => {
        s.step('a', produce, {}, { hooks: exitOf });
        s.parallel((p) => void p.step('b', produce, {}, { hooks: exitOf }));
      }),
    );
    const calls = m.spec.templates.find((t) => t.name === 'main')?.steps?.flat();
    expect(calls?.map((c) => c.hooks)).toEqual(
      ['a', 'b'].map((name) => ({
        exit: {
          template: 'report',
          arguments: {
            parameters: [{ name: 'n', value: `{{steps.${name}.outputs.parameters.n}}` }],
            artifacts: [{ name: 'file', from: `{{steps.${name}.outputs.artifacts.file}}` }],
          },
        },
      })),
    );
    expect(free.node.hooks?.[0]?.hook.arguments[0]?.value).toBe('{{steps.c.outputs.parameters.n}}');
  });

  it("says so when a hook function reads its call's node, which its hooks are part of", () => {
    expect(() => step('a', produce, {}, { hooks: (self) => (self.node, {}) })).toThrow(
      "step 'a': its hooks read the step's own refs (self.out, self.ip, self.exitCode, self.status), not its node",
    );
  });

  it('report a hook not given a required artifact input, at its path', () => {
    const r = compileWorkflow(
      workflow({ generateName: 'x-', entrypoint: steps('main', (s) => void s.step('a', produce, {}, { hooks: (self) => ({ exit: hook({ template: report, arguments: { n: self.out.n } as never }) }) })) }),
    );
    expect(E.isLeft(r) && r.left.map((p) => [p.path, p.message])).toEqual([
      ['hooks.exit.arguments.artifacts.file', expect.stringContaining("'file'")],
    ]);
  });
});

describe("a leaf's output parameter named `result`", () => {
  it('is what out.result reads, rendered outputs.parameters.result; with the result option out.result is stdout', () => {
    const declared = container({ name: 'declared', image: 'b', command: ['x'], outputs: { result: param.string({ path: '/r', default: 'Foobar' }) } });
    const stdout = script({ name: 'stdout', image: 'p', command: ['python'], source: 'print(1)', result: param.number() });
    const say = container({ name: 'say', image: 'b', inputs: { msg: param.string(), n: param.number() }, command: ['x'] });
    const m = built(
      steps('main', (s) => {
        const d = s.step('d', declared, {});
        const o = s.step('o', stdout, {});
        s.step('say', say, { msg: d.out.result, n: o.out.result });
      }),
    );
    const say2 = m.spec.templates.find((t) => t.name === 'main')?.steps?.[2]?.[0] as { arguments?: unknown };
    expect(say2.arguments).toEqual({
      parameters: [
        { name: 'msg', value: '{{steps.d.outputs.parameters.result}}' },
        { name: 'n', value: '{{steps.o.outputs.result}}' },
      ],
    });
  });

  it('next to the result option is refused with a sentence (the types refuse it too)', () => {
    expect(() =>
      script({ name: 'both', image: 'p', command: ['python'], source: 'x', result: param.number(), outputs: { result: param.string({ path: '/r' }) as never } }),
    ).toThrow(
      "template 'both': 'result' is both the template's stdout (its `result` option) and a declared output parameter, and `out.result` can only read one: rename the output parameter, or drop the `result` option (stdout stays readable as expr('steps.<name>.outputs.result'))",
    );
  });
});
