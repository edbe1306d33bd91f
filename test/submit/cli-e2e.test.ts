import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { PROCESS_RUN_MS, PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { useFixture } from './submit-test-kit.js';

const TOKEN = 'e2e-token-0123456789';

/** Runs `bin/tiphys.js` as its own process; async so the fixture in this process keeps serving. */
const tiphys = (fx: ArgoServerFixture, args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['bin/tiphys.js', ...args],
      { env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ARGO_SERVER: fx.address, ARGO_SECURE: 'false', ARGO_TOKEN: `Bearer ${TOKEN}`, ...env }, timeout: PROCESS_RUN_MS },
      (err, stdout, stderr) => resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr }),
    );
  });

describe('tiphys CLI as a process', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f), { token: TOKEN });

  it('submit examples/dag-diamond.ts --watch succeeds, creates one workflow, keeps the token out of --verbose', async () => {
    const r = await tiphys(fx, ['submit', 'examples/dag-diamond.ts', '--watch', '--verbose']);
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.code).toBe(0);
    const [wf] = fx.store.list('argo');
    expect(fx.store.list('argo')).toHaveLength(1);
    expect(r.stdout).toContain(`${wf?.metadata.name} Succeeded`);
    expect(r.stdout).toMatch(/└─✔ D\s+echo\s+Succeeded/);
    expect(r.stderr).toContain('> POST /api/v1/workflows/argo (Authorization: [REDACTED])');
  }, PROCESS_TEST_MS);

  it('exits 1 when the watched run fails, and when the token is wrong (saying how to fix it)', async () => {
    fx.store.options.outcome = () => 'Failed';
    const failed = await tiphys(fx, ['submit', 'examples/dag-diamond.ts', '--wait']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/dag-diamond-[a-z0-9]{5} Failed/);
    const denied = await tiphys(fx, ['list'], { ARGO_TOKEN: 'nope-nope-nope' });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain('HTTP 401');
    expect(denied.stderr).toContain('Set ARGO_TOKEN');
    expect(denied.stderr).not.toContain('nope-nope-nope');
  }, PROCESS_TEST_MS);
});
