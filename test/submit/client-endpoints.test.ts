import { describe, expect, it } from 'vitest';
import { SUBMISSION_LABEL } from '../../src/interp/submit/submission-label.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, diamond, requested, useFixture, WAIT_MS } from './submit-test-kit.js';

describe('Argo Server client: workflow endpoints', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));

  it('creates with a submission label and a name fixed from generateName', async () => {
    const c = clientFor(fx);
    const wf = await c.create(diamond(), { submissionId: 'sub-1' });
    expect(wf.metadata.name).toMatch(/^diamond-[a-z0-9]{5}$/);
    expect(wf.metadata.labels?.[SUBMISSION_LABEL]).toBe('sub-1');
    expect(fx.store.list('argo').map((w) => w.metadata.name)).toEqual([wf.metadata.name]);
  });

  it('client dry-run and server dry-run store nothing', async () => {
    const c = clientFor(fx);
    const dry = await c.create(diamond(), { dryRun: true });
    const serverDry = await c.create(diamond(), { serverDryRun: true });
    expect(dry.status).toBeUndefined();
    expect(serverDry.metadata.uid).toBeDefined();
    expect(fx.store.list('argo')).toHaveLength(0);
    const bodies = fx.requests.filter((r) => r.operation === 'WorkflowService_CreateWorkflow').map((r) => JSON.parse(r.body));
    expect(bodies[0].createOptions).toEqual({ dryRun: ['All'] });
    expect(bodies[1].serverDryRun).toBe(true);
  });

  it('keeps Argo validation text and HTTP status on a rejected create', async () => {
    const c = clientFor(fx);
    const bad = diamond();
    const spec = bad.spec as { entrypoint: string };
    const err = await c.create({ ...bad, spec: { ...spec, entrypoint: 'nope' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SubmitFailure);
    expect((err as SubmitFailure).status).toBe(400);
    expect((err as SubmitFailure).message).toContain("spec.entrypoint template 'nope' undefined");
  });

  it('lints with Argo-style errors', async () => {
    const c = clientFor(fx);
    await expect(c.lint(diamond())).resolves.toMatchObject({ metadata: { generateName: 'diamond-' } });
    const wf = diamond();
    const spec = wf.spec as { templates: Array<{ dag?: { tasks: Array<{ template: string }> } }> };
    const broken = structuredClone(spec);
    const firstTask = broken.templates[0]?.dag?.tasks[0];
    if (firstTask) firstTask.template = 'missing';
    const err = (await c.lint({ ...wf, spec: broken }).catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(500);
    expect(err.message).toContain("templates.diamond.tasks.A template name 'missing' undefined");
  });

  it('gets, lists with selectors and pages, deletes', async () => {
    const c = clientFor(fx);
    const names: Array<string> = [];
    for (let i = 0; i < 5; i++) names.push((await c.create({ ...diamond(), metadata: { generateName: 'p-', labels: { team: i % 2 === 0 ? 'a' : 'b' } } })).metadata.name ?? '');
    const got = await c.get(names[0] ?? '');
    expect(got.metadata.name).toBe(names[0]);
    const teamA = await c.list({ labelSelector: 'team=a' });
    expect(teamA.items.map((w) => w.metadata.name).sort()).toEqual([names[0], names[2], names[4]].sort());
    const page1 = await c.list({ limit: 2 });
    expect(page1.items).toHaveLength(2);
    const page2 = await c.list({ limit: 2, continue: page1.metadata.continue });
    const page3 = await c.list({ limit: 2, continue: page2.metadata.continue });
    expect(page3.metadata.continue).toBeUndefined();
    expect([...page1.items, ...page2.items, ...page3.items].map((w) => w.metadata.name).sort()).toEqual([...names].sort());
    const byField = await c.list({ fieldSelector: `metadata.name=${names[1]}` });
    expect(byField.items.map((w) => w.metadata.name)).toEqual([names[1]]);
    await c.delete(names[0] ?? '');
    const err = (await c.get(names[0] ?? '').catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(404);
    expect(err.message).toContain('not found');
  });

  it('waits for the end and sees the node tree', async () => {
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const done = await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS });
    expect(done.status?.phase).toBe('Succeeded');
    expect(Object.values(done.status?.nodes ?? {}).map((n) => n.displayName).sort()).toEqual(['A', 'B', 'C', 'D', wf.metadata.name].sort());
  });

  it('watch yields Pending, Running, Succeeded in order and stops at finishedAt', async () => {
    // The run moves on only once the watch is open, so no phase passes unseen however slow the machine.
    fx.store.options.stepMs = 60_000;
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const name = wf.metadata.name ?? '';
    const phases: Array<string | undefined> = [];
    const watching = (async () => {
      for await (const w of c.watch(name)) phases.push(w.status?.phase);
    })();
    await requested(fx, 'WorkflowService_WatchWorkflows');
    for (let i = 0; i < 3; i++) fx.store.advance('argo', name);
    await watching;
    expect(phases.filter((p) => p !== undefined)).toEqual(['Pending', 'Running', 'Succeeded']);
    const watchReq = fx.requests.find((r) => r.operation === 'WorkflowService_WatchWorkflows');
    expect(watchReq?.headers['accept']).toBe('text/event-stream');
    expect(decodeURIComponent(watchReq?.query ?? '')).toContain(`listOptions.fieldSelector=metadata.name=${wf.metadata.name}`);
  });

  it('streams logs', async () => {
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const lines: Array<string> = [];
    for await (const l of c.logs(wf.metadata.name ?? '', { follow: true })) lines.push(`${l.podName}: ${l.content}`);
    expect(lines).toEqual([`${wf.metadata.name}-main: hello from ${wf.metadata.name}`, `${wf.metadata.name}-main: done`]);
    const grepped: Array<string> = [];
    for await (const l of c.logs(wf.metadata.name ?? '', { grep: 'done' })) grepped.push(l.content ?? '');
    expect(grepped).toEqual(['done']);
  });

  it('suspends, resumes, stops, terminates, retries and resubmits', async () => {
    // Runs that stay Running until stopped, however slow the machine; the retried one then finishes.
    const step = fx.store.options.stepMs;
    fx.store.options.stepMs = 60_000;
    const c = clientFor(fx);
    const a = (await c.create(diamond())).metadata.name ?? '';
    const suspended = await c.action(a, 'suspend');
    expect((suspended.spec as { suspend?: boolean }).suspend).toBe(true);
    const resumed = await c.action(a, 'resume');
    expect((resumed.spec as { suspend?: boolean }).suspend).toBeUndefined();
    const stopped = await c.action(a, 'stop', { message: 'enough' });
    expect(stopped.status?.message).toBe("Stopped with strategy 'Stop'");
    const b = (await c.create(diamond())).metadata.name ?? '';
    const terminated = await c.action(b, 'terminate');
    expect(terminated.status?.phase).toBe('Failed');
    expect(terminated.status?.message).toBe("Stopped with strategy 'Terminate'");
    fx.store.options.stepMs = step;
    const retried = await c.action(b, 'retry', { restartSuccessful: true });
    expect(retried.status?.phase).toBe('Running');
    expect((await c.wait(b, { timeoutMs: WAIT_MS })).status?.phase).toBe('Succeeded');
    const resubmitted = await c.action(b, 'resubmit', { memoized: false });
    expect(resubmitted.metadata.name).toMatch(new RegExp(`^${b}-`));
    const bodies = Object.fromEntries(fx.requests.filter((r) => r.method === 'PUT').map((r) => [r.operation, JSON.parse(r.body)]));
    expect(bodies['WorkflowService_StopWorkflow']).toEqual({ name: a, namespace: 'argo', message: 'enough' });
    expect(bodies['WorkflowService_RetryWorkflow']).toEqual({ name: b, namespace: 'argo', restartSuccessful: true });
  });

  it('answers the version endpoint', async () => {
    await expect(clientFor(fx).version()).resolves.toMatchObject({ version: 'v4.1.2' });
  });
});
