// Data sent to a cluster is read by the reader `lint` uses, strictly: a file with any YAML problem is
// never sent, and what is sent is what Kubernetes would read (YAML 1.1, merge keys, exact numbers).
import { describe, expect, it } from 'vitest';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';
import { useFixture } from '../submit/submit-test-kit.js';

const { file } = tempFiles('tiphys-strict-');

const HEAD = 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: s-\n';
const TAB = file('tab.yaml', `${HEAD}spec:\n  entrypoint: main\n\ttemplates: []\n`);
const DUPLICATE = file('dup.yaml', `${HEAD}spec:\n  entrypoint: main\n  entrypoint: other\n  templates:\n    - name: main\n      container: {image: alpine}\n`);
const KUBE = file(
  'kube.yaml',
  `${HEAD}spec:\n  entrypoint: main\n  activeDeadlineSeconds: 0755\n  arguments:\n    parameters:\n      - name: big\n        value: 12345678901234567890\n` +
    `  templates:\n    - &base\n      name: main\n      container: {image: alpine}\n    - <<: *base\n      name: other\n`,
);

describe('every command that sends a YAML file reads it as lint does', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));
  const cli = (...argv: ReadonlyArray<string>) => runCli(argv, { env: { ARGO_SERVER: fx.address, ARGO_SECURE: 'false' } });

  it('a syntax error (a tab in a map) stops submit, template create, cron create and lint --server, naming file:line:col', async () => {
    for (const argv of [['submit', TAB], ['template', 'create', TAB], ['cron', 'create', TAB], ['lint', TAB, '--server']]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toContain(`${TAB}:7:1: Tabs are not allowed as indentation`);
    }
    expect(fx.requests).toEqual([]);
  }, 60_000);

  it('a repeated key is refused, not silently resolved', async () => {
    const r = await cli('submit', DUPLICATE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${DUPLICATE}:7:3: key "entrypoint" repeats the key at line 6`);
    expect(fx.requests).toEqual([]);
  });

  it('sends what Kubernetes reads: 0755 is 493, merge keys are merged, a 20-digit integer keeps its digits', async () => {
    const r = await cli('submit', KUBE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const spec = fx.store.list('argo')[0]?.spec as Record<string, unknown>;
    expect(spec['activeDeadlineSeconds']).toBe(493);
    expect(spec['arguments']).toEqual({ parameters: [{ name: 'big', value: '12345678901234567890' }] });
    expect(spec['templates']).toEqual([
      { name: 'main', container: { image: 'alpine' } },
      { name: 'other', container: { image: 'alpine' } },
    ]);
  });

  it('-p values stay the exact text typed: a 20-digit number is not rounded, 1e400 is refused by name', async () => {
    const NUMBER = 'test/fixtures/submit/number-workflow.ts';
    const r = await cli('submit', NUMBER, '-p', 'x=12345678901234567890');
    expect(r.stderr).toBe('');
    expect((fx.store.list('argo')[0]?.spec as { arguments: unknown }).arguments).toEqual({
      parameters: [{ name: 'x', value: '12345678901234567890' }],
    });
    const huge = await cli('submit', NUMBER, '-p', 'x=1e400');
    expect(huge.code).toBe(1);
    expect(huge.stderr).toContain('-p x=1e400: not a valid number');
    expect(huge.stderr).toContain('expected a number within ±1.8e308, got "1e400"');
    expect(huge.stderr).not.toContain('null');
  }, 60_000);
});
