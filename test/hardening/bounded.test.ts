// Time and space are bounded on hostile input: lint and import finish with bounded output, a stalled
// or silent server ends the command, directory lint passes over symlink loops and FIFOs.
// (Speed itself is measured in bench/hostile-lint.ts, not timed here.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importYaml } from '../../src/argo-docs/import/from-yaml.js';
import { DEFAULT_DEADLINE_MS, deadlineMs } from '../../src/cli/command-deadline.js';
import { jsonValues } from '../../src/interp/submit/event-stream.js';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server.js';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';

const { dir, file } = tempFiles('tiphys-bounded-');
const HEAD = 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: big-\nspec:\n  entrypoint: main\n  templates:\n    - name: main\n      container:\n        image: a\n';

describe('lint and import on hostile documents', () => {
  it('150,000 problems: no stack overflow; the first 1000 are listed and the rest counted', async () => {
    const text = `${HEAD}        args: [${Array.from({ length: 150_000 }, () => '{}').join(', ')}]\n`;
    const imported = importYaml(text, 'big.yaml');
    expect(E.isRight(imported)).toBe(true);
    const path = file('many.yaml', text);
    const r = await runCli(['lint', path]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeLessThan(1010);
    expect(r.stdout).toContain('149000 more problem(s) in this document are not listed');
    const i = await runCli(['import', path]);
    expect(i.code).toBe(1);
    expect(i.stderr.split('\n').length).toBeLessThan(1010);
  }, 120_000);

  it('a 7 MB key is reported with the key cut, not echoed whole', async () => {
    const path = file('key.yaml', `${HEAD}      ? ${'k'.repeat(7_000_000)}\n      : 1\n`);
    const r = await runCli(['lint', path]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(5_000);
    expect(r.stdout).toMatch(/unknown field/);
    expect(r.stdout).toMatch(/… \(\d+ more characters\)/);
  }, 120_000);

  it('a flat list of 10^6 items is refused before parsing, naming where', async () => {
    const path = file('flat.yaml', `${HEAD}        args: [${Array.from({ length: 1_000_000 }, () => 'a').join(', ')}]\n`);
    const r = await runCli(['lint', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}:11:`);
    expect(r.stdout).toContain('holds more than 250000 values');
  }, 120_000);

  it('directory lint passes over a symlink loop and a FIFO named *.yaml', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 'ok.yaml'), `${HEAD}`);
    symlinkSync('..', join(root, 'sub', 'loop'));
    execFileSync('mkfifo', [join(root, 'pipe.yaml')]);
    const r = await runCli(['lint', root]);
    expect(r.stderr).toContain('pipe.yaml: note: not a regular file; skipped');
    expect(r.stderr).toContain('symlink loop');
    expect(r.stdout).toContain('no problems found in 1 document(s) of 1 file(s)');
    expect(r.code).toBe(0);
    const named = await runCli(['lint', join(root, 'pipe.yaml')]);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('not a regular file');
  }, 60_000);
});

describe('the event-stream reader', () => {
  it('reads lines split across many chunks, CRLF endings and a long line', async () => {
    const long = 'y'.repeat(300_000);
    const text = `data: {"a": 1}\r\n\r\n: keep-alive\n{"b": "${long}"}\ndata: {"c":\ndata: 3}\n\n`;
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.subarray(i, i + 7));
        c.close();
      },
    });
    const out: Array<unknown> = [];
    for await (const v of jsonValues(stream, 'test')) out.push(E.isRight(v) ? v.right : v.left);
    expect(out).toEqual([{ a: 1 }, { b: long }, { c: 3 }]);
  });
});

describe('a stalled or silent server ends the command', () => {
  let hostile!: HostileServer;
  beforeAll(async () => {
    hostile = await startHostileServer();
  });
  afterAll(async () => {
    await hostile.close();
  });
  const env = () => ({ ARGO_SERVER: hostile.address, ARGO_SECURE: 'false' });

  it('headers then a stalled body: the request timeout covers the body', async () => {
    hostile.reply({ kind: 'stalled-body' });
    const started = Date.now();
    const r = await runCli(['get', 'wf', '--request-timeout', '1s'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('timed out after 1000 ms');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('a server that never answers: --timeout ends submit, whatever the retries', async () => {
    hostile.reply({ kind: 'never-answer' });
    const started = Date.now();
    const r = await runCli(['submit', 'examples/dag-diamond.ts', '--timeout', '2s', '--request-timeout', '30s'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gave up after 2s (--timeout)');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('the deadline is 2 minutes by default, none when following a workflow unless given', () => {
    expect(deadlineMs(undefined, false)).toBe(DEFAULT_DEADLINE_MS);
    expect(DEFAULT_DEADLINE_MS).toBe(120_000);
    expect(deadlineMs(undefined, true)).toBeUndefined();
    expect(deadlineMs('30s', true)).toBe(30_000);
  });
});
