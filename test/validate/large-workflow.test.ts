// A workflow as large as Argo allows per dag, many times over: the validator's shortcuts for big
// dags (on-demand task outputs, the plain depends parser, lazy paths) must still check every task.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, dag, param, workflow } from '../../src/index.js';
import type { Template } from '../../src/index.js';
import { formatProblem } from '../../src/core/problem.js';
import { compileWorkflow } from '../../src/interp/manifest/manifest-interpreter.js';
import { validateDocument } from '../../src/argo-docs/validate/index.js';

const DAGS = 50;
const TASKS = 200;

const relay = container({
  name: 'relay',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['sh', '-c', `echo ${i.message} | tee /tmp/out`],
  outputs: { out: param.string({ path: '/tmp/out' }) },
});

// Task i reads task i-1's output (an inferred dependency) and waits on task i/2 as well.
const part = (k: number): Template<{}, {}> =>
  dag(`part-${k}`, (d) => {
    const handles: Array<ReturnType<typeof d.task<{ message: string }, { out: string }>>> = [];
    for (let i = 0; i < TASKS; i++) {
      const prev = handles[i - 1];
      const half = handles[Math.floor(i / 2)];
      const message = prev === undefined ? `start-${k}` : prev.out.out;
      const after = half === undefined || half === prev ? [] : [half];
      handles.push(d.task(`t${i}`, relay, { message }, { after }));
    }
  });

const big = (() => {
  const parts = Array.from({ length: DAGS }, (_, k) => part(k));
  return workflow({
    generateName: 'large-',
    entrypoint: dag('main', (d) => {
      let prev: ReturnType<typeof d.task<{}, {}>> | undefined;
      parts.forEach((p, k) => {
        prev = d.task(`part-${k}`, p, {}, { after: prev === undefined ? [] : [prev] });
      });
    }),
  });
})();

type Json = Record<string, unknown>;
const manifest = (): Json => {
  const m = compileWorkflow(big);
  if (E.isLeft(m)) throw new Error(m.left.map(formatProblem).join('\n'));
  return JSON.parse(JSON.stringify(m.right)) as Json;
};

/** The task `task` of dag template `template` in a manifest (to break it). */
const taskOf = (m: Json, template: string, task: string): Json => {
  const templates = (m['spec'] as { templates: Array<Json> }).templates;
  const t = templates.find((x) => x['name'] === template) as { dag: { tasks: Array<Json> } };
  return t.dag.tasks.find((x) => x['name'] === task) as Json;
};

describe(`a ${DAGS} × ${TASKS}-task workflow built with the DSL`, () => {
  const m = manifest();

  it('renders every task and passes validation without a problem', () => {
    const templates = (m['spec'] as { templates: Array<Json> }).templates;
    expect(templates).toHaveLength(DAGS + 2);
    expect(taskOf(m, 'part-49', 't199')['depends']).toBe('t99 && t198');
    expect(JSON.stringify(taskOf(m, 'part-49', 't199'))).toContain('{{tasks.t198.outputs.parameters.out}}');
    expect(validateDocument(m)).toEqual([]);
  });

  it('still reports a wrong output reference deep inside', () => {
    const broken = manifest();
    const at = (broken['spec'] as { templates: Array<Json> }).templates.findIndex((x) => x['name'] === 'part-37');
    const t = taskOf(broken, 'part-37', 't150');
    const args = t['arguments'] as { parameters: Array<{ value: string }> };
    const value = args.parameters[0]?.value;
    expect(value).toBe('{{tasks.t149.outputs.parameters.out}}');
    args.parameters[0] = { ...args.parameters[0], value: '{{tasks.t149.outputs.parameters.nope}}' } as never;
    const problems = validateDocument(broken);
    expect(problems.map((p) => [p.rule, p.template, p.task, p.path])).toEqual([
      ['variables', 'part-37', 't150', `spec.templates[${at}].dag.tasks[150].arguments.parameters[0].value`],
    ]);
    expect(problems[0]?.message).toContain("template 'relay' has no output parameter 'nope' (it has: out)");
  });

  it('still reports a reference to a task of another dag, and one that is not an ancestor', () => {
    const broken = manifest();
    const a = taskOf(broken, 'part-12', 't190')['arguments'] as { parameters: Array<Json> };
    a.parameters[0] = { name: 'message', value: '{{tasks.t201.outputs.parameters.out}}' };
    const b = taskOf(broken, 'part-44', 't3')['arguments'] as { parameters: Array<Json> };
    b.parameters[0] = { name: 'message', value: '{{tasks.t120.id}}' };
    const problems = validateDocument(broken).map((p) => [p.rule, p.template, p.task]);
    expect(problems).toEqual([
      ['dag-missing-dependency', 'part-12', 't190'],
      ['variables', 'part-12', 't190'],
      ['dag-missing-dependency', 'part-44', 't3'],
    ]);
  });

  it('still reports a broken depends deep inside', () => {
    const broken = manifest();
    taskOf(broken, 'part-25', 't77')['depends'] = 't76 && t38 && t500';
    taskOf(broken, 'part-31', 't10')['depends'] = 't9 && (t5';
    const problems = validateDocument(broken);
    expect(problems.map((p) => [p.rule, p.template, p.task])).toEqual([
      ['dag-dependency', 'part-25', 't77'],
      ['depends-syntax', 'part-31', 't10'],
    ]);
    expect(problems[0]?.message).toContain("dependency 't500' not defined");
    expect(problems[1]?.message).toContain("expected ')' to close '(' at offset 6");
  });
});

describe('depends names that are Object.prototype members', () => {
  it('reads a task named constructor or toString as a task, not an operator', async () => {
    const { validateDocument } = await import('../../src/argo-docs/validate/index.js');
    const doc = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { generateName: 'proto-' },
      spec: {
        entrypoint: 'main',
        templates: [
          {
            name: 'main',
            dag: {
              tasks: [
                { name: 'constructor', template: 'leaf' },
                { name: 'toString', template: 'leaf', depends: 'constructor' },
                { name: 'last', template: 'leaf', depends: 'constructor && (toString || constructor)' },
              ],
            },
          },
          { name: 'leaf', container: { image: 'busybox' } },
        ],
      },
    };
    expect(validateDocument(doc)).toEqual([]);
  });
});
