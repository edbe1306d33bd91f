// The YAML of typed control flow: conditions, depends expressions, loops and fan-in.
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { and, container, dag, eq, expression, gt, hook, inList, isTrue, matches, ne, not, or, param, script, step, steps, toManifest, wf, workflow, type Template } from '../src/index.js';
import { compileWorkflow } from '../src/index.js';

const coin = script({ name: 'coin', image: 'python', command: ['python'], source: 'x', result: param.enum('heads', 'tails') });
const num = script({ name: 'num', image: 'python', command: ['python'], source: 'x', result: param.number() });
const say = container({ name: 'say', image: 'busybox', inputs: { msg: param.string() }, command: ['echo'], args: (i) => [i.msg] });
const lister = container({
  name: 'lister',
  image: 'b',
  command: ['x'],
  outputs: { files: param.json(t.array(t.type({ path: t.string })), { path: '/f' }) },
});
const sized = container({ name: 'sized', image: 'b', inputs: { path: param.string() }, outputs: { size: param.number({ path: '/s' }) }, command: ['x'] });
const summer = container({ name: 'summer', image: 'b', inputs: { values: param.json(t.array(t.number)) }, command: ['x'] });

type Task = { name: string; depends?: string; when?: string; withItems?: unknown; withParam?: string; withSequence?: unknown; arguments?: unknown };
const tasksOf = (d: Template<unknown, unknown>): Record<string, Task> => {
  const m = toManifest(workflow({ generateName: 'x-', entrypoint: d })) as unknown as { spec: { templates: Array<{ name: string; dag?: { tasks: Task[] } }> } };
  const tasks = m.spec.templates.find((x) => x.dag !== undefined)?.dag?.tasks ?? [];
  return Object.fromEntries(tasks.map((x) => [x.name, x]));
};

describe('conditions', () => {
  const tasks = tasksOf(
    dag('main', (d) => {
      const c = d.task('c', coin, {});
      const n = d.task('n', num, {});
      d.task('eq', say, { msg: 'a' }, { when: eq(c.out.result, 'heads') });
      d.task('num', say, { msg: 'b' }, { when: and(gt(n.out.result, 5), not(ne(n.out.result, 7))) });
      d.task('any', say, { msg: 'c' }, { when: or(matches(c.out.result, 'he a'), inList(c.out.result, ['heads', 'tails'])) });
      d.task('raw', say, { msg: 'd' }, { when: `${c.out.result} == heads` });
    }),
  );

  it('quotes string operands, leaves numbers bare and parenthesises nested logic', () => {
    expect(tasks['eq']?.when).toBe('"{{tasks.c.outputs.result}}" == "heads"');
    expect(tasks['num']?.when).toBe('{{tasks.n.outputs.result}} > 5 && !({{tasks.n.outputs.result}} != 7)');
    expect(tasks['any']?.when).toBe(
      '("{{tasks.c.outputs.result}}" =~ "he a" || "{{tasks.c.outputs.result}}" IN ("heads", "tails"))'.slice(1, -1),
    );
    expect(tasks['raw']?.when).toBe('{{tasks.c.outputs.result}} == heads');
  });

  it('waits on the tasks a condition reads, as on those arguments read', () => {
    expect(tasks['eq']?.depends).toBe('c');
    expect(tasks['num']?.depends).toBe('n');
    expect(tasks['raw']?.depends).toBe('c');
  });

  it('reports a condition reading a task of another dag, at when', () => {
    let foreign: ReturnType<typeof eq> | undefined;
    dag('other', (d) => {
      foreign = eq(d.task('c', coin, {}).out.result, 'heads');
    });
    const r = compileWorkflow(workflow({ generateName: 'x-', entrypoint: dag('main', (d) => void d.task('x', say, { msg: 'm' }, { when: foreign! })) }));
    expect(r._tag === 'Left' && r.left.map((p) => [p.task, p.path, p.message])).toEqual([
      ['x', 'when', "uses an output of task 'c' of dag 'other', which is not in scope here; pass it into 'main' as an input instead"],
    ]);
  });
});

