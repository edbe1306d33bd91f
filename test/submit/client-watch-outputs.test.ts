import * as t from 'io-ts';
import { afterEach, describe, expect, it } from 'vitest';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import type { Codec } from '../../src/interp/typed-io/submittable.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, diamond, startFixture, WAIT_MS } from './submit-test-kit.js';

/** A number carried as its decimal string, like a DSL `param.number` codec. */
const NumberFromString: Codec<number> = new t.Type<number, string, unknown>(
  'NumberFromString',
  (u): u is number => typeof u === 'number',
  (u, c) => (typeof u === 'string' && u.trim() !== '' && !Number.isNaN(Number(u)) ? t.success(Number(u)) : t.failure(u, c)),
  String,
);

describe('Argo Server client: watch, wait, typed outputs', () => {
  let fx: ArgoServerFixture;
  afterEach(async () => {
    expect(fx.rejections).toEqual([]);
    await fx.close();
  });

  it('re-opens the watch when the stream ends mid-way and still reaches the end', async () => {
    // Slow phases so the run is still going when the first stream is cut, even on a loaded machine.
    fx = await startFixture({ cutWatchAfterEvents: 1, stepMs: 300 });
    const logs: Array<string> = [];
    const c = clientFor(fx, { log: (l) => logs.push(l) });
    const wf = await c.create(diamond());
    const phases: Array<string | undefined> = [];
    for await (const w of c.watch(wf.metadata.name ?? '', { reopenDelayMs: 5 })) phases.push(w.status?.phase);
    expect(phases.at(-1)).toBe('Succeeded');
    const opens = fx.requests.filter((r) => r.operation === 'WorkflowService_WatchWorkflows').length;
    expect(opens).toBeGreaterThanOrEqual(2);
    expect(logs.some((l) => l.includes('re-opening'))).toBe(true);
  });

  it('re-opens when the connection drops mid-stream', async () => {
    fx = await startFixture({ cutWatchAfterEvents: 1, cutWatchBy: 'reset', stepMs: 300 });
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const done = await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS, reopenDelayMs: 5 });
    expect(done.status?.phase).toBe('Succeeded');
    expect(fx.requests.filter((r) => r.operation === 'WorkflowService_WatchWorkflows').length).toBeGreaterThanOrEqual(2);
  });

  it('a retriable error inside the stream re-opens it; a 403 inside the stream is reported', async () => {
    fx = await startFixture({ stepMs: 150 });
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    fx.inject({ operation: 'WorkflowService_WatchWorkflows', kind: 'stream-error', status: 503, message: 'informer not ready' });
    expect((await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS, reopenDelayMs: 5 })).status?.phase).toBe('Succeeded');
    fx.inject({ operation: 'WorkflowService_WatchWorkflows', kind: 'stream-error', status: 403, message: 'cannot watch workflows' });
    const running = await c.create(diamond());
    const err = (await c.wait(running.metadata.name ?? '', { timeoutMs: WAIT_MS }).catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(403);
    expect(err.message).toContain('cannot watch workflows');
    expect(err.message).toContain('RBAC permission');
  });

  it('re-opens after a connection reset on open', async () => {
    fx = await startFixture();
    fx.inject({ operation: 'WorkflowService_WatchWorkflows', kind: 'reset' });
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const done = await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS, reopenDelayMs: 5 });
    expect(done.status?.phase).toBe('Succeeded');
  });

  it('skips SSE keep-alive comments', async () => {
    fx = await startFixture({ keepAliveMs: 5, stepMs: 60 });
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const done = await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS });
    expect(done.status?.phase).toBe('Succeeded');
    expect(fx.keepAlivesSent()).toBeGreaterThan(0);
  });

  it('watching a workflow that does not exist is a 404 at once, not a silent wait', async () => {
    fx = await startFixture();
    const err = (await clientFor(fx).wait('nope', { timeoutMs: WAIT_MS }).catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(404);
    expect(err.message).toContain('workflows.argoproj.io "nope" not found');
    expect(fx.requests.filter((r) => r.operation === 'WorkflowService_WatchWorkflows')).toHaveLength(0);
  });

  it('wait times out with the last phase seen', async () => {
    // The run takes minutes; giving up within seconds (slack for a loaded machine) shows the deadline worked.
    fx = await startFixture({ stepMs: 60_000 });
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const t0 = Date.now();
    const err = (await c.wait(wf.metadata.name ?? '', { timeoutMs: 200 }).catch((e: unknown) => e)) as SubmitFailure;
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(err.error._tag).toBe('WaitTimeout');
    expect(err.message).toContain(`Workflow ${wf.metadata.name} did not finish within 200 ms`);
  });

  it('submit → wait → typed outputs from the entrypoint node and global outputs', async () => {
    fx = await startFixture({ outputs: () => ({ total: '42' }), globalOutputs: () => ({ label: 'blue' }) });
    const c = clientFor(fx);
    const run = await c.submit(
      { manifest: diamond(), outputCodecs: { total: NumberFromString, label: t.string as Codec<string> }, inputCodecs: { count: NumberFromString } },
      { params: { count: 7 } },
    );
    const done = await run.wait({ timeoutMs: WAIT_MS });
    const total: number = done.outputs.total;
    expect(total).toBe(42);
    expect(done.outputs.label).toBe('blue');
    const sent = JSON.parse(fx.requests.find((r) => r.operation === 'WorkflowService_CreateWorkflow')?.body ?? '{}');
    expect(sent.workflow.spec.arguments.parameters).toEqual([{ name: 'count', value: '7' }]);
  });

  it('a decode failure names the output and the raw value', async () => {
    fx = await startFixture({ outputs: () => ({ total: 'forty-two' }) });
    const run = await clientFor(fx).submit({ manifest: diamond(), outputCodecs: { total: NumberFromString } });
    const err = (await run.wait({ timeoutMs: WAIT_MS }).catch((e: unknown) => e)) as SubmitFailure;
    expect(err.error._tag).toBe('OutputDecodeFailure');
    expect(err.message).toContain('output parameter "total" has raw value "forty-two"');
  });

  it('a failed run throws with its phase, or is returned with throwOnFailure: false', async () => {
    fx = await startFixture({ outcome: () => 'Failed' });
    const c = clientFor(fx);
    const run = await c.submit({ manifest: diamond(), outputCodecs: { total: NumberFromString } });
    await expect(run.wait({ timeoutMs: WAIT_MS })).rejects.toThrow(/finished Failed: child failed/);
    const done = await run.wait({ timeoutMs: WAIT_MS, throwOnFailure: false });
    expect(done.succeeded).toBe(false);
    expect(Object.values(done.workflow.status?.nodes ?? {}).some((n) => n.message === 'Error (exit code 1)')).toBe(true);
  });

  it('rejects an undeclared param before any request', async () => {
    fx = await startFixture();
    const c = clientFor(fx);
    await expect(c.submit({ manifest: diamond(), outputCodecs: {} }, { params: { nope: '1' } })).rejects.toThrow(
      /no parameter "nope" in spec.arguments.parameters \(declared: count\)/,
    );
    expect(fx.requests).toHaveLength(0);
  });
});
