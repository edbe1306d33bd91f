import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgoManifest } from '../../src/interp/typed-io/argo-manifest.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { allOperationIds } from '../fixtures/swagger-validator.js';
import { clientFor, diamond, requested, startFixture, WAIT_MS } from './submit-test-kit.js';

/** The swagger operations the client implements; the rest are event sources, sensors, sync limits, artifacts. */
const COVERED = [
  'WorkflowService_CreateWorkflow',
  'WorkflowService_LintWorkflow',
  'WorkflowService_SubmitWorkflow',
  'WorkflowService_GetWorkflow',
  'WorkflowService_ListWorkflows',
  'WorkflowService_WatchWorkflows',
  'WorkflowService_WorkflowLogs',
  'WorkflowService_PodLogs',
  'WorkflowService_WatchEvents',
  'WorkflowService_DeleteWorkflow',
  'WorkflowService_StopWorkflow',
  'WorkflowService_TerminateWorkflow',
  'WorkflowService_SuspendWorkflow',
  'WorkflowService_ResumeWorkflow',
  'WorkflowService_RetryWorkflow',
  'WorkflowService_ResubmitWorkflow',
  'WorkflowService_SetWorkflow',
  'WorkflowTemplateService_CreateWorkflowTemplate',
  'WorkflowTemplateService_LintWorkflowTemplate',
  'WorkflowTemplateService_GetWorkflowTemplate',
  'WorkflowTemplateService_ListWorkflowTemplates',
  'WorkflowTemplateService_UpdateWorkflowTemplate',
  'WorkflowTemplateService_DeleteWorkflowTemplate',
  'ClusterWorkflowTemplateService_CreateClusterWorkflowTemplate',
  'ClusterWorkflowTemplateService_LintClusterWorkflowTemplate',
  'ClusterWorkflowTemplateService_GetClusterWorkflowTemplate',
  'ClusterWorkflowTemplateService_ListClusterWorkflowTemplates',
  'ClusterWorkflowTemplateService_UpdateClusterWorkflowTemplate',
  'ClusterWorkflowTemplateService_DeleteClusterWorkflowTemplate',
  'CronWorkflowService_CreateCronWorkflow',
  'CronWorkflowService_LintCronWorkflow',
  'CronWorkflowService_GetCronWorkflow',
  'CronWorkflowService_ListCronWorkflows',
  'CronWorkflowService_UpdateCronWorkflow',
  'CronWorkflowService_DeleteCronWorkflow',
  'CronWorkflowService_SuspendCronWorkflow',
  'CronWorkflowService_ResumeCronWorkflow',
  'ArchivedWorkflowService_ListArchivedWorkflows',
  'ArchivedWorkflowService_GetArchivedWorkflow',
  'ArchivedWorkflowService_DeleteArchivedWorkflow',
  'ArchivedWorkflowService_RetryArchivedWorkflow',
  'ArchivedWorkflowService_ResubmitArchivedWorkflow',
  'ArchivedWorkflowService_ListArchivedWorkflowLabelKeys',
  'ArchivedWorkflowService_ListArchivedWorkflowLabelValues',
  'ArtifactService_GetOutputArtifact',
  'ArtifactService_GetInputArtifact',
  'ArtifactService_GetOutputArtifactByUID',
  'ArtifactService_GetInputArtifactByUID',
  'ArtifactService_GetArtifactFile',
  'InfoService_GetVersion',
  'InfoService_GetInfo',
  'InfoService_GetUserInfo',
];