describe('depends expressions', () => {
  it('renders results, combinators and bare handles, adding argument tasks with &&', () => {
    const tasks = tasksOf(
      dag('main', (d) => {
        const A = d.task('A', coin, {});
        const B = d.task('B', num, {});
        const C = d.task('C', coin, {});
        d.task('x', say, { msg: 'x' }, { depends: or(A.succeeded, and(B.failed, not(C.skipped))) });
        d.task('y', say, { msg: 'y' }, { depends: and(A, or(C.succeeded, C.failed)) });
        d.task('z', say, { msg: `${B.out.result}` }, { depends: or(A.errored, A.omitted, A.daemoned) });
        const L = d.task('L', say, (i) => ({ msg: i }), { withItems: ['a'] });
        d.task('w', say, { msg: 'w' }, { depends: and(L.anySucceeded, not(L.allFailed)), after: [B] });
      }),
    );
    expect(tasks['x']?.depends).toBe('A.Succeeded || (B.Failed && !C.Skipped)');
    expect(tasks['y']?.depends).toBe('A && (C.Succeeded || C.Failed)');
    expect(tasks['z']?.depends).toBe('(A.Errored || A.Omitted || A.Daemoned) && B');
    expect(tasks['w']?.depends).toBe('L.AnySucceeded && !L.AllFailed && B');
  });

  it('reports a depends on a task of another dag (forged past the type)', () => {
    let foreign: unknown;
    dag('other', (d) => {
      foreign = d.task('o', coin, {}).failed;
    });
    const r = compileWorkflow(
      workflow({ generateName: 'x-', entrypoint: dag('main', (d) => void d.task('x', say, { msg: 'm' }, { depends: foreign as never })) }),
    );
    expect(r._tag === 'Left' && r.left.map((p) => [p.task, p.path, p.message])).toEqual([
      ['x', 'depends', "waits on task 'o' of dag 'other'; a task can only wait on tasks of its own dag"],
    ]);
  });
});

describe('loops', () => {
  it('renders withItems, withParam, withSequence and item fields, and fans in', () => {
    const tasks = tasksOf(
      dag('main', (d) => {
        const n = d.task('n', num, {});
        d.task('items', say, (i) => ({ msg: i.name }), { withItems: [{ name: 'a' }, { name: 'b' }] });
        const l = d.task('list', lister, {});
        const each = d.task('each', sized, (f) => ({ path: f.path }), { withParam: l.out.files });
        d.task('seq', say, (i) => ({ msg: `p-${i}` }), { withSequence: { start: 1, end: n.out.result, format: '%02d' } });
        d.task('sum', summer, { values: each.out.size });
      }),
    );
    expect(tasks['items']).toMatchObject({ withItems: [{ name: 'a' }, { name: 'b' }], arguments: { parameters: [{ name: 'msg', value: '{{item.name}}' }] } });
    expect(tasks['each']).toMatchObject({ withParam: '{{tasks.list.outputs.parameters.files}}', depends: 'list' });
    expect(tasks['each']?.arguments).toEqual({ parameters: [{ name: 'path', value: '{{item.path}}' }] });
    expect(tasks['seq']).toMatchObject({ withSequence: { start: '1', end: '{{tasks.n.outputs.result}}', format: '%02d' }, depends: 'n' });
    expect(tasks['sum']).toMatchObject({ depends: 'each', arguments: { parameters: [{ name: 'values', value: '{{tasks.each.outputs.parameters.size}}' }] } });
  });

  it('works the same on steps, parallel groups and step()', () => {
    const free = step('free', say, (i) => ({ msg: i }), { withItems: ['x', 'y'] });
    const m = toManifest(
      workflow({
        generateName: 'x-',
        entrypoint: steps('s', (s) => {
          const c = s.step('c', coin, {});
          s.parallel((p) => {
            p.step('h', say, (i) => ({ msg: `${i}` }), { withSequence: { count: 2 }, when: eq(c.out.result, 'heads') });
          });
        }),
      }),
    ) as unknown as { spec: { templates: Array<{ name: string; steps?: unknown }> } };
    expect(m.spec.templates.find((x) => x.name === 's')?.steps).toEqual([
      [{ name: 'c', template: 'coin' }],
      [{ name: 'h', template: 'say', arguments: { parameters: [{ name: 'msg', value: '{{item}}' }] }, when: '"{{steps.c.outputs.result}}" == "heads"', withSequence: { count: '2' } }],
    ]);
    expect(free.node.loop).toEqual({ kind: 'WithItems', items: ['x', 'y'] });
  });
});

