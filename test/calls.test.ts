// Calls: inputs with a fixed value, inline templates and extraArgs, as the YAML Argo receives.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileWorkflow, container, dag, param, steps, workflow, type Template } from '../src/index.js';

const say = container({ name: 'say', image: 'busybox', inputs: { msg: param.string() }, command: ['echo'], args: (i) => [i.msg] });
const fixed = container({
  name: 'fixed',
  image: 'busybox',
  inputs: { a: param.string({ value: '{{=workflow.name}}' }), n: param.number({ value: 3 }) },
  command: ['echo'],
  args: (i) => [i.a],
});

type Call = { name: string; template?: string; inline?: Record<string, unknown>; arguments?: { parameters?: Array<{ name: string; value: string }> } };
type Tpl = { name: string; inputs?: { parameters?: Array<Record<string, unknown>> }; dag?: { tasks: Call[] }; steps?: Call[][] };

const compile = (entrypoint: Template<{}, unknown>) => compileWorkflow(workflow({ generateName: 'x-', entrypoint }));
const manifestOf = (entrypoint: Template<{}, unknown>): { templates: Tpl[] } => {
  const r = compile(entrypoint);
  if (E.isLeft(r)) throw new Error(r.left.map((p) => p.message).join('\n'));
  return r.right.spec as unknown as { templates: Tpl[] };
};
const problemsOf = (entrypoint: Template<{}, unknown>): ReadonlyArray<{ path?: string; message: string }> => {
  const r = compile(entrypoint);
  return E.isLeft(r) ? r.left : [];
};

describe('inputs with a fixed value', () => {
  it('render inputs.parameters[].value, encoded as strings', () => {
    const m = manifestOf(dag('main', (d) => void d.task('f', fixed, {})));
    expect(m.templates.find((t) => t.name === 'fixed')?.inputs?.parameters).toEqual([
      { name: 'a', value: '{{=workflow.name}}' },
      { name: 'n', value: '3' },
    ]);
  });

  it('need no argument from callers', () => {
    expect(problemsOf(steps('main', (s) => void s.step('f', fixed, {})))).toEqual([]);
  });

  it('may be replaced by an argument, as Argo copies a supplied argument over the value', () => {
    const m = manifestOf(dag('main', (d) => void d.task('f', fixed, { n: 4 })));
    expect(m.templates.find((t) => t.name === 'main')?.dag?.tasks[0]?.arguments).toEqual({ parameters: [{ name: 'n', value: '4' }] });
  });
});

describe('inline', () => {
  it('renders a dag task and a step with the template in place and no name, leaving it out of spec.templates', () => {
    for (const main of [
      dag('main', (d) => void d.task('a', say, { msg: 'hi' }, { inline: true })),
      steps('main', (s) => void s.step('a', say, { msg: 'hi' }, { inline: true })),
    ]) {
      const m = manifestOf(main);
      expect(m.templates.map((t) => t.name)).toEqual(['main']);
      const main0 = m.templates[0]!;
      const call = main0.dag?.tasks[0] ?? main0.steps?.[0]?.[0];
      expect(call?.template).toBeUndefined();
      expect(call?.inline).toMatchObject({ container: { image: 'busybox', args: ['{{inputs.parameters.msg}}'] }, inputs: { parameters: [{ name: 'msg' }] } });
      expect(call?.inline).not.toHaveProperty('name');
      expect(call?.arguments).toEqual({ parameters: [{ name: 'msg', value: 'hi' }] });
    }
  });

  it('still collects the templates an inline template calls, and one also called by name', () => {
    const inner = dag('inner', (d) => void d.task('s', say, { msg: 'x' }));
    const m = manifestOf(
      dag('main', (d) => {
        d.task('a', inner, {}, { inline: true });
        d.task('b', say, { msg: 'y' });
      }),
    );
    expect(m.templates.map((t) => t.name)).toEqual(['main', 'say']);
  });
});

describe('inline, as Argo validates it', () => {
  it('refuses an inline template that inlines again (Argo inlines once), naming where', () => {
    const inner = dag('inner', (d) => void d.task('s', say, { msg: 'x' }, { inline: true }));
    const ps = problemsOf(steps('main', (s) => void s.step('a', inner, {}, { inline: true })));
    expect(ps.map((p) => [p.path, p.message])).toEqual([
      [
        'spec.templates[0].steps[0][0].inline.dag.tasks[0].inline',
        'an inline template inside an inline template does not run (Argo inlines only once); move the outer one to spec.templates and call it by name',
      ],
    ]);
  });

  it('checks an inline template with the rules of any template: a leaf may not take parallelism', () => {
    const leaf = container({ name: 'leaf', image: 'busybox', parallelism: 2 });
    const ps = problemsOf(dag('main', (d) => void d.task('a', leaf, {}, { inline: true })));
    expect(ps.map((p) => p.path)).toEqual(['spec.templates[0].dag.tasks[0].inline.parallelism']);
  });
});

describe('extraArgs', () => {
  it('renders arguments the template does not declare after the declared ones, without a problem', () => {
    const m = manifestOf(dag('main', (d) => void d.task('a', say, { msg: 'hi' }, { extraArgs: { message: 'ignored', n: '2' } })));
    expect(m.templates[0]?.dag?.tasks[0]?.arguments?.parameters).toEqual([
      { name: 'msg', value: 'hi' },
      { name: 'message', value: 'ignored' },
      { name: 'n', value: '2' },
    ]);
  });

  it('reports an extra argument that names a declared input', () => {
    const ps = problemsOf(steps('main', (s) => void s.step('a', say, { msg: 'hi' }, { extraArgs: { msg: 'again' } })));
    expect(ps.map((p) => [p.path, p.message])).toEqual([
      ['arguments.parameters.msg', "extraArgs 'msg' is an input of template 'say'; pass it with the arguments"],
    ]);
  });

  it('reports an extra argument with no Argo string form, forged past the type', () => {
    const ps = problemsOf(steps('main', (s) => void s.step('a', say, { msg: 'hi' }, { extraArgs: { n: 2 as unknown as string } })));
    expect(ps.map((p) => p.path)).toEqual(['arguments.parameters.n']);
    expect(ps[0]?.message).toMatch(/^extraArgs 'n' of template 'say' /);
  });

  it('leaves a plain undeclared argument, forged past the type, a problem', () => {
    const forged = { msg: 'hi', message: 'x' } as { msg: string };
    const ps = problemsOf(steps('main', (s) => void s.step('a', say, forged)));
    expect(ps.map((p) => p.message)).toEqual(["template 'say' has no input 'message'; it takes: msg"]);
  });
});
