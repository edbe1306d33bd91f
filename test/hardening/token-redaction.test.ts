// Property: whatever form a server echoes the token in (raw, JSON-escaped, URL-encoded, inside the
// base64 of `user:token`), no error message, log or --verbose line shows it, on any error path.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/interp/submit/argo-client.js';
import { runCli } from '../support/run-cli.js';
import { startHostileServer, type HostileReply, type HostileServer } from '../fixtures/hostile-server.js';

const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/';
const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 16, maxLength: 48 });

/** How a server may echo the token; each result is valid inside a JSON string. */
type Form = 'raw' | 'json-unicode' | 'json-slash' | 'url' | 'base64-basic' | 'base64-shifted';
const render = (form: Form, t: string, shift: number): string => {
  switch (form) {
    case 'raw':
      return t;
    case 'json-unicode':
      // Go-style escapes of some characters, as `\u002f`.
      return Array.from(t, (c, i) => ((i + shift) % 3 === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
    case 'json-slash':
      return t.replace(/\//g, '\\/');
    case 'url':
      return encodeURIComponent(t);
    case 'base64-basic':
      return Buffer.from(`user:${t}`).toString('base64');
    case 'base64-shifted':
      return Buffer.from(`${'u'.repeat(shift)}:${t}:x`).toString('base64');
  }
};
const forms: ReadonlyArray<Form> = ['raw', 'json-unicode', 'json-slash', 'url', 'base64-basic', 'base64-shifted'];

/** Each error path, as the reply that takes a call down it and the call. */
type Path = 'error-body' | 'decode' | 'stream-error' | 'stream-json';
const PATHS: Readonly<Record<Path, { readonly reply: (pad: string) => HostileReply; readonly call: 'get' | 'logs' }>> = {
  'error-body': { reply: (pad) => ({ kind: 'body', status: 401, body: `{"code":16,"message":"${pad}token {auth} is not valid"}` }), call: 'get' },
  decode: { reply: (pad) => ({ kind: 'body', status: 200, body: `{"metadata":"${pad}{auth}"}` }), call: 'get' },
  'stream-error': { reply: (pad) => ({ kind: 'stream', body: `data: {"error":{"http_code":403,"message":"${pad}{auth}"}}\n\n` }), call: 'logs' },
  'stream-json': { reply: (pad) => ({ kind: 'stream', body: `data: {"result": ${pad}{auth}\n\n` }), call: 'logs' },
};

/** Every run of 10 characters of the token: none may show, so a cut-off token is caught too. */
const pieces = (t: string): ReadonlyArray<string> => Array.from({ length: t.length - 9 }, (_, i) => t.slice(i, i + 10));

describe('the token never shows, in any echo form, on any error path', () => {
  let hostile!: HostileServer;
  beforeAll(async () => {
    hostile = await startHostileServer();
  });
  afterAll(async () => {
    await hostile.close();
  });

  it('client errors and log lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        token,
        fc.constantFrom(...forms),
        fc.constantFrom(...(Object.keys(PATHS) as ReadonlyArray<Path>)),
        fc.integer({ min: 0, max: 2 }),
        fc.nat({ max: 260 }),
        async (t, form, path, shift, padLength) => {
          const lines: Array<string> = [];
          hostile.echo((bare) => render(form, bare, shift));
          hostile.reply(PATHS[path].reply('p'.repeat(padLength)));
          const client = createClient({
            env: { ARGO_SERVER: hostile.address, ARGO_SECURE: 'false', ARGO_TOKEN: `Bearer ${t}` },
            retryLimit: 0,
            timeoutMs: 5_000,
            log: (line) => lines.push(line),
          });
          let message = '';
          try {
            if (PATHS[path].call === 'get') await client.get('wf');
            else for await (const _ of client.logs('wf')) void _;
          } catch (e) {
            message = e instanceof Error ? `${e.message}\n${JSON.stringify((e as { error?: unknown }).error)}` : String(e);
          }
          expect(message, 'the call must fail').not.toBe('');
          const shown = `${message}\n${lines.join('\n')}`;
          expect(shown).not.toContain(render(form, t, shift));
          for (const piece of pieces(t)) expect(shown).not.toContain(piece);
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('the CLI with --verbose, and credentials in ARGO_SERVER', async () => {
    const t = 'cli-secret-token/abc+def';
    hostile.echo((bare) => render('json-unicode', bare, 1));
    hostile.reply(PATHS['error-body'].reply(''));
    const r = await runCli(['get', 'wf', '--verbose'], { env: { ARGO_SERVER: hostile.address, ARGO_SECURE: 'false', ARGO_TOKEN: t } });
    expect(r.code).toBe(1);
    for (const piece of pieces(t)) expect(r.stdout + r.stderr).not.toContain(piece);
    const creds = await runCli(['get', 'wf'], { env: { ARGO_SERVER: `alice:pa55word-xyz@${hostile.address}`, ARGO_SECURE: 'false' } });
    expect(creds.code).toBe(1);
    expect(creds.stdout + creds.stderr).not.toContain('pa55word-xyz');
  }, 60_000);
});