describe('failure handling, exit handlers and hooks on calls', () => {
  const notify = container({ name: 'notify', image: 'b', inputs: { msg: param.string() }, command: ['echo'], args: (i) => [i.msg] });
  const cleanup = container({ name: 'cleanup', image: 'b', command: ['true'] });
  type Manifest = { spec: { templates: Array<{ name: string; steps?: unknown; dag?: { tasks: unknown[] } }> } };
  const templatesOf = (entrypoint: Template<unknown, unknown>) =>
    (toManifest(workflow({ generateName: 'x-', entrypoint })) as unknown as Manifest).spec.templates;

  it('renders continueOn, onExit and hooks on tasks and steps, and emits the templates they run', () => {
    const free = step('free', say, { msg: 'f' }, { continueOn: { error: true }, onExit: cleanup });
    const templates = templatesOf(
      steps('s', (s) => {
        s.step('a', coin, {}, {
          continueOn: { failed: true },
          hooks: {
            exit: hook({ template: notify, arguments: { msg: 'done' } }),
            running: hook({ template: cleanup, expression: "steps.a.status == 'Running'" }),
          },
        });
        s.parallel((p) => void p.step('b', say, { msg: 'b' }, { hooks: { exit: cleanup } }));
        s.step('free', say, { msg: 'f' }, { continueOn: free.node.continueOn!, onExit: cleanup });
      }),
    );
    expect(templates.map((t) => t.name).sort()).toEqual(['cleanup', 'coin', 'notify', 's', 'say']);
    expect(templates.find((t) => t.name === 's')?.steps).toEqual([
      [
        {
          name: 'a',
          template: 'coin',
          continueOn: { failed: true },
          hooks: {
            exit: { template: 'notify', arguments: { parameters: [{ name: 'msg', value: 'done' }] } },
            running: { template: 'cleanup', expression: "steps.a.status == 'Running'" },
          },
        },
      ],
      [{ name: 'b', template: 'say', arguments: { parameters: [{ name: 'msg', value: 'b' }] }, hooks: { exit: { template: 'cleanup' } } }],
      [{ name: 'free', template: 'say', arguments: { parameters: [{ name: 'msg', value: 'f' }] }, continueOn: { error: true }, onExit: 'cleanup' }],
    ]);
    const dagTasks = templatesOf(
      dag('d', (d) => {
        const A = d.task('A', coin, {}, { continueOn: { failed: true, error: true }, onExit: cleanup });
        d.task('B', say, { msg: 'b' }, { after: [A], hooks: { exit: hook({ template: notify, arguments: { msg: `${A.out.result}` } }) } });
      }),
    ).find((t) => t.name === 'd')?.dag?.tasks;
    // Argo refuses continueOn next to `depends`: this dag waits through `dependencies` lists.
    expect(dagTasks).toEqual([
      { name: 'A', template: 'coin', continueOn: { failed: true, error: true }, onExit: 'cleanup' },
      {
        name: 'B',
        template: 'say',
        dependencies: ['A'],
        arguments: { parameters: [{ name: 'msg', value: 'b' }] },
        hooks: { exit: { template: 'notify', arguments: { parameters: [{ name: 'msg', value: '{{tasks.A.outputs.result}}' }] } } },
      },
    ]);
  });

  it('reports an exit handler or hook template whose required input is not given (forged past the type), and a named hook without an expression', () => {
    const r = compileWorkflow(
      workflow({
        generateName: 'x-',
        entrypoint: steps('s', (s) => {
          s.step('a', coin, {}, { onExit: notify as never });
          s.step('b', coin, {}, { hooks: { exit: notify as never, done: hook({ template: cleanup }) } });
        }),
      }),
    );
    expect(r._tag === 'Left' && r.left.map((p) => [p.task ?? '', p.path, p.message])).toEqual([
      ['a', 'onExit', "template 'notify' needs input 'msg', but onExit passes no arguments; use hooks: { exit: hook({ template, arguments }) }"],
      ['b', 'hooks.exit.arguments.parameters.msg', "missing required input 'msg' of template 'notify'; pass it or give the input a default"],
    ]);
    const mixed = compileWorkflow(
      workflow({
        generateName: 'x-',
        entrypoint: dag('d', (d) => {
          const A = d.task('A', coin, {}, { continueOn: { failed: true } });
          d.task('B', coin, {}, { depends: A.failed });
        }),
      }),
    );
    expect(mixed._tag === 'Left' && mixed.left.map((p) => [p.task, p.message])).toEqual([
      ['A', expect.stringContaining("cannot use 'continueOn' when using 'depends'")],
    ]);
    const named = compileWorkflow(
      workflow({ generateName: 'x-', entrypoint: steps('s', (s) => void s.step('b', coin, {}, { hooks: { done: hook({ template: cleanup }) } })) }),
    );
    expect(named._tag === 'Left' && named.left.map((p) => p.message)).toEqual([
      expect.stringContaining('hooks.done Expression required'),
    ]);
  });
});

