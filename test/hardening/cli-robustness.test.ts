// Odd CLI input ends with one clear line and exit 1 or 2, never a stack trace or a silent exit 0.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createClient } from '../../src/interp/submit/argo-client.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';
import { startFixture, useFixture } from '../submit/submit-test-kit.js';

const EXIT0 = 'test/fixtures/hostile/exit0.ts';
const THROWS = 'test/fixtures/hostile/throws-on-render.ts';
const EXITS_ON_RENDER = 'test/fixtures/hostile/exits-on-render.ts';
const { dir, file } = tempFiles('tiphys-cli-robust-');

/** No stack trace: no `    at ` frame lines. */
const noStack = (text: string): void => expect(text).not.toMatch(/^\s+at /m);

describe('user modules cannot end or crash the CLI', () => {
  it('process.exit(0) while loading is reported, naming the module, for lint, build and submit', async () => {
    for (const argv of [['lint', 'test/validate/fixtures/lint-bad.yaml', EXIT0], ['build', EXIT0], ['submit', EXIT0, '--dry-run']]) {
      const r = await runCli(argv, { env: { ARGO_SERVER: '127.0.0.1:9', ARGO_SECURE: 'false' } });
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toContain(EXIT0);
      expect(r.stdout + r.stderr).toContain('called process.exit(0)');
    }
  }, 120_000);

  it('process.exit(0) while rendering is reported, naming the export, for build, lint and submit', async () => {
    for (const argv of [['build', EXITS_ON_RENDER], ['lint', EXITS_ON_RENDER], ['submit', EXITS_ON_RENDER, '--dry-run']]) {
      const r = await runCli(argv, { env: { ARGO_SERVER: '127.0.0.1:9', ARGO_SECURE: 'false' } });
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toContain(`${EXITS_ON_RENDER}#default`);
      expect(r.stdout + r.stderr).toContain('called process.exit(0) while rendering');
    }
  }, 120_000);

  it('an export that throws while rendering: one line per command, exit 1', async () => {
    for (const argv of [['build', THROWS], ['lint', THROWS], ['submit', THROWS, '--dry-run']]) {
      const r = await runCli(argv, { env: { ARGO_SERVER: '127.0.0.1:9', ARGO_SECURE: 'false' } });
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toContain('boom while rendering');
      noStack(r.stdout + r.stderr);
    }
  }, 120_000);
});

describe('odd arguments', () => {
  it('tiphys constructor and -p __proto__=1 are usage errors, not TypeErrors', async () => {
    const ctor = await runCli(['constructor']);
    expect(ctor.code).toBe(2);
    expect(ctor.stderr).toContain("unknown command 'constructor'");
    const proto = await runCli(['submit', 'test/fixtures/submit/count-workflow.ts', '-p', '__proto__=1', '-p', 'n=1', '--dry-run']);
    expect(proto.code).toBe(1);
    expect(proto.stderr).toContain('__proto__');
    noStack(proto.stderr);
  }, 60_000);

  it('-o to a directory, a missing directory or /dev/full: one line, exit 1', async () => {
    mkdirSync(join(dir, 'out-dir'), { recursive: true });
    for (const out of [join(dir, 'out-dir'), join(dir, 'missing', 'x.yaml'), '/dev/full']) {
      for (const argv of [['build', 'examples/dag-diamond.ts', '-o', out], ['import', 'test/fixtures/yaml/under-indented.yaml', '-o', out]]) {
        const r = await runCli(argv);
        expect(r.code, `${argv.join(' ')}`).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`^cannot write ${out.replace(/[/.]/g, '\\$&')}: (EISDIR|ENOENT|ENOSPC)`, 'm'));
        noStack(r.stderr);
      }
    }
  }, 60_000);
});

describe('kubeconfig as kubectl reads it', () => {
  const kubeconfig = (name: string, doc: unknown): string => file(name, stringify(doc));
  const base = (user: unknown, contexts: unknown = [{ name: 'c', context: { cluster: 'c', user: 'u' } }]) => ({
    'current-context': 'c',
    contexts,
    clusters: [{ name: 'c', cluster: { server: 'http://127.0.0.1:9' } }],
    users: user === undefined ? [] : [{ name: 'u', user }],
  });
  const kubeClient = (path: string) => createClient({ mode: 'kube', env: { KUBECONFIG: path } });

  it('a null context entry is passed over; a context naming a missing user is an error', () => {
    const nullEntry = kubeconfig('null.yaml', base({ token: 'tok-12345' }, [null, { name: 'c', context: { cluster: 'c', user: 'u' } }]));
    expect(kubeClient(nullEntry).api.mode).toBe('kube');
    const noUser = kubeconfig('nouser.yaml', base(undefined));
    expect(() => kubeClient(noUser)).toThrow('user "u" of context "c" is not in users');
  });

  it('a relative tokenFile resolves against the kubeconfig folder', async () => {
    const sub = join(dir, 'kube');
    mkdirSync(sub, { recursive: true });
    file('kube/token', 'relative-token-123\n');
    const path = join(sub, 'config');
    file('kube/config', stringify(base({ tokenFile: 'token' })));
    const lines: Array<string> = [];
    // The server does not exist: what matters is that the token file was read (the client was built).
    expect(() => createClient({ mode: 'kube', env: { KUBECONFIG: path }, log: (l) => lines.push(l) })).not.toThrow();
  });
});

describe('--submission-id makes a create idempotent across processes', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));

  it('a second submit with the same id returns the first workflow instead of creating another', async () => {
    const env = { ARGO_SERVER: fx.address, ARGO_SECURE: 'false' };
    const first = await runCli(['submit', 'examples/dag-diamond.ts', '--submission-id', 'ci-run-42', '-o', 'name'], { env });
    const again = await runCli(['submit', 'examples/dag-diamond.ts', '--submission-id', 'ci-run-42', '-o', 'name'], { env });
    expect(first.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(fx.store.list('argo')).toHaveLength(1);
    const other = await runCli(['submit', 'examples/dag-diamond.ts', '--submission-id', 'ci-run-43'], { env });
    expect(other.code).toBe(0);
    expect(fx.store.list('argo')).toHaveLength(2);
    const bad = await runCli(['submit', 'examples/dag-diamond.ts', '--submission-id', 'no spaces'], { env });
    expect(bad.code).toBe(2);
  }, 60_000);
});
