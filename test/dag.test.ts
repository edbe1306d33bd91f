import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  compileWorkflow,
  dag,
  expr,
  param,
  toManifest,
  workflow,
  type TaskHandle,
  type Template,
} from '../src/index.js';
import type { DAGTask } from '../src/argo-model/generated/argo-types.js';
import { double, echo, randomInt } from './support/templates.js';

const tasksOf = (t: Template<unknown, unknown>, name = t.node.name): ReadonlyArray<DAGTask> => {
  const m = toManifest(workflow({ generateName: 'x-', entrypoint: t }));
  return m.spec.templates.find((x) => x.name === name)?.dag?.tasks ?? [];
};

const problemsOf = (t: Template<unknown, unknown>) => {
  const r = compileWorkflow(workflow({ generateName: 'x-', entrypoint: t }));
  if (E.isRight(r)) throw new Error('expected problems, got a manifest');
  return r.left;
};

describe('dag', () => {
  it('renders explicit ordering as depends', () => {
    const diamond = dag('diamond', (d) => {
      const A = d.task('A', echo, { message: 'A' });
      const B = d.task('B', echo, { message: 'B' }, { after: [A] });
      const C = d.task('C', echo, { message: 'C' }, { after: [A] });
      d.task('D', echo, { message: 'D' }, { after: [B, C] });
    });
    expect(tasksOf(diamond).map((t) => [t.name, t.depends])).toEqual([
      ['A', undefined],
      ['B', 'A'],
      ['C', 'A'],
      ['D', 'B && C'],
    ]);
  });

  it('infers dependencies from refs, typed or inside template strings and when', () => {
    const chain = dag('chain', (d) => {
      const r = d.task('r', randomInt, {});
      const x = d.task('x', double, { n: r.out.result });
      d.task('y', echo, { message: `got ${x.out.doubled}` });
      d.task('z', echo, { message: 'z' }, { when: `${r.out.result} > 50` });
    });
    const tasks = tasksOf(chain);
    expect(tasks[1]).toEqual({
      name: 'x',
      template: 'double',
      depends: 'r',
      arguments: { parameters: [{ name: 'n', value: '{{tasks.r.outputs.result}}' }] },
    });
    expect(tasks[2]?.depends).toBe('x');
    expect(tasks[2]?.arguments).toEqual({
      parameters: [{ name: 'message', value: 'got {{tasks.x.outputs.parameters.doubled}}' }],
    });
    expect(tasks[3]).toMatchObject({ depends: 'r', when: '{{tasks.r.outputs.result}} > 50' });
  });

  it('encodes literal arguments with the input codec', () => {
    const t = dag('lit', (d) => {
      d.task('a', double, { n: 21 });
    });
    expect(tasksOf(t)[0]?.arguments).toEqual({ parameters: [{ name: 'n', value: '21' }] });
  });

  it('takes inputs and declares outputs set by a statement', () => {
    const sum = dag('sum', { inputs: { n: param.number() }, outputs: { total: param.number() } }, (d, i) => {
      const x = d.task('x', double, { n: i.n });
      d.outputs({ total: x.out.doubled });
    });
    const outer = dag('outer', (d) => {
      const s = d.task('s', sum, { n: 2 });
      d.task('print', echo, { message: `${s.out.total}` });
    });
    const m = toManifest(workflow({ generateName: 'sum-', entrypoint: outer }));
    expect(m.spec.templates.map((t) => t.name)).toEqual(['outer', 'sum', 'double', 'echo']);
    expect(m.spec.templates[1]).toEqual({
      name: 'sum',
      inputs: { parameters: [{ name: 'n' }] },
      outputs: { parameters: [{ name: 'total', valueFrom: { parameter: '{{tasks.x.outputs.parameters.doubled}}' } }] },
      dag: {
        tasks: [
          {
            name: 'x',
            template: 'double',
            arguments: { parameters: [{ name: 'n', value: '{{inputs.parameters.n}}' }] },
          },
        ],
      },
    });
    expect(tasksOf(outer)[1]).toMatchObject({
      depends: 's',
      arguments: { parameters: [{ name: 'message', value: '{{tasks.s.outputs.parameters.total}}' }] },
    });
  });

  it('reports a declared output that is never set', () => {
    const t = dag('unset', { outputs: { total: param.number() } }, (d) => {
      d.task('a', double, { n: 1 });
    });
    expect(problemsOf(t)).toEqual([
      expect.objectContaining({ template: 'unset', path: 'outputs.parameters.total', message: expect.stringContaining('has no source') }),
    ]);
  });

  it('refuses an output the template does not declare, instead of dropping it', () => {
    expect(() =>
      dag('undeclared', (d) => {
        const a = d.task('a', double, { n: 1 });
        d.outputs({ total: a.out.doubled });
      }),
    ).toThrow("dag 'undeclared': outputs sets 'total', which it does not declare; declare it in the template's `outputs`");
  });

  it('reports a dangling reference to a task that does not exist', () => {
    const t = dag('dangling', (d) => {
      d.task('a', echo, { message: '{{tasks.ghost.outputs.result}}' });
    });
    expect(problemsOf(t)).toEqual([
      {
        template: 'dangling',
        task: 'a',
        path: 'arguments.parameters.message',
        message: "refers to task 'ghost', which is not a task of 'dangling' (dangling reference)",
      },
    ]);
  });

  it('reports a ref to a task of another dag, even where types cannot see it', () => {
    let leaked: { readonly out: { readonly result: unknown } } | undefined;
    dag('first', (d) => {
      leaked = d.task('r', randomInt, {});
    });
    const second = dag('second', (d) => {
      d.task('a', double, { n: leaked!.out.result as never });
    });
    expect(problemsOf(second)).toEqual([
      expect.objectContaining({
        template: 'second',
        task: 'a',
        message: "uses an output of task 'r' of dag 'first', which is not in scope here; pass it into 'second' as an input instead",
      }),
    ]);
  });

  it('reports an order on a task of another dag', () => {
    let leaked: TaskHandle<unknown, string> | undefined;
    dag('first', (d) => {
      leaked = d.task('A', echo, { message: 'a' });
    });
    const second = dag('second', (d) => {
      d.task('b', echo, { message: 'b' }, { after: [leaked! as never] });
    });
    expect(problemsOf(second)).toEqual([
      {
        template: 'second',
        task: 'b',
        path: 'after',
        message: "waits on task 'A' of dag 'first'; a task can only wait on tasks of its own dag",
      },
    ]);
  });

  it('reports an order on a handle that names no task of its dag (a forged handle)', () => {
    const t = dag('forged', (d) => {
      const a = d.task('a', echo, { message: 'a' });
      d.task('b', echo, { message: 'b' }, { after: [{ ...a, name: 'ghost' }] });
    });
    expect(problemsOf(t)).toEqual([
      { template: 'forged', task: 'b', path: 'after', message: "waits on unknown task 'ghost'" },
    ]);
  });

  it("reports a read of a dag task's result: only containers and scripts have one", () => {
    const inner = dag('inner', (d) => {
      d.task('e', echo, { message: 'x' });
    });
    const t = dag('outer', (d) => {
      d.task('i', inner, {});
      d.task('p', echo, { message: '{{tasks.i.outputs.result}}' });
    });
    expect(problemsOf(t)).toEqual([
      {
        template: 'outer',
        task: 'p',
        path: 'arguments.parameters.message',
        message: "'i' runs dag 'inner', which has no 'result' (only containers, scripts, container sets, http, data and plugin templates do)",
      },
    ]);
  });

  it('checks the refs of its own outputs: an output set from a task of another dag, even one named like its own', () => {
    let leaked: { readonly out: { readonly doubled: unknown } } | undefined;
    dag('first', (d) => {
      leaked = d.task('x', double, { n: 1 });
    });
    const sum = dag('sum', { outputs: { total: param.number() } }, (d) => {
      d.task('x', double, { n: 2 });
      d.outputs({ total: leaked!.out.doubled as never });
    });
    expect(problemsOf(sum)).toEqual([
      {
        template: 'sum',
        path: 'outputs',
        message: "uses an output of task 'x' of dag 'first', which is not in scope here; pass it into 'sum' as an input instead",
      },
    ]);
  });

  it('checks the names in its own outputs: an expression reading a task it does not have', () => {
    const sum = dag('sum', { outputs: { total: param.number() } }, (d) => {
      d.task('y', double, { n: 2 });
      d.outputs({ total: expr<number>('tasks.ghost.outputs.parameters.doubled') });
    });
    expect(problemsOf(sum)).toEqual([
      {
        template: 'sum',
        path: 'outputs.parameters.total',
        message: "refers to task 'ghost', which is not a task of 'sum' (dangling reference)",
      },
    ]);
  });

  it('reports a ref to an input of another template', () => {
    const outer = dag('outer', { inputs: { n: param.number() } }, (d, i) => {
      const inner = dag('inner', (d2) => {
        d2.task('a', double, { n: i.n });
      });
      d.task('run', inner, {});
    });
    expect(messages(problemsOf(outer))).toEqual([
      "uses input 'n' of template 'outer', which is not in scope here; declare 'n' as an input of 'inner' and pass it in",
    ]);
  });

  it('prints a dependency cycle', () => {
    const t = dag('loop', (d) => {
      d.task('a', echo, { message: '{{tasks.c.outputs.result}}' });
      d.task('b', echo, { message: '{{tasks.a.outputs.result}}' });
      d.task('c', echo, { message: '{{tasks.b.outputs.result}}' });
    });
    expect(messages(problemsOf(t))).toContain('tasks depend on each other in a cycle: a -> c -> b -> a');
  });

  it('reports duplicate task names, unknown outputs and self references, all at once', () => {
    const t = dag('many', (d) => {
      d.task('a', echo, { message: 'x' });
      d.task('a', echo, { message: 'y' });
      d.task('b', echo, { message: '{{tasks.a.outputs.parameters.nope}}' });
      d.task('c', echo, { message: '{{tasks.c.outputs.result}}' });
      d.task('d', echo, { message: expr<string>('steps.a.outputs.result') });
    });
    expect(messages(problemsOf(t))).toEqual([
      "two tasks are named 'a'; names must be unique",
      "'a' (template 'echo') has no output parameter 'nope'; its outputs: none",
      "task 'c' refers to its own outputs",
      "refers to steps.a, but in dag 'many' other calls are tasks.<name>",
    ]);
  });

  it('checks argument names at run time too (for untyped callers)', () => {
    const untyped = dag as unknown as (n: string, b: (d: { task: (...a: unknown[]) => unknown }) => void) => Template<{}, {}>;
    const t = untyped('loose', (d) => {
      d.task('a', echo, {});
      d.task('b', echo, { message: 'x', mesage: 'y' });
    });
    expect(messages(problemsOf(t))).toEqual([
      "missing required input 'message' of template 'echo'; pass it or give the input a default",
      "template 'echo' has no input 'mesage'; it takes: message",
    ]);
  });

  it('refuses tasks added after the dag was built', () => {
    let keep: { task: (...a: never[]) => unknown } | undefined;
    dag('closed', (d) => {
      keep = d as never;
    });
    expect(() => (keep!.task as (...a: unknown[]) => unknown)('late', echo, { message: 'x' })).toThrow(
      "dag 'closed': task 'late' was added after the dag was built",
    );
  });

  it('produces frozen values', () => {
    const t = dag('frozen', (d) => {
      d.task('a', echo, { message: 'x' });
    });
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.node)).toBe(true);
    expect(t.node.kind === 'Dag' && Object.isFrozen(t.node.tasks[0])).toBe(true);
  });
});

const messages = (ps: ReadonlyArray<{ readonly message: string }>) => ps.map((p) => p.message);
