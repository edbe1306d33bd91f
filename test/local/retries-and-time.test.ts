// retryStrategy (limit, policy, backoff on the virtual clock, expression), timeouts and deadlines,
// parallelism, all without real waiting.
import { describe, expect, it } from 'vitest';
import { LEAVES, runFake, workflowOf } from './argo-fixtures.js';

const retried = (strategy: string): ReturnType<typeof workflowOf> =>
  workflowOf(`
  - name: main
    retryStrategy: ${strategy}
    container: { image: alpine }`);

describe('retries', () => {
  it('retries a failed leaf up to the limit with backoff on the virtual clock', async () => {
    const started = Date.now();
    const run = await runFake(retried(`{ limit: 3, backoff: { duration: '10m', factor: 2 } }`), { main: { phase: 'Failed', message: 'boom' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('No more retries left');
    expect(run.attempts('t')).toBe(4);
    expect(run.nodes['t']?.type).toBe('Retry');
    expect(run.nodes['t']?.children).toEqual(['t(0)', 't(1)', 't(2)', 't(3)']);
    // Waits of 10m, 20m, 40m between attempts.
    expect(run.events.filter((e) => e.type === 'Started' && e.node !== 't').map((e) => e.at / 60_000)).toEqual([0, 10, 30, 70]);
    expect(run.leaf.requests.map((r) => r.node.attempt)).toEqual([0, 1, 2, 3]);
  });

  it('stops at the first success, and exposes {{retries}}', async () => {
    const wf = workflowOf(`
  - name: main
    retryStrategy: { limit: 5 }
    container: { image: alpine, args: ['try {{retries}}'] }`);
    const run = await runFake(wf, { main: [{ phase: 'Failed' }, { phase: 'Failed' }, {}] });
    expect(run.phase).toBe('Succeeded');
    expect(run.attempts('t')).toBe(3);
    expect(run.leaf.requests.map((r) => r.template.container?.args?.[0])).toEqual(['try 0', 'try 1', 'try 2']);
  });

  it('retryPolicy OnFailure (default) does not retry an Error; OnError does', async () => {
    const onFailure = await runFake(retried('{ limit: 2 }'), { main: { phase: 'Error', message: 'pod deleted' } });
    expect(onFailure.attempts('t')).toBe(1);
    expect(onFailure.phase).toBe('Error');
    const onError = await runFake(retried('{ limit: 2, retryPolicy: OnError }'), { main: { phase: 'Error' } });
    expect(onError.attempts('t')).toBe(3);
  });

  it('expression decides over lastRetry.*', async () => {
    const run = await runFake(retried(`{ limit: 5, expression: 'lastRetry.message != "fatal"' }`), {
      main: [{ phase: 'Failed', message: 'flaky' }, { phase: 'Failed', message: 'fatal' }],
    });
    expect(run.attempts('t')).toBe(2);
    expect(run.message).toBe('fatal');
  });

  it('maxDuration ends the retries once the next wait would pass it', async () => {
    const run = await runFake(retried(`{ limit: 10, backoff: { duration: '1m', factor: 2, maxDuration: '5m' } }`), { main: { phase: 'Failed' } });
    expect(run.attempts('t')).toBe(3);
    expect(run.message).toBe('Max duration limit exceeded');
  });
});

describe('timeouts and deadlines', () => {
  it('a template timeout fails the leaf after that much virtual time', async () => {
    const wf = workflowOf(`
  - name: main
    timeout: 30s
    container: { image: alpine }`);
    const run = await runFake(wf, { main: { ms: 3_600_000 } });
    expect(run.phase).toBe('Failed');
    expect(run.message).toBe('Pod was active on the node longer than the specified deadline');
    expect(run.events.at(-1)?.at).toBe(30_000);
  });

  it('timeout, activeDeadlineSeconds and retryStrategy fields may name the template\'s inputs, as Argo substitutes them', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: timed, template: timed, arguments: { parameters: [{ name: t, value: 5s }] } }
      - { name: ads, template: ads, arguments: { parameters: [{ name: s, value: '7' }] } }
      - { name: limited, template: limited, arguments: { parameters: [{ name: n, value: '2' }] } }
  - name: timed
    inputs: { parameters: [{ name: t }] }
    timeout: '{{inputs.parameters.t}}'
    container: { image: alpine }
  - name: ads
    inputs: { parameters: [{ name: s }] }
    activeDeadlineSeconds: '{{inputs.parameters.s}}'
    container: { image: alpine }
  - name: limited
    inputs: { parameters: [{ name: n }] }
    retryStrategy: { limit: '{{inputs.parameters.n}}' }
    container: { image: alpine }`,
    );
    const run = await runFake(wf, { timed: { ms: 60_000 }, ads: { ms: 60_000 }, limited: { phase: 'Failed' } });
    expect(run.nodes['t[0].timed']).toMatchObject({ phase: 'Failed', finishedAt: '2024-01-01T00:00:05.000Z' });
    expect(run.nodes['t[0].ads']).toMatchObject({ phase: 'Failed', finishedAt: '2024-01-01T00:00:07.000Z' });
    expect(run.attempts('limited')).toBe(3);
  });

  it('the workflow activeDeadlineSeconds fails running nodes, starts nothing new, and still runs the exit handler', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: long, template: long }
    - - { name: never, template: ok }
  - name: long
    container: { image: alpine }
  - name: bye
    container: { image: alpine }
${LEAVES}`,
      '  activeDeadlineSeconds: 60\n  onExit: bye',
    );
    const run = await runFake(wf, { long: { ms: 600_000 } });
    expect(run.phase).toBe('Failed');
    expect(run.nodes['t[0].long']?.message).toBe('Step exceeded its deadline');
    expect(run.ran('never')).toBe(false);
    expect(run.ran('t.onExit')).toBe(true);
  });
});

describe('parallelism', () => {
  const maxConcurrent = (events: ReadonlyArray<{ readonly type: string; readonly node: string }>, leaves: ReadonlySet<string>): number => {
    let now = 0;
    let most = 0;
    for (const e of events) {
      if (!leaves.has(e.node)) continue;
      now += e.type === 'Started' ? 1 : e.type === 'Finished' ? -1 : 0;
      most = Math.max(most, now);
    }
    return most;
  };
  const fanOut = (spec: string, templateParallelism: string): ReturnType<typeof workflowOf> =>
    workflowOf(
      `
  - name: main
${templateParallelism}
    steps:
    - - { name: w, template: work, withSequence: { count: '6' } }
  - name: work
    container: { image: alpine }`,
      spec,
    );

  it('spec.parallelism and template parallelism bound the pods running at once', async () => {
    for (const [spec, tmpl, limit] of [
      ['  parallelism: 2', '', 2],
      ['', '    parallelism: 3', 3],
      ['', '', 6],
    ] as const) {
      const run = await runFake(fanOut(spec, tmpl), { work: { ms: 1000 } });
      const leaves = new Set(Object.values(run.nodes).filter((n) => n.type === 'Pod').map((n) => n.name));
      expect(leaves.size).toBe(6);
      expect(maxConcurrent(run.events, leaves)).toBe(limit);
      expect(run.events.at(-1)?.at).toBe(Math.ceil(6 / limit) * 1000);
    }
  });
});
