import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../../src/interp/submit/argo-api.js';
import type { ArgoManifest } from '../../src/interp/typed-io/argo-manifest.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { clientFor, diamond, useFixture } from './submit-test-kit.js';

const spec = diamond().spec as Record<string, unknown>;

const objectOf = (kind: ResourceKind, name: string): ArgoManifest =>
  kind === 'CronWorkflow'
    ? { apiVersion: 'argoproj.io/v1alpha1', kind, metadata: { name }, spec: { schedules: ['*/5 * * * *'], workflowSpec: spec } }
    : { apiVersion: 'argoproj.io/v1alpha1', kind, metadata: { name }, spec };

describe('Argo Server client: templates and cron workflows', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));

  for (const kind of ['WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'] as const) {
    it(`${kind}: create, lint, get, list, update, delete, submit from it`, async () => {
      const c = clientFor(fx);
      await expect(c.resource.lint(kind, objectOf(kind, 'one'))).resolves.toMatchObject({ metadata: { name: 'one' } });
      const created = await c.resource.create(kind, objectOf(kind, 'one'));
      expect(created.metadata.name).toBe('one');
      const dup = (await c.resource.create(kind, objectOf(kind, 'one')).catch((e: unknown) => e)) as SubmitFailure;
      expect(dup.status).toBe(409);
      await c.resource.create(kind, objectOf(kind, 'dry'), { dryRun: true });
      expect((await c.resource.list(kind)).items.map((i) => i.metadata.name)).toEqual(['one']);
      const updated = await c.resource.update(kind, { ...objectOf(kind, 'one'), metadata: { name: 'one', labels: { v: '2' } } });
      expect(updated.metadata.labels).toEqual({ v: '2' });
      expect((await c.resource.get(kind, 'one')).metadata.labels).toEqual({ v: '2' });
      const wf = await c.submitFrom(kind, 'one', { parameters: ['count=5'], entryPoint: 'diamond' });
      expect(wf.metadata.name).toMatch(/^one-/);
      expect((wf.spec as { arguments: unknown }).arguments).toEqual({ parameters: [{ name: 'count', value: '5' }] });
      await c.resource.delete(kind, 'one');
      const gone = (await c.resource.get(kind, 'one').catch((e: unknown) => e)) as SubmitFailure;
      expect(gone.status).toBe(404);
      const bodyKeys = fx.requests.filter((r) => r.method === 'POST' && r.operation.startsWith(kind)).map((r) => Object.keys(JSON.parse(r.body)).sort());
      const field = kind === 'CronWorkflow' ? 'cronWorkflow' : 'template';
      for (const keys of bodyKeys) expect(keys).toContain(field);
    });
  }

  it('lint of a broken template returns Argo text', async () => {
    const broken = { ...objectOf('WorkflowTemplate', 'bad'), spec: { ...spec, entrypoint: 'missing' } };
    await expect(clientFor(fx).resource.lint('WorkflowTemplate', broken)).rejects.toThrow(/spec.entrypoint template 'missing' undefined/);
  });

  it('suspends and resumes a CronWorkflow', async () => {
    const c = clientFor(fx);
    await c.resource.create('CronWorkflow', objectOf('CronWorkflow', 'nightly'));
    expect((await c.cron('nightly', 'suspend')).spec).toMatchObject({ suspend: true });
    expect((await c.cron('nightly', 'resume')).spec).toMatchObject({ suspend: false });
  });
});
