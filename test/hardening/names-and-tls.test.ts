// Requests go only where they are meant to: names are checked (DNS-1123) before any request, TLS
// fails closed on odd ARGO_SECURE values, -k warns once, a refused certificate is not retried, and
// server text is shown bounded and with control characters escaped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createClient, type ArgoClient } from '../../src/interp/submit/argo-client.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import { ESCAPES, startHostileServer, type HostileServer } from '../fixtures/hostile-server.js';
import { haveOpenssl, makeTestCerts } from '../fixtures/tls-certs.js';
import { runCli } from '../support/run-cli.js';
import { startFixture } from '../submit/submit-test-kit.js';

const failure = async (p: Promise<unknown> | (() => Promise<unknown>)): Promise<SubmitFailure> => {
  const e = await (typeof p === 'function' ? p() : p).then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof SubmitFailure)) throw new Error(`expected a SubmitFailure, got ${String(e)}`);
  return e;
};

const drain = async (it: AsyncIterable<unknown>): Promise<void> => {
  for await (const _ of it) void _;
};

/** Every call that puts a name or namespace into a request path. */
const ENDPOINTS: ReadonlyArray<readonly [string, (c: ArgoClient, name: string, ns: string) => Promise<unknown>]> = [
  ['get', (c, n, ns) => c.get(n, ns)],
  ['delete', (c, n, ns) => c.delete(n, ns)],
  ...(['stop', 'terminate', 'suspend', 'resume', 'retry', 'resubmit'] as const).map(
    (a) => [`action ${a}`, (c: ArgoClient, n: string, ns: string) => c.action(n, a, { namespace: ns })] as const,
  ),
  ['logs', (c, n, ns) => drain(c.logs(n, { namespace: ns }))],
  ['watch', (c, n, ns) => drain(c.watch(n, { namespace: ns }))],
  ['wait', (c, n, ns) => c.wait(n, { namespace: ns })],
  ['list', (c, _n, ns) => c.list({ namespace: ns })],
  ['create', (c, _n, ns) => c.create({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { name: 'ok' }, spec: {} }, { namespace: ns })],
  ['lint', (c, _n, ns) => c.lint({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { name: 'ok' }, spec: {} }, ns)],
  ['submitFrom', (c, n, ns) => c.submitFrom('WorkflowTemplate', n, { namespace: ns })],
  ...(['WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'] as const).flatMap((k) => [
    [`resource get ${k}`, (c: ArgoClient, n: string, ns: string) => c.resource.get(k, n, ns)] as const,
    [`resource delete ${k}`, (c: ArgoClient, n: string, ns: string) => c.resource.delete(k, n, ns)] as const,
    [`resource update ${k}`, (c: ArgoClient, n: string, ns: string) => c.resource.update(k, { apiVersion: 'argoproj.io/v1alpha1', kind: k, metadata: { name: n }, spec: {} }, ns)] as const,
    [`resource list ${k}`, (c: ArgoClient, _n: string, ns: string) => c.resource.list(k, { namespace: ns })] as const,
  ]),
  ['cron suspend', (c, n, ns) => c.cron(n, 'suspend', ns)],
  ['cron resume', (c, n, ns) => c.cron(n, 'resume', ns)],
];

const SERVER_ONLY: ReadonlyArray<readonly [string, (c: ArgoClient, name: string, ns: string) => Promise<unknown>]> = [
  ['setNode', (c, n, ns) => c.server.setNode(n, { namespace: ns, nodeFieldSelector: 'id=x' })],
  ['podLogs', (c, n, ns) => drain(c.server.podLogs(n, 'pod', { namespace: ns }))],
  ['podLogs pod', (c, n, ns) => drain(c.server.podLogs('wf', n, { namespace: ns }))],
  ['events', (c, _n, ns) => drain(c.server.events({ namespace: ns }))],
  ['artifact', (c, n, ns) => c.server.artifact({ namespace: ns, name: n, nodeId: 'a', artifactName: 'b' })],
  // Node ids are not Kubernetes names: only segments that would be resolved away are refused.
  ['artifact by uid', (c, n) => c.server.artifact({ uid: 'u', nodeId: n, artifactName: 'b' })],
  ['artifactFile', (c, n, ns) => c.server.artifactFile({ workflow: n }, 'node', 'art', ns)],
  ['archive retry', (c, n, ns) => c.archive.retry('uid', n, { namespace: ns })],
  ['archive resubmit', (c, n, ns) => c.archive.resubmit('uid', n, { namespace: ns })],
];

