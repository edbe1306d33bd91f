import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { allOperationIds } from '../fixtures/swagger-validator.js';
import { startFixture } from './submit-test-kit.js';

// The fixture must refuse what swagger.json would not accept, or client bugs would pass unseen.
describe('fixture server validates requests against swagger.json', () => {
  let fx: ArgoServerFixture;
  beforeEach(async () => {
    fx = await startFixture();
  });
  afterEach(async () => {
    await fx.close();
  });

  const send = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: { code?: number; message?: string } }> => {
    const res = await fetch(`${fx.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as { code?: number; message?: string } };
  };

  it('knows the 73 operations', () => {
    expect(allOperationIds()).toHaveLength(73);
  });

  it('rejects a misspelt field in a workflow', async () => {
    const r = await send('POST', '/api/v1/workflows/argo', {
      namespace: 'argo',
      workflow: { metadata: { name: 'x' }, spec: { entrypoint: 'a', templates: [{ name: 'a', contaner: { image: 'alpine' } }] } },
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(3);
    expect(r.body.message).toContain('contaner');
    expect(fx.rejections).toHaveLength(1);
    expect(fx.store.list('argo')).toHaveLength(0);
  });

  it('rejects a wrongly typed field, an unknown query parameter, a bad boolean, an unknown path and a wrong method', async () => {
    const typed = await send('POST', '/api/v1/workflows/argo', { namespace: 'argo', serverDryRun: 'yes', workflow: { metadata: {}, spec: {} } });
    expect(typed.status).toBe(400);
    expect((await send('GET', '/api/v1/workflows/argo?listOptions.labelSelektor=a')).status).toBe(400);
    expect((await send('GET', '/api/v1/workflows/argo?listOptions.watch=maybe')).status).toBe(400);
    expect((await send('GET', '/api/v1/workflows/argo?listOptions.limit=ten')).status).toBe(400);
    expect((await send('GET', '/api/v1/workflowz/argo')).status).toBe(404);
    expect((await send('PATCH', '/api/v1/workflows/argo/x')).status).toBe(501);
    expect((await send('POST', '/api/v1/workflows/argo', 'not json')).status).toBe(400);
    expect((await send('GET', '/artifact-files/argo/bogus/x/n1/outputs/a')).status).toBe(400);
    expect(fx.rejections).toHaveLength(8);
    expect(fx.rejections.at(-1)).toContain('"idDiscriminator"=bogus is not one of workflow, archived-workflows');
  });

  it('accepts a valid request', async () => {
    const r = await send('GET', '/api/v1/workflows/argo?listOptions.limit=2&listOptions.labelSelector=a%3Db');
    expect(r.status).toBe(200);
    expect(fx.rejections).toEqual([]);
  });
});
