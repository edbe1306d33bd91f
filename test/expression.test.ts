// expr-lang expressions over refs (`{{= ...}}`): their text, where they render, what they wait on, and
// the checks of the refs inside them.
import { describe, expect, it } from 'vitest';
import {
  artifact,
  compileWorkflow,
  container,
  dag,
  eq,
  expr,
  expression,
  hook,
  lastRetry,
  param,
  script,
  steps,
  toManifest,
  wf,
  withRetry,
  workflow,
  type Artifact,
  type Template,
} from '../src/index.js';

const num = script({ name: 'num', image: 'python', command: ['python'], source: 'x', result: param.number() });
const work = container({ name: 'work', image: 'b', inputs: { n: param.number() }, command: ['x'] });
const say = container({ name: 'say', image: 'b', inputs: { msg: param.string() }, command: ['echo'], args: (i) => [i.msg] });
const file = container({ name: 'file', image: 'b', command: ['x'], outputs: { out: artifact({ path: '/o' }) } });

type Manifest = { spec: { templates: Array<Record<string, any>> } };
const templates = (entrypoint: Template<{}, unknown>): Record<string, Record<string, any>> =>
  Object.fromEntries(
    (toManifest(workflow({ generateName: 'x-', entrypoint })) as unknown as Manifest).spec.templates.map((t) => [t.name, t]),
  );

describe('expression', () => {
  it('writes refs as expr-lang variables (index form for names with dashes) and values as literals', () => {
    dag('d', (d) => {
      const r = d.task('my-task', num, {});
      const e = expression<number>`asInt(${r.out.result}) + ${1} > ${"it's"} || ${[1, 'a', true]} == ${wf.name}`;
      expect(String(e)).toBe(`{{=asInt(tasks['my-task'].outputs.result) + 1 > 'it\\'s' || [1, 'a', true] == workflow.name}}`);
      // A nested expression is one operand.
      expect(String(expression<boolean>`!${e}`)).toBe(`{{=!(asInt(tasks['my-task'].outputs.result) + 1 > 'it\\'s' || [1, 'a', true] == workflow.name)}}`);
    });
  });

  it('renders as an argument and a when, and the task waits on the tasks it reads, typed or named in its text', () => {
    const t = templates(
      dag('main', (d) => {
        const a = d.task('a', num, {});
        d.task('b', num, {});
        d.task('next', work, { n: expression<number>`asInt(${a.out.result}) + 1` });
        d.task('text', work, { n: expression<number>`asInt(tasks.b.outputs.result)` });
        d.task('cond', say, { msg: 'm' }, { when: expression<boolean>`asInt(${a.out.result}) > 2` });
      }),
    );
    const tasks = Object.fromEntries(t['main']!.dag.tasks.map((x: { name: string }) => [x.name, x]));
    expect(tasks['next']).toMatchObject({ depends: 'a', arguments: { parameters: [{ name: 'n', value: '{{=asInt(tasks.a.outputs.result) + 1}}' }] } });
    expect(tasks['text']?.depends).toBe('b');
    expect(tasks['cond']).toMatchObject({ depends: 'a', when: '{{=asInt(tasks.a.outputs.result) > 2}}' });
  });

  it('sets a dag or steps output from an expression: valueFrom.expression, fromExpression', () => {
    const t = templates(
      steps('main', { outputs: { n: param.number(), f: artifact() } }, (s) => {
        const [a, b] = s.parallel((p) => [p.step('a-1', num, {}), p.step('b', file, {})] as const);
        s.outputs({ n: expression<number>`${a.out.result} ?? 0`, f: expression<Artifact>`${b.out.out}` });
      }),
    );
    expect(t['main']!.outputs).toEqual({
      parameters: [{ name: 'n', valueFrom: { expression: "steps['a-1'].outputs.result ?? 0" } }],
      artifacts: [{ name: 'f', fromExpression: 'steps.b.outputs.artifacts.out' }],
    });
  });

  it('sets retryStrategy.expression, substituting refs other than lastRetry as tags (Argo evaluates it with lastRetry only)', () => {
    const retried = container({
      name: 'retried',
      image: 'b',
      inputs: { 'safe-to-retry': param.boolean({ default: true }) },
      command: ['x'],
      retryStrategy: (i) => ({ limit: 3, expression: expression<boolean>`asInt(${lastRetry.exitCode}) > 1 && ${i['safe-to-retry']}` }),
    });
    expect(templates(retried)['retried']!.retryStrategy).toEqual({
      limit: '3',
      expression: 'asInt(lastRetry.exitCode) > 1 && {{inputs.parameters.safe-to-retry}}',
    });
    const later = withRetry(num, { expression: expression<boolean>`${lastRetry.status} != ${'Error'}` });
    expect(templates(later)['num']!.retryStrategy).toEqual({ expression: "lastRetry.status != 'Error'" });
  });

  it('sets a hook expression', () => {
    const t = templates(
      steps('main', (s) => void s.step('a', num, {}, { hooks: { running: hook({ template: say, arguments: { msg: 'r' }, expression: expression<boolean>`${wf.status} == ${'Running'}` }) } })),
    );
    expect(t['main']!.steps[0][0].hooks.running.expression).toBe("workflow.status == 'Running'");
  });

  it('reports a ref of another template inside an expression, as a ref anywhere', () => {
    let foreign: ReturnType<typeof expression<number>> | undefined;
    dag('other', (d) => {
      foreign = expression<number>`asInt(${d.task('c', num, {}).out.result})`;
    });
    const r = compileWorkflow(workflow({ generateName: 'x-', entrypoint: dag('main', (d) => void d.task('x', work, { n: foreign! })) }));
    expect(r._tag === 'Left' && r.left.map((p) => [p.task, p.path, p.message])).toEqual([
      ['x', 'arguments.parameters.n', "uses an output of task 'c' of dag 'other', which is not in scope here; pass it into 'main' as an input instead"],
    ]);
    const leaf = container({ name: 'leaf', image: 'b', command: ['x'], retryStrategy: { expression: expression<boolean>`${foreign!} > 1` } });
    const l = compileWorkflow(workflow({ generateName: 'x-', entrypoint: leaf }));
    expect(l._tag === 'Left' && l.left.map((p) => p.message)).toEqual([
      "uses an output of task 'c' of 'other'; a container or script can only use its own inputs",
    ]);
  });
});

describe('a raw expr() in a condition', () => {
  it('makes the task wait on the tasks its text names', () => {
    const t = templates(
      dag('main', (d) => {
        d.task('a', num, {});
        d.task('b', say, { msg: 'm' }, { when: eq(expr<number>('tasks.a.outputs.result'), 3) });
      }),
    );
    expect(t['main']!.dag.tasks[1]).toMatchObject({ name: 'b', depends: 'a', when: '{{tasks.a.outputs.result}} == 3' });
  });
});