const NAME_ONLY = new Set(['list', 'create', 'lint', 'events', 'resource list WorkflowTemplate', 'resource list ClusterWorkflowTemplate', 'resource list CronWorkflow']);

describe('names go into paths only when Kubernetes would accept them', () => {
  let hostile!: HostileServer;
  let kubeconfig!: string;
  beforeAll(async () => {
    hostile = await startHostileServer({ kind: 'body', status: 200, body: '{}' });
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'tiphys-names-')), 'config');
    writeFileSync(
      kubeconfig,
      stringify({
        'current-context': 'c',
        contexts: [{ name: 'c', context: { cluster: 'c', user: 'u' } }],
        clusters: [{ name: 'c', cluster: { server: `http://${hostile.address}` } }],
        users: [{ name: 'u', user: { token: 'kube-token-1234' } }],
      }),
    );
  });
  afterEach(() => {
    hostile.requests.length = 0;
  });
  afterAll(async () => {
    await hostile.close();
  });

  for (const mode of ['argo-server', 'kube'] as const) {
    it(`${mode}: '.', '..', '' and non-DNS names are refused before any request, on every endpoint`, async () => {
      const client = createClient({
        mode,
        env: { ARGO_SERVER: hostile.address, ARGO_SECURE: 'false', KUBECONFIG: kubeconfig },
        retryLimit: 0,
        timeoutMs: 2_000,
      });
      const endpoints = mode === 'kube' ? ENDPOINTS : [...ENDPOINTS, ...SERVER_ONLY];
      for (const [label, call] of endpoints) {
        for (const bad of ['.', '..', '', 'a/b', 'UPPER', '%2e%2e']) {
          if (label === 'artifact by uid' && !['.', '..', ''].includes(bad)) continue;
          const asName = !NAME_ONLY.has(label);
          if (asName) {
            const e = await failure(() => call(client, bad, 'argo'));
            expect(e.message, `${label} name ${JSON.stringify(bad)}`).toMatch(/is not a valid Kubernetes name|a path segment is empty/);
          }
          if (label === 'artifact by uid') continue;
          const e = await failure(() => call(client, 'good-name', bad));
          expect(e.message, `${label} namespace ${JSON.stringify(bad)}`).toContain('is not a valid Kubernetes namespace');
        }
      }
      expect(hostile.requests).toEqual([]);
    }, 60_000);
  }

  it('the CLI: delete . and get .. exit 1 with one line and send nothing', async () => {
    for (const argv of [['delete', '.'], ['get', '..'], ['template', 'delete', '..'], ['list', '-n', '..']]) {
      const r = await runCli(argv, { env: { ARGO_SERVER: hostile.address, ARGO_SECURE: 'false' } });
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(hostile.requests).toEqual([]);
  }, 60_000);
});

