import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { stringify } from 'yaml';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { createClient } from '../../src/interp/submit/argo-client.js';
import { SUBMISSION_LABEL } from '../../src/interp/submit/submission-label.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import { startKubeApi, type KubeFixture } from '../fixtures/kube-api.js';
import { haveOpenssl, makeTestCerts, type TestCerts } from '../fixtures/tls-certs.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { diamond, FAST, startFixture, WAIT_MS } from './submit-test-kit.js';

const HAVE_OPENSSL = haveOpenssl();
if (!HAVE_OPENSSL) console.warn('skipping kube transport tests: openssl is not installed (needed to make test certificates)');

const TOKEN = 'kube-token-abcdef123';
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe.skipIf(!HAVE_OPENSSL)('Kubernetes API transport', () => {
  let certs: TestCerts;
  let kube: KubeFixture;
  let tokenConfig: string;
  let certConfig: string;

  beforeAll(async () => {
    certs = makeTestCerts();
    kube = await startKubeApi(certs, { token: TOKEN, stepMs: 25 });
    const doc = (user: Record<string, unknown>, cluster: Record<string, unknown>) => ({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'test',
      contexts: [{ name: 'other', context: { cluster: 'nowhere', user: 'nobody' } }, { name: 'test', context: { cluster: 'c', user: 'u', namespace: 'team' } }],
      clusters: [{ name: 'c', cluster: { server: kube.url, ...cluster } }],
      users: [{ name: 'u', user }],
    });
    tokenConfig = join(certs.dir, 'token.kubeconfig');
    writeFileSync(tokenConfig, stringify(doc({ token: TOKEN }, { 'certificate-authority-data': b64(certs.ca) })));
    // Relative paths resolve against the kubeconfig's folder, as kubectl does.
    certConfig = join(certs.dir, 'cert.kubeconfig');
    writeFileSync(certConfig, stringify(doc({ 'client-certificate': 'client.crt', 'client-key': 'client.key' }, { 'certificate-authority': 'ca.crt' })));
  }, PROCESS_TEST_MS);
  afterAll(async () => {
    await kube.close();
  });

  const client = (kubeconfig: string, env: Record<string, string> = {}) =>
    createClient({ mode: 'kube', env: { KUBECONFIG: kubeconfig, ...env }, ...FAST });

  it('uses the current context: server, CA, token and namespace', async () => {
    const c = client(tokenConfig);
    const wf = await c.create(diamond());
    expect(wf.metadata.namespace).toBe('team');
    expect(wf.metadata.labels?.[SUBMISSION_LABEL]).toBeDefined();
    const req = kube.requests.find((r) => r.method === 'POST');
    expect(req?.path).toBe('/apis/argoproj.io/v1alpha1/namespaces/team/workflows');
    expect(req?.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    const done = await c.wait(wf.metadata.name ?? '', { timeoutMs: WAIT_MS });
    expect(done.status?.phase).toBe('Succeeded');
  });

  it('authenticates with a client certificate (no token sent)', async () => {
    const c = client(certConfig, { ARGO_NAMESPACE: 'certs' });
    const wf = await c.create(diamond());
    expect(wf.metadata.namespace).toBe('certs');
    const last = kube.requests.filter((r) => r.method === 'POST').at(-1);
    expect(last?.headers['authorization']).toBeUndefined();
  });

  it('uses the in-cluster service account when there is no kubeconfig', async () => {
    const sa = join(certs.dir, 'sa');
    mkdirSync(sa, { recursive: true });
    writeFileSync(join(sa, 'token'), `${TOKEN}\n`);
    writeFileSync(join(sa, 'ca.crt'), certs.ca);
    writeFileSync(join(sa, 'namespace'), 'pod-ns');
    const port = new URL(kube.url).port;
    const c = createClient({
      mode: 'kube',
      env: { HOME: join(certs.dir, 'no-home'), KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port },
      kube: { serviceAccountDir: sa },
      ...FAST,
    });
    expect((await c.list()).items).toEqual([]);
    expect(kube.requests.at(-1)?.path).toBe('/apis/argoproj.io/v1alpha1/namespaces/pod-ns/workflows');
  });

  it('a wrong token is a 401 with the fix, without the token', async () => {
    const bad = join(certs.dir, 'bad.kubeconfig');
    writeFileSync(bad, stringify({
      'current-context': 'x',
      contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }],
      clusters: [{ name: 'c', cluster: { server: kube.url, 'certificate-authority-data': b64(certs.ca) } }],
      users: [{ name: 'u', user: { token: 'not-the-token-999' } }],
    }));
    const err = (await client(bad).list().catch((e: unknown) => e)) as SubmitFailure;
    expect(err.status).toBe(401);
    expect(err.message).toContain('(Unauthorized)');
    expect(err.message).toContain('kubeconfig user');
    expect(err.message).not.toContain('not-the-token-999');
  });

  it('refuses an unknown CA unless ARGO_INSECURE_SKIP_VERIFY', async () => {
    const noCa = join(certs.dir, 'noca.kubeconfig');
    writeFileSync(noCa, stringify({
      'current-context': 'x',
      contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }],
      clusters: [{ name: 'c', cluster: { server: kube.url } }],
      users: [{ name: 'u', user: { token: TOKEN } }],
    }));
    const err = (await createClient({ mode: 'kube', env: { KUBECONFIG: noCa }, ...FAST, retryLimit: 0 }).list().catch((e: unknown) => e)) as SubmitFailure;
    expect(err.error._tag).toBe('TlsFailure');
    await expect(client(noCa, { ARGO_INSECURE_SKIP_VERIFY: 'true' }).list()).resolves.toBeDefined();
  });

  it('a create whose connection resets is made once', async () => {
    kube.inject({ operation: 'POST /apis/argoproj.io/v1alpha1/namespaces/dup/workflows', kind: 'reset' });
    const c = client(tokenConfig, { ARGO_NAMESPACE: 'dup' });
    await c.create(diamond());
    expect(kube.store.list('dup')).toHaveLength(1);
  });

  it('get, list, watch, logs, delete, actions as patches, resubmit; lint and retry need the Argo Server', async () => {
    // The run stays Running until terminated, however slow the machine.
    const step = kube.store.options.stepMs;
    kube.store.options.stepMs = 60_000;
    onTestFinished(() => {
      kube.store.options.stepMs = step;
    });
    const c = client(tokenConfig, { ARGO_NAMESPACE: 'ops' });
    const a = (await c.create(diamond())).metadata.name ?? '';
    expect((await c.get(a)).metadata.name).toBe(a);
    expect((await c.list({ fieldSelector: `metadata.name=${a}` })).items).toHaveLength(1);
    expect((await c.action(a, 'suspend')).spec).toMatchObject({ suspend: true });
    expect((await c.action(a, 'resume')).spec).not.toHaveProperty('suspend');
    expect((await c.action(a, 'terminate')).status?.message).toBe("Stopped with strategy 'Terminate'");
    const patches = kube.requests.filter((r) => r.method === 'PATCH').map((r) => [r.headers['content-type'], JSON.parse(r.body)]);
    expect(patches).toEqual([
      ['application/merge-patch+json', { spec: { suspend: true } }],
      ['application/merge-patch+json', { spec: { suspend: null } }],
      ['application/merge-patch+json', { spec: { shutdown: 'Terminate' } }],
    ]);
    const lines: Array<string> = [];
    for await (const l of c.logs(a)) lines.push(l.content ?? '');
    expect(lines).toEqual([`hello from ${a}`, 'done']);
    const re = await c.action(a, 'resubmit');
    expect(re.metadata.name).toMatch(new RegExp(`^${a}-`));
    await expect(c.action(a, 'retry')).rejects.toThrow(/retry is not available in --mode kube/);
    await expect(c.lint(diamond())).rejects.toThrow(/lint is not available in --mode kube/);
    await c.delete(a);
    expect(((await c.get(a).catch((e: unknown) => e)) as SubmitFailure).message).toContain('(NotFound)');
    await expect(c.version()).resolves.toMatchObject({ gitVersion: 'v1.31.0' });
  });

  it('templates and cron workflows: create, get, update, delete, submit from them', async () => {
    const c = client(tokenConfig, { ARGO_NAMESPACE: 'tmpl' });
    const spec = diamond().spec as Record<string, unknown>;
    await c.resource.create('WorkflowTemplate', { metadata: { name: 't1' }, spec });
    await c.resource.create('ClusterWorkflowTemplate', { metadata: { name: 'ct1' }, spec });
    await c.resource.create('CronWorkflow', { metadata: { name: 'cr1' }, spec: { schedules: ['0 * * * *'], workflowSpec: spec } });
    const updated = await c.resource.update('WorkflowTemplate', { metadata: { name: 't1', labels: { v: '2' } }, spec });
    expect(updated.metadata.labels).toEqual({ v: '2' });
    expect(kube.requests.some((r) => r.path === '/apis/argoproj.io/v1alpha1/clusterworkflowtemplates' && r.method === 'POST')).toBe(true);
    const fromT = await c.submitFrom('WorkflowTemplate', 't1', { parameters: ['count=2'] });
    expect(fromT.spec).toMatchObject({ workflowTemplateRef: { name: 't1' }, arguments: { parameters: [{ name: 'count', value: '2' }] } });
    const fromC = await c.submitFrom('ClusterWorkflowTemplate', 'ct1');
    expect(fromC.spec).toMatchObject({ workflowTemplateRef: { name: 'ct1', clusterScope: true } });
    const fromCron = await c.submitFrom('CronWorkflow', 'cr1');
    expect(fromCron.spec).toMatchObject({ entrypoint: 'diamond' });
    expect((await c.cron('cr1', 'suspend')).spec).toMatchObject({ suspend: true });
    expect((await c.resource.list('WorkflowTemplate')).items.map((i) => i.metadata.name)).toEqual(['t1']);
    await c.resource.delete('WorkflowTemplate', 't1');
    await expect(c.resource.get('WorkflowTemplate', 't1')).rejects.toThrow(/not found/);
  });

  it('the CLI submits and waits with --mode kube and --kubeconfig', async () => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, isTTY: false };
    const code = await main(['submit', 'examples/dag-diamond.ts', '--wait', '--mode', 'kube', '--kubeconfig', tokenConfig, '-n', 'cli'], io);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [wf] = kube.store.list('cli');
    expect(stdout).toContain(`${wf?.metadata.name} Succeeded`);
  });
});

