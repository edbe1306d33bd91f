/**
 * `npm run fuzz:hostile [minutes]` (not in CI; default 1 minute): throws generated hostile YAML files
 * (lint, import, submit --dry-run) and hostile server replies (get, logs, submit, with a token the server
 * may echo in any form) at the CLI, in process, until the time is up. Reports crashes (an exception out
 * of the CLI), hangs (a command past 30 s) and token leaks (any 10 characters of the token in the output);
 * each must be 0, else it prints the cases and exits 1.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CliIo } from '../src/cli/cli-io.js';
import { main } from '../src/cli/main.js';
import { ESCAPES, startHostileServer, type HostileReply } from '../test/fixtures/hostile-server.js';

const minutes = Number(process.argv[2] ?? 1);
const HANG_MS = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'tiphys-fuzz-hostile-'));

/** YAML-ish fragments that reach the corners: aliases, tags, deep and wide nesting, odd scalars and bytes. */
const fragment = fc.oneof(
  fc.constantFrom(
    'apiVersion: argoproj.io/v1alpha1\n', 'kind: Workflow\n', 'metadata:\n  generateName: f-\n', 'spec:\n', '  entrypoint: main\n',
    '  templates:\n', '    - name: main\n', '      container: {image: a}\n', '      contaner: {}\n', '&a [*a]\n', '<<: *a\n',
    '!!omap [{a: 1}]\n', '!!set {a}\n', '!!binary aGk=\n', '0755\n', '1e400\n', '12345678901234567890\n', '\t', '\x00', '\x1b]0;x\x07',
    '"\\e[2J"\n', '? ', ': ', '---\n', '...\n', '%YAML 1.1\n', '__proto__: 1\n', 'constructor: {}\n', '\ufeff', '\ud800',
  ),
  fc.string({ maxLength: 20 }),
  fc.nat({ max: 300 }).map((n) => `${'['.repeat(n)}1${']'.repeat(n)}\n`),
  fc.nat({ max: 3000 }).map((n) => `      f${n}: ${'k'.repeat(n)}\n`),
);
const hostileYaml = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

const tokenArb = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'), minLength: 16, maxLength: 40 });
const echoForm = fc.constantFrom(
  (t: string) => t,
  (t: string) => Array.from(t, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  (t: string) => encodeURIComponent(t),
  (t: string) => Buffer.from(`user:${t}`).toString('base64'),
  (t: string) => t.replace(/\//g, '\\/'),
);
const replyArb: fc.Arbitrary<HostileReply> = fc.oneof(
  fc.record({
    kind: fc.constant('body' as const),
    status: fc.constantFrom(200, 400, 401, 403, 404, 409, 429, 500, 503),
    body: fc.constantFrom(
      '{"code":16,"message":"token {auth} invalid"}', '{"metadata":"{auth}"}', '{"kind":"Status","message":"{auth}"}', 'not json {auth',
      '', '{"metadata":{"name":"x"},"spec":{},"status":{"phase":"Running"}}', `{"message":"${ESCAPES.replace(/[\x00-\x1f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"}`,
    ),
  }),
  fc.record({ kind: fc.constant('stream' as const), body: fc.constantFrom('data: {"error":{"message":"{auth}"}}\n\n', 'data: {bad {auth}\n\n', `data: {"result":{}}\n\n`) }),
  fc.constant({ kind: 'stalled-body' as const }),
  fc.constant({ kind: 'never-answer' as const }),
  fc.nat({ max: 4_000_000 }).map((bytes): HostileReply => ({ kind: 'huge-body', status: 500, bytes })),
  fc.constantFrom(200, 500).map((status): HostileReply => ({ kind: 'control-characters', status })),
);

interface Finding {
  readonly kind: 'crash' | 'hang' | 'leak';
  readonly argv: ReadonlyArray<string>;
  readonly detail: string;
}

const runOnce = async (argv: ReadonlyArray<string>, env: Record<string, string>): Promise<{ out: string } | Finding> => {
  let out = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (out += s), env, isTTY: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_MS);
  });
  try {
    const r = await Promise.race([main(argv, io), hang]);
    return r === 'hang' ? { kind: 'hang', argv, detail: `no end after ${HANG_MS} ms` } : { out };
  } catch (e) {
    return { kind: 'crash', argv, detail: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  } finally {
    clearTimeout(timer);
  }
};

const findings: Array<Finding> = [];
const server = await startHostileServer();
const deadline = Date.now() + minutes * 60_000;
let cases = 0;
while (Date.now() < deadline) {
  const [yaml] = fc.sample(hostileYaml, 1);
  const file = join(dir, `case-${cases % 8}.yaml`);
  writeFileSync(file, yaml ?? '');
  for (const argv of [['lint', file], ['import', file], ['submit', file, '--dry-run']]) {
    const r = await runOnce(argv, {});
    if ('kind' in r) findings.push(r);
  }
  const [token, form, reply] = fc.sample(fc.tuple(tokenArb, echoForm, replyArb), 1)[0] ?? ['x'.repeat(16), (t: string) => t, { kind: 'never-answer' as const }];
  server.echo(form);
  server.reply(reply);
  const env = { ARGO_SERVER: server.address, ARGO_SECURE: 'false', ARGO_TOKEN: token };
  for (const argv of [['get', 'wf', '--request-timeout', '1s', '--timeout', '3s'], ['logs', 'wf', '--request-timeout', '1s', '--timeout', '3s'], ['submit', 'examples/dag-diamond.ts', '--request-timeout', '1s', '--timeout', '3s', '-v']]) {
    const r = await runOnce(argv, env);
    if ('kind' in r) findings.push(r);
    else {
      const leaked = Array.from({ length: token.length - 9 }, (_, i) => token.slice(i, i + 10)).find((p) => r.out.includes(p));
      if (leaked !== undefined) findings.push({ kind: 'leak', argv, detail: `reply ${reply.kind}: "${leaked}" shown` });
    }
  }
  cases++;
}
await server.close();
const count = (k: Finding['kind']): number => findings.filter((f) => f.kind === k).length;
console.log(`${cases} hostile cases (${cases * 6} CLI runs) in ${minutes} min: ${count('crash')} crashes, ${count('hang')} hangs, ${count('leak')} token leaks`);
for (const f of findings.slice(0, 20)) console.log(`- ${f.kind}: tiphys ${f.argv.join(' ')}\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}`);
process.exitCode = findings.length === 0 ? 0 : 1;
