import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUBMISSION_LABEL } from '../../src/interp/submit/submission-label.js';
import { createClient } from '../../src/interp/submit/argo-client.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, diamond, startFixture, useFixture } from './submit-test-kit.js';

const CREATE = 'WorkflowService_CreateWorkflow';
const GET = 'WorkflowService_GetWorkflow';
const count = (fx: ArgoServerFixture, op: string): number => fx.requests.filter((r) => r.operation === op).length;

describe('Argo Server client: faults', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));

  it('a create whose response is lost yields exactly one workflow, found by its label', async () => {
    fx.inject({ operation: CREATE, kind: 'lose-response' });
    const wf = await clientFor(fx).create(diamond());
    expect(fx.store.list('argo')).toHaveLength(1);
    expect(fx.store.list('argo')[0]?.metadata.name).toBe(wf.metadata.name);
    expect(count(fx, CREATE)).toBe(1);
    const lookup = fx.requests.find((r) => r.operation === 'WorkflowService_ListWorkflows');
    expect(decodeURIComponent(lookup?.query ?? '')).toContain(`listOptions.labelSelector=${SUBMISSION_LABEL}=`);
  });

  it('a create that is slower than the timeout is not duplicated when it lands after the lookup', async () => {
    // The create is still in flight when the client looks up; whichever create lands second hits 409 on the
    // fixed name. The gap between timeout and landing leaves the lookup seconds to spare on a loaded machine.
    fx.inject({ operation: CREATE, kind: 'slow', delayMs: 3000 });
    const c = clientFor(fx, { timeoutMs: 500, backoffMs: 5 });
    const wf = await c.create(diamond());
    await fx.settled();
    expect(fx.store.list('argo').map((w) => w.metadata.name)).toEqual([wf.metadata.name]);
    expect(count(fx, CREATE)).toBeGreaterThanOrEqual(2);
  });

  it('a lost create the label lookup cannot see yet resolves through 409 on the fixed name, not a second run', async () => {
    fx.store.options.listLagMs = 60_000;
    fx.inject({ operation: CREATE, kind: 'lose-response' });
    const wf = await clientFor(fx).create(diamond(), { submissionId: 'lagged' });
    expect(fx.store.list('argo').map((w) => w.metadata.name)).toEqual([wf.metadata.name]);
    expect(wf.metadata.labels?.[SUBMISSION_LABEL]).toBe('lagged');
    expect(count(fx, CREATE)).toBe(2);
    expect(count(fx, GET)).toBe(1);
  });

  it('a create reset before it is processed is sent again and made once', async () => {
    fx.inject({ operation: CREATE, kind: 'reset', times: 2 });
    await clientFor(fx).create(diamond());
    expect(fx.store.list('argo')).toHaveLength(1);
    expect(count(fx, CREATE)).toBe(3);
  });

  it('a create answered 503 then 429 with Retry-After is retried after the asked delay, once stored', async () => {
    fx.inject({ operation: CREATE, kind: 'status', status: 503 });
    fx.inject({ operation: CREATE, kind: 'status', status: 429, retryAfterSeconds: 0.3 });
    const t0 = Date.now();
    await clientFor(fx).create(diamond());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    expect(fx.store.list('argo')).toHaveLength(1);
    expect(count(fx, CREATE)).toBe(3);
  });

  it('a create that keeps failing ends with the last failure and how to find a run that may exist', async () => {
    fx.inject({ operation: CREATE, kind: 'reset', times: 10 });
    const err = (await clientFor(fx, { retryLimit: 2 }).create(diamond(), { submissionId: 'lost-1' }).catch((e: unknown) => e)) as SubmitFailure;
    expect(err.error._tag).toBe('CreateUncertain');
    expect(err.message).toContain('socket hang up');
    expect(err.message).toContain(`tiphys list -l ${SUBMISSION_LABEL}=lost-1`);
    expect(count(fx, CREATE)).toBe(3);
    expect(fx.store.list('argo')).toHaveLength(0);
  });

  it('a create answered 409 on the first attempt is a conflict, not a success', async () => {
    const c = clientFor(fx);
    await c.create({ ...diamond(), metadata: { name: 'fixed' } });
    const err = (await c.create({ ...diamond(), metadata: { name: 'fixed' } }).catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(409);
    expect(err.message).toContain('workflows.argoproj.io "fixed" already exists');
    expect(fx.store.list('argo')).toHaveLength(1);
  });

  it('idempotent GET retries on reset, 502, 503, 504 and 429 (honouring Retry-After)', async () => {
    const c = clientFor(fx, { retryLimit: 6 });
    const name = (await c.create(diamond())).metadata.name ?? '';
    fx.inject({ operation: GET, kind: 'reset' });
    fx.inject({ operation: GET, kind: 'status', status: 502 });
    fx.inject({ operation: GET, kind: 'status', status: 503 });
    fx.inject({ operation: GET, kind: 'status', status: 504 });
    fx.inject({ operation: GET, kind: 'status', status: 429, retryAfterSeconds: 0.25 });
    const t0 = Date.now();
    await expect(c.get(name)).resolves.toMatchObject({ metadata: { name } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
    expect(count(fx, GET)).toBe(6);
  });

  it('gives up after the retry limit with the last failure', async () => {
    fx.inject({ operation: GET, kind: 'status', status: 503, times: 10, message: 'overloaded' });
    const err = (await clientFor(fx, { retryLimit: 2 }).get('x').catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(503);
    expect(err.message).toContain('overloaded');
    expect(count(fx, GET)).toBe(3);
  });

  it('does not retry a 500 or a non-idempotent resubmit', async () => {
    fx.inject({ operation: GET, kind: 'status', status: 500, message: 'boom' });
    const err = (await clientFor(fx).get('x').catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(500);
    expect(err.message).toContain('boom');
    expect(count(fx, GET)).toBe(1);
    fx.inject({ operation: 'WorkflowService_ResubmitWorkflow', kind: 'status', status: 503 });
    await expect(clientFor(fx).action('x', 'resubmit')).rejects.toThrow(/HTTP 503/);
    expect(count(fx, 'WorkflowService_ResubmitWorkflow')).toBe(1);
  });

  it('times out a slow request with a message naming the request', async () => {
    fx.inject({ operation: GET, kind: 'slow', delayMs: 400, times: 5 });
    const err = (await clientFor(fx, { timeoutMs: 100, retryLimit: 1 }).get('slow').catch((e: unknown) => e)) as SubmitFailure;
    expect(err.error._tag).toBe('RequestTimeout');
    expect(err.message).toContain('GET /api/v1/workflows/argo/slow timed out after 100 ms');
  });

  it('reports a refused connection as a network failure that names the server and where its address came from', async () => {
    const err = (await clientFor(fx, { server: '127.0.0.1:1', retryLimit: 0 }).get('x').catch((e: unknown) => e)) as SubmitFailure;
    expect(err.error._tag).toBe('NetworkFailure');
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.message).toContain('the Argo Server at http://127.0.0.1:1/');
    expect(err.message).toContain('--argo-server');
    const fromEnv = createClient({ env: { ARGO_SERVER: '127.0.0.1:1', ARGO_SECURE: 'false' } });
    expect(await fromEnv.get('x').catch((e: unknown) => (e as Error).message)).toContain('Check ARGO_SERVER');
  });

  it('submit-from-template with a lost response is not duplicated either', async () => {
    const c = clientFor(fx);
    await c.resource.create('WorkflowTemplate', { ...diamond(), kind: 'WorkflowTemplate', metadata: { name: 'tmpl' } });
    fx.inject({ operation: 'WorkflowService_SubmitWorkflow', kind: 'lose-response' });
    const wf = await c.submitFrom('WorkflowTemplate', 'tmpl', { parameters: ['count=3'] });
    expect(fx.store.list('argo').map((w) => w.metadata.name)).toEqual([wf.metadata.name]);
    expect(wf.metadata.labels?.[SUBMISSION_LABEL]).toBeDefined();
  });
});

describe('Argo Server client: auth and redaction', () => {
  const TOKEN = 'sekrit-token-123456';
  let fx: ArgoServerFixture;
  beforeEach(async () => {
    fx = await startFixture({ token: TOKEN });
  });
  afterEach(async () => {
    await fx.close();
  });

  it('accepts "Bearer x" and bare x from ARGO_TOKEN and sends one Bearer header', async () => {
    for (const raw of [`Bearer ${TOKEN}`, TOKEN]) {
      const c = clientFor(fx, { env: { ARGO_TOKEN: raw } });
      await expect(c.list()).resolves.toBeDefined();
    }
    expect(fx.requests.every((r) => r.headers['authorization'] === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('401 says how to fix the token and never shows it; verbose lines redact it', async () => {
    const lines: Array<string> = [];
    const wrong = 'wrong-token-abcdef';
    const c = clientFor(fx, { token: wrong, log: (l) => lines.push(l) });
    const err = (await c.list().catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(401);
    expect(err.message).toContain('token not valid');
    expect(err.message).toContain('Set ARGO_TOKEN');
    expect(lines.some((l) => l.includes('Authorization: [REDACTED]'))).toBe(true);
    for (const text of [err.message, err.stack ?? '', JSON.stringify(err.error), ...lines]) expect(text).not.toContain(wrong);
  });

  it('403 (injected) explains the missing RBAC permission', async () => {
    fx.inject({ kind: 'status', status: 403, message: 'workflows.argoproj.io is forbidden: User "system:serviceaccount:argo:x" cannot list' });
    const err = (await clientFor(fx, { token: TOKEN }).list().catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(403);
    expect(err.message).toContain('cannot list');
    expect(err.message).toContain('RBAC permission');
  });

  it('a server message echoing the token is redacted', async () => {
    fx.inject({ kind: 'status', status: 500, message: `bad header Authorization: Bearer ${TOKEN}` });
    const err = (await clientFor(fx, { token: TOKEN }).list().catch((e: unknown) => e)) as SubmitFailure;
    expect(err.message).toContain('[REDACTED]');
    expect(err.message).not.toContain(TOKEN);
  });
});
