// Suspend (duration, mock, resume through the handle with supplied outputs), exit handlers with
// workflow.status and workflow.failures, step exit handlers and expression hooks.
import { describe, expect, it } from 'vitest';
import { container, eq, hook, ne, param, steps, toManifest, workflow } from '../../src/index.js';
import { startLocal } from '../../src/interp/local/run-local.js';
import { LEAVES, runFake, workflowOf } from './argo-fixtures.js';
import { fakeLeaf } from './fake-leaf.js';

const approval = workflowOf(`
  - name: main
    steps:
    - - { name: wait, template: wait }
    - - { name: approve, template: approve }
    - - { name: use, template: echo, arguments: { parameters: [{ name: m, value: '{{steps.approve.outputs.parameters.ok}}' }] } }
  - name: wait
    suspend: { duration: 2h }
  - name: approve
    suspend: {}
    outputs: { parameters: [{ name: ok, valueFrom: { supplied: {}, default: 'no' } }] }
${LEAVES}`);

describe('suspend', () => {
  it('a mock resumes a suspend at once and supplies its outputs; a duration passes on the virtual clock', async () => {
    const run = await runFake(approval, {}, { mocks: { approve: { parameters: { ok: 'yes' } } } });
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t[0].wait']?.type).toBe('Suspend');
    expect(run.events.find((e) => e.type === 'Finished' && e.displayName === 'wait')?.at).toBe(7_200_000);
    expect(run.nodes['t[2].use']?.outputs?.result).toBe('yes');
  });

  it('resumes through the run handle with supplied values', async () => {
    const leaf = fakeLeaf({ echo: (r) => ({ result: r.inputs.parameters['m'] ?? '' }) });
    const handle = startLocal(approval, { leafRunner: leaf.runner });
    expect(await handle.whenSuspended('approve')).toBe('t[1].approve');
    expect(handle.suspended()).toEqual(['t[1].approve']);
    handle.resume('approve', { ok: 'sure' });
    const run = await handle.result;
    expect(run.nodes['t[2].use']?.outputs?.result).toBe('sure');
    expect(run.events.filter((e) => e.displayName === 'approve').map((e) => e.type)).toEqual(['Started', 'Suspended', 'Resumed', 'Finished']);
  });

  it('stop fails the running nodes and still runs the exit handler; terminate skips it', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: approve, template: approve }
  - name: approve
    suspend: {}
${LEAVES}`,
      '  onExit: ok',
    );
    for (const [how, exitRan] of [['stop', true], ['terminate', false]] as const) {
      const handle = startLocal(wf, { leafRunner: fakeLeaf().runner });
      await handle.whenSuspended('approve');
      if (how === 'stop') handle.stop();
      else handle.terminate();
      const run = await handle.result;
      expect(run.phase).toBe('Failed');
      expect(run.nodes['t[0].approve']?.message).toBe(how === 'stop' ? "Stopped with strategy 'Stop'" : "Stopped with strategy 'Terminate'");
      expect(run.ran('t.onExit')).toBe(exitRan);
    }
  });

  it('without a handle, a suspend nothing can resume ends in Error naming the ways to resume it', async () => {
    const run = await runFake(approval);
    expect(run.phase).toBe('Failed');
    expect(run.nodes['t[1].approve']?.phase).toBe('Error');
    expect(run.nodes['t[1].approve']?.message).toContain("mock template 'approve'");
  });
});

describe('exit handlers and hooks', () => {
  it('runs spec.onExit after the entrypoint with workflow.status and workflow.failures', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: boom, template: fail }
  - name: report
    steps:
    - - { name: status, template: echo, arguments: { parameters: [{ name: m, value: '{{workflow.status}}' }] } }
      - { name: failures, template: echo, arguments: { parameters: [{ name: m, value: '{{workflow.failures}}' }] } }
${LEAVES}`,
      '  onExit: report',
    );
    const run = await runFake(wf);
    expect(run.phase).toBe('Failed');
    expect(run.nodes['t.onExit']?.children).toEqual(['t.onExit[0]']);
    expect(run.nodes['t.onExit[0].status']?.outputs?.result).toBe('Failed');
    const failures = JSON.parse(run.nodes['t.onExit[0].failures']?.outputs?.result ?? '[]') as ReadonlyArray<Record<string, string>>;
    expect(failures.map((f) => [f['displayName'], f['templateName'], f['phase'], f['message']])).toEqual([['boom', 'fail', 'Failed', 'exit code 1']]);
    expect(run.order().at(-1)).toBe('failures');
  });

  it("a hook's typed condition on a step's status runs as tiphys renders it", async () => {
    const fail = container({ name: 'fail', image: 'alpine', command: ['false'] });
    const echo = container({ name: 'echo', image: 'alpine', inputs: { m: param.string() }, command: (i) => ['echo', i.m] });
    const main = steps('main', (s) => {
      const a = s.step('a', fail, {}, { continueOn: { failed: true } });
      s.step('b', echo, { m: 'b' }, {
        hooks: {
          failed: hook({ template: echo, arguments: { m: `a ${a.status}` }, expression: eq(a.status, 'Failed') }),
          succeeded: hook({ template: echo, arguments: { m: 'no' }, expression: ne(a.status, 'Failed') }),
        },
      });
    });
    const run = await runFake(toManifest(workflow({ name: 't', entrypoint: main })));
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t[1].b.hooks.failed']?.outputs?.result).toBe('a Failed');
    expect(run.nodes['t[1].b.hooks.succeeded']).toBeUndefined();
  });

  it('a step exit handler runs whatever the step ended in; an expression hook runs when it holds', async () => {
    const wf = workflowOf(`
  - name: main
    steps:
    - - name: a
        template: fail
        continueOn: { failed: true }
        onExit: ok
        hooks:
          failed: { template: echo, expression: 'steps.a.status == "Failed"', arguments: { parameters: [{ name: m, value: 'a {{steps.a.status}}' }] } }
          succeeded: { template: ok, expression: 'steps.a.status == "Succeeded"' }
${LEAVES}`);
    const run = await runFake(wf);
    expect(run.ran('t[0].a.onExit')).toBe(true);
    expect(run.nodes['t[0].a.hooks.failed']?.outputs?.result).toBe('a Failed');
    expect(run.nodes['t[0].a.hooks.succeeded']).toBeUndefined();
    expect(run.phase).toBe('Succeeded');
  });
});