describe('every covered swagger operation, through the client', () => {
  let fx: ArgoServerFixture;
  beforeAll(async () => {
    fx = await startFixture();
  });
  afterAll(async () => {
    await fx.close();
  });

  it('archive: list, get, label keys/values, retry, resubmit, delete', async () => {
    fx.store.options.outcome = () => 'Failed';
    const c = clientFor(fx);
    const wf = await c.create({ ...diamond(), metadata: { generateName: 'arch-', labels: { team: 'a' } } });
    await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS });
    const uid = wf.metadata.uid ?? '';
    const list = await c.archive.list({ namespace: 'argo', namePrefix: 'arch-', labelSelector: 'team=a' });
    expect(list.items.map((w) => w.metadata.uid)).toEqual([uid]);
    expect((await c.archive.get(uid)).status?.phase).toBe('Failed');
    expect(await c.archive.labelKeys()).toContain('team');
    expect(await c.archive.labelValues('team')).toEqual(['a']);
    await c.delete(wf.metadata.name ?? '');
    fx.store.options.outcome = () => 'Succeeded';
    const retried = await c.archive.retry(uid, wf.metadata.name ?? '', { restartSuccessful: false });
    expect(retried.metadata.name).toBe(wf.metadata.name);
    const resubmitted = await c.archive.resubmit(uid, wf.metadata.name ?? '', { memoized: false });
    expect(resubmitted.metadata.name).toMatch(/^arch-[a-z0-9]{5}-[a-z0-9]{5}$/);
    await c.archive.delete(uid);
    await expect(c.archive.get(uid)).rejects.toThrow(/HTTP 404/);
  });

  it('set node outputs, pod logs, kubernetes events, info, user info', async () => {
    const c = clientFor(fx);
    fx.store.options.stepMs = 60;
    const ctl = new AbortController();
    const events: Array<string> = [];
    let target = '';
    const collecting = (async () => {
      for await (const ev of c.server.events({ signal: ctl.signal })) {
        if (ev.involvedObject?.name !== target) continue;
        events.push(ev.reason ?? '');
        if (ev.reason === 'WorkflowSucceeded') ctl.abort();
      }
    })().catch(() => undefined);
    // Events are not replayed: create only once the stream is subscribed.
    await requested(fx, 'WorkflowService_WatchEvents');
    const wf = await c.create({ ...diamond(), metadata: { name: 'evented' } });
    target = 'evented';
    const name = wf.metadata.name ?? '';
    const done = await c.wait(name, { timeoutMs: WAIT_MS });
    await collecting;
    expect(events).toEqual(['WorkflowPending', 'WorkflowRunning', 'WorkflowSucceeded']);
    const set = await c.server.setNode(name, { nodeFieldSelector: 'displayName=A', phase: 'Succeeded', message: 'approved', outputParameters: { ok: 'yes' } });
    const a = Object.values(set.status?.nodes ?? {}).find((n) => n.displayName === 'A');
    expect(a?.message).toBe('approved');
    expect(a?.outputs?.parameters).toEqual([{ name: 'ok', value: 'yes' }]);
    const lines: Array<string> = [];
    for await (const l of c.server.podLogs(name, `${name}-main`)) lines.push(l.content ?? '');
    expect(lines).toEqual([`hello from ${name}`, 'done']);
    expect(done.status?.phase).toBe('Succeeded');
    await expect(c.server.info()).resolves.toMatchObject({ managedNamespace: 'argo' });
    await expect(c.server.userInfo()).resolves.toMatchObject({ serviceAccountName: 'argo-server' });
  });

  it('artifacts: by name, by uid, inputs, artifact files of live and archived workflows', async () => {
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const name = wf.metadata.name ?? '';
    const uid = wf.metadata.uid ?? '';
    await c.wait(name, { timeoutMs: WAIT_MS });
    const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
    expect(text(await c.server.artifact({ namespace: 'argo', name, nodeId: 'n1', artifactName: 'main-logs' }))).toBe(`output artifact main-logs of n1 in ${name}\n`);
    expect(text(await c.server.artifact({ uid, nodeId: 'n1', artifactName: 'data', input: true }))).toBe(`input artifact data of n1 in ${name}\n`);
    expect(text(await c.server.artifact({ namespace: 'argo', name, nodeId: 'n1', artifactName: 'data', input: true }))).toContain('input artifact data');
    expect(text(await c.server.artifact({ uid, nodeId: 'n2', artifactName: 'out' }))).toContain('output artifact out of n2');
    expect(text(await c.server.artifactFile({ workflow: name }, 'n1', 'out'))).toContain('output artifact out of n1');
    expect(text(await c.server.artifactFile({ archivedUid: uid }, 'n1', 'out'))).toContain('output artifact out of n1');
    fx.store.options.artifact = () => undefined;
    await expect(c.server.artifact({ namespace: 'argo', name, nodeId: 'n1', artifactName: 'gone' })).rejects.toThrow(/HTTP 404.*artifact gone not found/);
  });

  it('exercised every covered operation, all accepted by swagger.json', async () => {
    const c = clientFor(fx);
    const spec = diamond().spec;
    const obj = (kind: string, name: string): ArgoManifest =>
      kind === 'CronWorkflow' ? { kind, metadata: { name }, spec: { schedules: ['0 * * * *'], workflowSpec: spec } } : { kind, metadata: { name }, spec };
    for (const kind of ['WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'] as const) {
      await c.resource.lint(kind, obj(kind, 'cov'));
      await c.resource.create(kind, obj(kind, 'cov'));
      await c.resource.get(kind, 'cov');
      await c.resource.list(kind);
      await c.resource.update(kind, obj(kind, 'cov'));
      await c.submitFrom(kind, 'cov');
      await c.resource.delete(kind, 'cov');
    }
    await c.resource.create('CronWorkflow', obj('CronWorkflow', 'cov2'));
    await c.cron('cov2', 'suspend');
    await c.cron('cov2', 'resume');
    await c.lint(diamond());
    const name = (await c.create(diamond())).metadata.name ?? '';
    for (const action of ['suspend', 'resume', 'stop'] as const) await c.action(name, action);
    const other = (await c.create(diamond())).metadata.name ?? '';
    await c.action(other, 'terminate');
    await c.action(other, 'retry');
    await c.action(other, 'resubmit');
    await c.get(name);
    await c.list({ labelSelector: 'a!=b' });
    for await (const _ of c.logs(name)) void _;
    await c.wait(other, { timeoutMs: WAIT_MS });
    await c.delete(name);
    await c.version();

    const hit = new Set(fx.requests.map((r) => r.operation));
    const missing = COVERED.filter((op) => !hit.has(op));
    expect(missing).toEqual([]);
    expect(fx.rejections).toEqual([]);
    expect(COVERED.every((op) => allOperationIds().includes(op))).toBe(true);
    console.info(`swagger operations covered by the client and exercised here: ${COVERED.length} / ${allOperationIds().length}`);
  });
});
