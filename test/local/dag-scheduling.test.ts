// DAG scheduling: dependencies, depends results, Omitted vs Skipped, continueOn, failFast, target.
import { describe, expect, it } from 'vitest';
import { LEAVES, runFake, workflowOf } from './argo-fixtures.js';

const dag = (tasks: string, extra = ''): ReturnType<typeof workflowOf> =>
  workflowOf(`
  - name: main
    dag:
${extra}
      tasks:
${tasks}
${LEAVES}`);

describe('dag scheduling', () => {
  it('starts each task after its dependencies and passes outputs along', async () => {
    const run = await runFake(
      dag(`
      - { name: A, template: echo, arguments: { parameters: [{ name: m, value: a }] } }
      - { name: B, template: echo, dependencies: [A], arguments: { parameters: [{ name: m, value: '{{tasks.A.outputs.result}}b' }] } }
      - { name: C, template: echo, dependencies: [A], arguments: { parameters: [{ name: m, value: c }] } }
      - { name: D, template: echo, dependencies: [B, C], arguments: { parameters: [{ name: m, value: '{{tasks.B.outputs.result}}{{tasks.C.outputs.result}}' }] } }`),
    );
    expect(run.phase).toBe('Succeeded');
    expect(run.order()).toEqual(['A', 'B', 'C', 'D']);
    expect(run.nodes['t.D']?.outputs?.result).toBe('abc');
    expect(run.nodes['t.D']?.type).toBe('Pod');
    expect(run.nodes['t']?.children).toEqual(['t.A', 't.B', 't.C', 't.D']);
  });

  it('omits a task whose depends does not hold, runs the failure handler, and fails the dag (Argo assessDAGPhase)', async () => {
    const run = await runFake(
      dag(`
      - { name: A, template: fail }
      - { name: on-ok, template: ok, depends: A }
      - { name: on-fail, template: ok, depends: A.Failed }`),
    );
    expect(run.phaseOf('on-ok')).toBe('Omitted');
    expect(run.nodes['t.on-ok']?.message).toBe('omitted: depends condition not met');
    expect(run.ran('on-fail')).toBe(true);
    expect(run.skipped('on-ok')).toBe(true);
    // on-ok is a target and inherits A's Failed branch.
    expect(run.phase).toBe('Failed');
  });

  it('continueOn.failed lets dependents run and keeps the dag Succeeded', async () => {
    const run = await runFake(
      dag(`
      - { name: A, template: fail, continueOn: { failed: true } }
      - { name: B, template: ok, dependencies: [A] }`),
    );
    expect(run.phaseOf('A')).toBe('Failed');
    expect(run.ran('B')).toBe(true);
    expect(run.phase).toBe('Succeeded');
  });

  it('a failure stops no other branch (failFast only decides which failed target names the phase)', async () => {
    const tasks = `
      - { name: A, template: fail }
      - { name: slow, template: slow }
      - { name: after-slow, template: ok, dependencies: [slow] }`;
    const slow = { slow: { ms: 1000 } };
    for (const extra of ['', '      failFast: false']) {
      const run = await runFake(dagWithSlow(tasks, extra), slow);
      expect(run.ran('after-slow')).toBe(true);
      expect(run.phase).toBe('Failed');
      expect(run.message).toBe('exit code 1');
    }
  });

  it('runs only the target and what it depends on', async () => {
    const run = await runFake(
      dag(
        `
      - { name: A, template: ok }
      - { name: B, template: ok, dependencies: [A] }
      - { name: C, template: ok }`,
        '      target: B',
      ),
    );
    expect(run.order()).toEqual(['A', 'B']);
    expect(run.nodes['t.C']).toBeUndefined();
  });

  it('substitutes the target first (target: "{{workflow.parameters.target}}")', async () => {
    const wf = workflowOf(
      `
  - name: main
    dag:
      target: '{{workflow.parameters.target}}'
      tasks:
      - { name: A, template: ok }
      - { name: B, template: ok, dependencies: [A] }
      - { name: C, template: ok }
${LEAVES}`,
      '  arguments: { parameters: [{ name: target, value: C }] }',
    );
    const run = await runFake(wf);
    expect(run.phase).toBe('Succeeded');
    expect(run.order()).toEqual(['C']);
  });

  it('Skipped (when false) satisfies a bare dependency; Errored and Skipped results are distinct', async () => {
    const run = await runFake(
      dag(`
      - { name: A, template: ok, when: '1 == 2' }
      - { name: B, template: ok, depends: A }
      - { name: C, template: ok, depends: A.Skipped }
      - { name: D, template: ok, depends: A.Succeeded }`),
    );
    expect(run.nodes['t.A']?.phase).toBe('Skipped');
    expect(run.nodes['t.A']?.message).toBe("when '1 == 2' evaluated false");
    expect(run.ran('B')).toBe(true);
    expect(run.ran('C')).toBe(true);
    expect(run.phaseOf('D')).toBe('Omitted');
    expect(run.phase).toBe('Succeeded');
  });

  it('an argument naming an Omitted task output falls back to the input default when it is a bare reference', async () => {
    const run = await runFake(
      dag(`
      - { name: A, template: fail }
      - { name: B, template: echo, depends: A.Succeeded }
      - { name: C, template: echo, depends: B.Omitted, arguments: { parameters: [{ name: m, value: '{{tasks.B.outputs.result}}' }] } }
      - { name: E, template: echo, depends: B.Omitted, arguments: { parameters: [{ name: m, value: 'x{{tasks.B.outputs.result}}' }] } }`),
    );
    expect(run.nodes['t.C']?.phase).toBe('Succeeded');
    expect(run.nodes['t.C']?.inputs?.parameters).toEqual({ m: '' });
    expect(run.nodes['t.E']?.phase).toBe('Error');
    expect(run.nodes['t.E']?.message).toContain('absent');
  });
});

function dagWithSlow(tasks: string, extra: string): ReturnType<typeof workflowOf> {
  return workflowOf(`
  - name: main
    dag:
${extra}
      tasks:
${tasks}
  - name: slow
    container: { image: alpine }
${LEAVES}`);
}