describe.skipIf(!HAVE_OPENSSL)('Argo Server over HTTPS', () => {
  let certs: TestCerts;
  let fx: ArgoServerFixture;
  beforeAll(async () => {
    certs = makeTestCerts();
    fx = await startFixture({ tls: { key: certs.serverKey, cert: certs.serverCert } });
  }, PROCESS_TEST_MS);
  afterAll(async () => {
    await fx.close();
  });

  it('is the default (ARGO_SECURE unset); an unknown certificate fails unless ARGO_INSECURE_SKIP_VERIFY', async () => {
    const env = { ARGO_SERVER: fx.address };
    const err = (await createClient({ env, ...FAST, retryLimit: 0 }).version().catch((e: unknown) => e)) as SubmitFailure;
    expect(err.error._tag).toBe('TlsFailure');
    expect(err.message).toMatch(/certificate/);
    expect(err.message).toContain('ARGO_INSECURE_SKIP_VERIFY=true');
    await expect(createClient({ env: { ...env, ARGO_INSECURE_SKIP_VERIFY: 'true' }, ...FAST }).version()).resolves.toMatchObject({ version: 'v4.1.2' });
    expect(fx.requests).toHaveLength(1);
  });
});

describe('kubeconfig credential plugins', () => {
  it('are refused with a message saying what to use instead', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiphys-kc-'));
    const path = join(dir, 'config');
    writeFileSync(path, stringify({
      'current-context': 'eks',
      contexts: [{ name: 'eks', context: { cluster: 'c', user: 'aws' } }],
      clusters: [{ name: 'c', cluster: { server: 'https://example.invalid' } }],
      users: [{ name: 'aws', user: { exec: { command: 'aws', args: ['eks', 'get-token'] } } }],
    }));
    expect(() => createClient({ mode: 'kube', env: { KUBECONFIG: path } })).toThrow(/exec or auth-provider plugin, which tiphys does not run/);
  });
});
