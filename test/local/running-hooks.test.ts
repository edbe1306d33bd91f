// Lifecycle hooks read while their node runs (Argo's operator): `steps.X.status == "Running"`,
// `tasks.X.status == "Running"` and `workflow.status == "Running"` fire during the node, once; the others
// when it has finished; the caller waits for the hooks it fired.
import { describe, expect, it } from 'vitest';
import { LEAVES, runFake, workflowOf } from './argo-fixtures.js';

const startedAt = (run: Awaited<ReturnType<typeof runFake>>, name: string): number | undefined =>
  run.events.find((e) => e.type === 'Started' && e.node === name)?.at;

describe('hooks on Running', () => {
  it('a step hook on Running fires while the step runs, once; its Succeeded hook after', async () => {
    const wf = workflowOf(`
  - name: main
    steps:
    - - name: a
        template: slow
        hooks:
          running: { template: echo, expression: 'steps["a"].status == "Running"', arguments: { parameters: [{ name: m, value: '{{steps.a.status}}' }] } }
          done: { template: ok, expression: 'steps["a"].status == "Succeeded"' }
    - - { name: b, template: ok }
  - name: slow
    container: { image: alpine }
${LEAVES}`);
    const run = await runFake(wf, { slow: { ms: 5000 } });
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t[0].a.hooks.running']?.outputs?.result).toBe('Running');
    expect(startedAt(run, 't[0].a.hooks.running')).toBe(0);
    expect(run.events.filter((e) => e.type === 'Started' && e.node === 't[0].a.hooks.running')).toHaveLength(1);
    expect(startedAt(run, 't[0].a.hooks.done')).toBe(5000);
    expect(run.order()).toEqual(expect.arrayContaining(['b']));
    expect(run.order().indexOf('a.hooks.done')).toBeLessThan(run.order().indexOf('b'));
  });

  it('a dag task hook on Running fires even when the task fails, and the task waits for it', async () => {
    const wf = workflowOf(`
  - name: main
    dag:
      tasks:
      - name: A
        template: fail
        hooks:
          running: { template: slowhook, expression: 'tasks.A.status == "Running"' }
          success: { template: ok, expression: 'tasks.A.status == "Succeeded"' }
      - { name: B, template: ok, dependencies: [A] }
  - name: slowhook
    container: { image: alpine }
${LEAVES}`);
    const run = await runFake(wf, { fail: { phase: 'Failed', message: 'exit code 1', ms: 1000 }, slowhook: { ms: 3000 } });
    expect(run.phase).toBe('Failed');
    expect(run.nodes['t.A.hooks.running']?.phase).toBe('Succeeded');
    expect(run.nodes['t.A.hooks.success']).toBeUndefined();
    expect(run.nodes['t.B']?.phase).toBe('Omitted');
    expect(run.events.find((e) => e.type === 'Finished' && e.node === 't')?.at).toBe(3000);
  });

  it('a workflow hook on workflow.status == "Running" fires during the run, and the run waits for it', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: a, template: ok }
  - name: slowhook
    container: { image: alpine }
${LEAVES}`,
      `  hooks:
    running: { template: slowhook, expression: 'workflow.status == "Running"' }
    succeed: { template: echo, expression: 'workflow.status == "Succeeded"', arguments: { parameters: [{ name: m, value: '{{workflow.status}}' }] } }`,
    );
    const run = await runFake(wf, { slowhook: { ms: 2000 } });
    expect(run.phase).toBe('Succeeded');
    expect(startedAt(run, 't.hooks.running')).toBe(0);
    expect(run.nodes['t.hooks.running']?.phase).toBe('Succeeded');
    expect(run.nodes['t.hooks.succeed']?.outputs?.result).toBe('Succeeded');
  });

  it('an expression that cannot be read while the node runs is read again at the end, and fires then', async () => {
    const wf = workflowOf(`
  - name: main
    steps:
    - - name: a
        template: echo
        arguments: { parameters: [{ name: m, value: hi }] }
        hooks:
          said: { template: ok, expression: 'steps.a.outputs.result == "hi"' }
`.concat(LEAVES));
    const run = await runFake(wf);
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t[0].a.hooks.said']?.phase).toBe('Succeeded');
  });
});