describe('TLS fails closed', () => {
  it('ARGO_SECURE: only false turns TLS off, an unknown value is an error before any request', async () => {
    const fx = await startFixture();
    try {
      for (const value of ['no', '0', 'off', 'flase', 'maybe']) {
        const r = await runCli(['list'], { env: { ARGO_SERVER: fx.address, ARGO_SECURE: value } });
        expect(r.code, value).toBe(1);
        expect(r.stderr).toContain(`ARGO_SECURE="${value}" is not true or false`);
      }
      const skip = await runCli(['list'], { env: { ARGO_SERVER: fx.address, ARGO_SECURE: 'false', ARGO_INSECURE_SKIP_VERIFY: 'nah' } });
      expect(skip.stderr).toContain('ARGO_INSECURE_SKIP_VERIFY="nah" is not true or false');
      expect(fx.requests).toEqual([]);
      expect((await runCli(['list'], { env: { ARGO_SERVER: fx.address, ARGO_SECURE: 'FALSE' } })).code).toBe(0);
      expect(createClient({ env: { ARGO_SECURE: 'yes' } }).config.secure).toBe(true);
      expect(createClient({ env: {} }).config.secure).toBe(true);
    } finally {
      await fx.close();
    }
  }, 60_000);

  it.skipIf(!haveOpenssl())('-k prints one warning; a refused certificate fails at once, not after retries', async () => {
    const certs = makeTestCerts();
    const fx = await startFixture({ tls: { key: certs.serverKey, cert: certs.serverCert } });
    try {
      const lines: Array<string> = [];
      const started = Date.now();
      const e = await failure(createClient({ env: { ARGO_SERVER: fx.address }, retryLimit: 3, backoffMs: 1_500, log: (l) => lines.push(l) }).version());
      expect(e.error._tag).toBe('TlsFailure');
      expect(e.message).toContain('ARGO_INSECURE_SKIP_VERIFY=true');
      expect(lines.filter((l) => l.startsWith('~ retry'))).toEqual([]);
      expect(Date.now() - started).toBeLessThan(1_500);
      const k = await runCli(['list', '-k'], { env: { ARGO_SERVER: fx.address } });
      expect(k.code).toBe(0);
      expect(k.stderr.match(/TLS certificate verification is off/g)).toHaveLength(1);
      const env = await runCli(['list'], { env: { ARGO_SERVER: fx.address, ARGO_INSECURE_SKIP_VERIFY: 'true' } });
      expect(env.stderr.match(/TLS certificate verification is off/g)).toHaveLength(1);
      const safe = await runCli(['list', '--secure', 'true'], { env: { ARGO_SERVER: fx.address } });
      expect(safe.stderr).not.toContain('verification is off');
    } finally {
      await fx.close();
    }
  }, 60_000);
});

describe('server text is shown bounded, with control characters escaped', () => {
  let hostile!: HostileServer;
  beforeAll(async () => {
    hostile = await startHostileServer();
  });
  afterEach(() => {
    hostile.requests.length = 0;
  });
  afterAll(async () => {
    await hostile.close();
  });
  const cli = (...argv: ReadonlyArray<string>) => runCli(argv, { env: { ARGO_SERVER: hostile.address, ARGO_SECURE: 'false' } });

  it('a 3 MB error message is cut, saying how much was left out', async () => {
    hostile.reply({ kind: 'huge-body', status: 500, bytes: 3_000_000 });
    const r = await cli('get', 'wf', '--request-timeout', '10s');
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(5_000);
    expect(r.stderr).toMatch(/… \(\d+ more characters\)/);
  }, 60_000);

  it('escape sequences in an error, a name or a phase are printed escaped', async () => {
    hostile.reply({ kind: 'control-characters', status: 500 });
    const err = await cli('get', 'wf');
    hostile.reply({ kind: 'control-characters', status: 200 });
    const ok = await cli('get', 'wf');
    for (const r of [err, ok]) {
      expect(r.stdout + r.stderr).not.toMatch(/[\x07\x1b\r]/);
      expect(r.stdout + r.stderr).toContain('\\u001b]0;owned\\u0007');
    }
    expect(ESCAPES).toContain('\x1b');
  }, 60_000);

  it('a generateName with escapes (written as YAML escapes) is printed escaped by lint', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiphys-esc-')), 'evil.yaml');
    writeFileSync(file, 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: "x\\e]0;owned\\a-"\nspec:\n  entrypoint: nowhere\n  templates: []\n');
    const linted = await runCli(['lint', file]);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toContain('x\\u001b]0;owned\\u0007-');
    expect(linted.stdout + linted.stderr).not.toMatch(/[\x07\x1b]/);
  }, 60_000);
});
