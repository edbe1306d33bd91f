import { getEventListeners } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/interp/submit/argo-client.js';
import { SubmitFailure } from '../../src/interp/submit/submit-error.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { runCli } from '../support/run-cli.js';
import { clientFor, diamond, startFixture } from './submit-test-kit.js';

const DIAMOND = 'examples/dag-diamond.ts';

/** A TCP server that counts connections: any would mean a request went out. */
const tripwire = async (): Promise<{ readonly address: string; readonly connections: () => number; readonly server: Server }> => {
  let n = 0;
  const server = createServer((s) => {
    n++;
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { address: `127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => n, server };
};

/** `host:port` where nothing listens (a port just released). */
const closedPort = async (): Promise<string> => {
  const t = await tripwire();
  await new Promise((r) => t.server.close(r));
  return t.address;
};

const timed = async <A>(f: () => Promise<A>): Promise<{ readonly value: A; readonly ms: number }> => {
  const t0 = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t0 };
};

describe('submission fails fast and says why', () => {
  it('no server configured: one line naming ARGO_SERVER and the default localhost:2746 it tried', async () => {
    const { value: r, ms } = await timed(() => runCli(['submit', DIAMOND], { env: {} }));
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ARGO_SERVER');
    expect(lines[0]).toContain('localhost:2746');
    expect(lines[0]).toContain('connection refused');
    expect(lines[0]).not.toContain('may have been created');
    expect(ms).toBeLessThan(5000);
  }, 60_000);

  it('--mode kube: a refused connection names the kubeconfig it came from', async () => {
    const server = await closedPort();
    const dir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/tiphys-kube-`);
    const kubeconfig = `${dir}/config`;
    (await import('node:fs')).writeFileSync(
      kubeconfig,
      `apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters: [{name: k, cluster: {server: "https://${server}"}}]\n` +
        `contexts: [{name: c, context: {cluster: k, user: u}}]\nusers: [{name: u, user: {token: t}}]\n`,
    );
    const r = await runCli(['submit', DIAMOND, '--mode', 'kube', '--kubeconfig', kubeconfig], { env: {} });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`kubeconfig ${kubeconfig} context c`)]);
    expect(r.stderr).toContain('connection refused');
  }, 60_000);

  it('ECONNREFUSED on a create is neither retried nor described as a possibly-created workflow', async () => {
    const server = await closedPort();
    // The default retry policy: before, this retried lookups for ~24 s.
    const c = createClient({ env: {}, server, secure: false });
    const { value: err, ms } = await timed(() => c.create(diamond()).catch((e: unknown) => e));
    expect(err).toBeInstanceOf(SubmitFailure);
    const e = err as SubmitFailure;
    expect(e.error._tag).toBe('NetworkFailure');
    expect(e.message).not.toContain('may have been created');
    expect(e.message).toContain(`the Argo Server at http://${server}/: connection refused`);
    expect(ms).toBeLessThan(3000);
  }, 60_000);

  it('ECONNREFUSED on a lookup is not retried either', async () => {
    const c = createClient({ env: {}, server: await closedPort(), secure: false });
    const { value: err, ms } = await timed(() => c.get('x').catch((e: unknown) => e));
    expect((err as SubmitFailure).error._tag).toBe('NetworkFailure');
    expect(ms).toBeLessThan(3000);
  }, 60_000);

  it('--dry-run never touches the network', async () => {
    const t = await tripwire();
    try {
      const { value: r, ms } = await timed(() => runCli(['submit', DIAMOND, '--dry-run', '-o', 'yaml'], { env: { ARGO_SERVER: t.address } }));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('generateName: dag-diamond-');
      expect(r.stdout).toContain('namespace: argo');
      expect(t.connections()).toBe(0);
      expect(ms).toBeLessThan(5000);
    } finally {
      await new Promise((r) => t.server.close(r));
    }
  }, 60_000);
});

describe('watching', () => {
  let fx: ArgoServerFixture | undefined;
  afterEach(async () => {
    expect(fx?.rejections).toEqual([]);
    await fx?.close();
  });

  it('a 1000-event watch adds no abort listeners to the signal', async () => {
    // Every stream is cut after one event, so each event is one re-open: where listeners leaked.
    fx = await startFixture({ cutWatchAfterEvents: 1, stepMs: 600_000 });
    const c = clientFor(fx);
    const wf = await c.create(diamond());
    const ctl = new AbortController();
    const listeners = (): number => getEventListeners(ctl.signal, 'abort').length;
    const before = listeners();
    let events = 0;
    let most = 0;
    for await (const _ of c.watch(wf.metadata.name ?? '', { signal: ctl.signal, reopenDelayMs: 0 })) {
      most = Math.max(most, listeners());
      if (++events === 1000) break;
    }
    expect(events).toBe(1000);
    // At most the one request in flight listens while the watch runs, and nothing once it is done.
    expect(most - before).toBeLessThanOrEqual(1);
    expect(listeners()).toBe(before);
  }, 120_000);
});