describe('workflow-level hooks', () => {
  const notify = container({ name: 'notify', image: 'b', inputs: { msg: param.string() }, command: ['echo'], args: (i) => [i.msg] });
  const cleanup = container({ name: 'cleanup', image: 'b', command: ['true'] });

  it('render spec.hooks and emit the templates they run', () => {
    const m = toManifest(
      workflow({
        generateName: 'x-',
        entrypoint: coin,
        hooks: { exit: cleanup, running: hook({ template: notify, arguments: { msg: 'up' }, expression: 'workflow.status == "Running"' }) },
      }),
    ) as unknown as { spec: { hooks: unknown; templates: Array<{ name: string }> } };
    expect(m.spec.hooks).toEqual({
      exit: { template: 'cleanup' },
      running: { template: 'notify', arguments: { parameters: [{ name: 'msg', value: 'up' }] }, expression: 'workflow.status == "Running"' },
    });
    expect(m.spec.templates.map((t) => t.name)).toEqual(['coin', 'cleanup', 'notify']);
  });

  it('report a hook template whose required input is not given, at spec.hooks', () => {
    const r = compileWorkflow(workflow({ generateName: 'x-', entrypoint: coin, hooks: { exit: notify as never } }));
    expect(r._tag === 'Left' && r.left.map((p) => [p.path, p.message])).toEqual([
      ['spec.hooks.exit.arguments.parameters.msg', "missing required input 'msg' of template 'notify'; pass it or give the input a default"],
    ]);
  });
});

describe('phases: the workflow status and failures, a call status', () => {
  const cleanup = container({ name: 'cleanup', image: 'b', command: ['true'] });

  it('renders a call status in a when (govaluate, quoted) and a hook expression (expr-lang), and waits on the task it reads, not on itself', () => {
    const tasks = tasksOf(
      dag('main', (d) => {
        const c = d.task('c', coin, {});
        const n = d.task('n', num, {});
        d.task('on-fail', say, { msg: 'x' }, { depends: c.failed, when: eq(c.status, 'Failed') });
        d.task('watch', say, { msg: 'w' }, { hooks: { running: hook({ template: cleanup, expression: and(eq(n.status, 'Running'), gt(n.out.result, 3)) }) } });
        d.task('self', say, { msg: 's' }, { hooks: (self) => ({ failed: hook({ template: cleanup, expression: eq(self.status, 'Failed') }) }) });
      }),
    ) as Record<string, Task & { hooks?: Record<string, { expression?: string }> }>;
    expect(tasks['on-fail']).toMatchObject({ depends: 'c.Failed', when: '"{{tasks.c.status}}" == "Failed"' });
    expect(tasks['watch']?.depends).toBe('n');
    expect(tasks['self']?.depends).toBeUndefined();
    expect(tasks['self']?.hooks?.['failed']?.expression).toBe("tasks.self.status == 'Failed'");
    expect(tasks['watch']?.hooks?.['running']?.expression).toBe("tasks.n.status == 'Running' && asFloat(tasks.n.outputs.result) > 3");
  });

  it("renders a step's status in expr-lang with its name indexed, and the workflow status and failures", () => {
    let hooks: unknown;
    const main = steps('main', (s) => {
      const flip = s.step('flip-coin', coin, {});
      const h = hook({ template: cleanup, expression: expression<boolean>`${ne(flip.status, 'Skipped')} && ${inList(wf.status, ['Running'])}` });
      hooks = h.node.expression;
      s.step('after', say, { msg: `${wf.status}: ${wf.failures}` }, { when: ne(flip.status, 'Succeeded') });
    });
    // workflow.failures is in scope in an exit handler only.
    const m = toManifest(workflow({ generateName: 'x-', entrypoint: cleanup, onExit: main })) as unknown as {
      spec: { templates: Array<{ name: string; steps?: Array<Array<{ when?: string; arguments?: unknown }>> }> };
    };
    expect(hooks).toBe("(steps['flip-coin'].status != 'Skipped') && (workflow.status in ['Running'])");
    expect(m.spec.templates.find((x) => x.name === 'main')?.steps?.[1]?.[0]).toMatchObject({
      when: '"{{steps.flip-coin.status}}" != "Succeeded"',
      arguments: { parameters: [{ name: 'msg', value: '{{workflow.status}}: {{workflow.failures}}' }] },
    });
  });

  it('reads a ref compared with a number through asFloat, a plain boolean ref as its text, an expression as itself', () => {
    let text: string | undefined;
    steps('main', { inputs: { flag: param.boolean(), n: param.number() } }, (s, i) => {
      const cond = or(eq(i.flag, true), inList(i.n, [1, 2]), not(isTrue(expression<boolean>`1 > 0`)), matches(wf.name, 'x-.*'));
      text = hook({ template: cleanup, expression: cond }).node.expression;
      s.step('a', cleanup, {});
    });
    expect(text).toBe("inputs.parameters.flag == 'true' || asFloat(inputs.parameters.n) in [1, 2] || !((1 > 0)) || workflow.name matches 'x-.*'");
  });
});
