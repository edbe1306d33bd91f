// http templates and http input artifacts on this machine: loopback URLs only.
import * as E from 'fp-ts/lib/Either.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src/argo-model/generated/index.js';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { freshStore, leafRequest } from './leaf-request.js';

let server: Server;
let base = '';
const seen: Array<{ method: string; url: string; body: string; header: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body, header: req.headers['x-token'] as string | undefined });
      const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status') ?? '200');
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(`body of ${req.url}\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const http = (url: string, extra: Partial<Template['http']> = {}): Template => ({ name: 'call', http: { url, ...extra } });

describe('http templates with host', () => {
  it(
    'calls a loopback URL: the body, untrimmed, is the result; headers and body are sent',
    async () => {
      const r = await createLeafRunner({ store: freshStore(), host: true })(
        leafRequest(http(`${base}/ok`, { method: 'POST', body: 'payload', headers: [{ name: 'x-token', value: 't1' }] })),
      );
      expect(r).toEqual({ phase: 'Succeeded', outputs: { parameters: {}, artifacts: {}, result: 'body of /ok\n' } });
      expect(seen.at(-1)).toEqual({ method: 'POST', url: '/ok', body: 'payload', header: 't1' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'a non-2xx status fails the node with Argo\'s message',
    async () => {
      const r = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(http(`${base}/x?status=503`)));
      expect(r.phase).toBe('Failed');
      expect(r.message).toBe('received non-2xx response code: 503');
      expect(r.outputs.result).toBe('body of /x?status=503\n');
    },
    PROCESS_TEST_MS,
  );

  it(
    'successCondition is evaluated as expr-lang over Argo\'s request and response',
    async () => {
      const run = createLeafRunner({ store: freshStore(), host: true });
      const no = await run(leafRequest(http(`${base}/c?status=404`, { successCondition: 'response.statusCode == 201' })));
      expect(no).toMatchObject({ phase: 'Failed', message: "successCondition 'response.statusCode == 201' evaluated false" });
      const yes = await run(
        leafRequest(
          http(`${base}/c?status=404`, {
            successCondition: 'response.statusCode == 404 && response.body contains "/c" && response.headers["Content-Type"][0] == "text/plain" && request.method == "GET"',
          }),
        ),
      );
      expect(yes.phase).toBe('Succeeded');
      const notBool = await run(leafRequest(http(`${base}/c`, { successCondition: 'response.statusCode' })));
      expect(notBool).toMatchObject({ phase: 'Error', message: "Template \"call\": http.successCondition: 'response.statusCode' gives 200, not a boolean" });
    },
    PROCESS_TEST_MS,
  );

  it(
    'a URL that is not loopback is never called: the error names it and the ways that fit',
    async () => {
      const r = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(http('https://example.com/')));
      expect(r.phase).toBe('Error');
      expect(r.message).toBe(
        'Template "call" cannot run on this machine: its URL https://example.com/ is not a loopback address (only localhost, 127.0.0.1 and [::1] are called). Give it a mock (mocks: { \'call\': { result: \'...\' } }, or --mock file.json), an implementation (implementations: { \'call\': async (inputs) => ({ ... }) }).',
      );
    },
    PROCESS_TEST_MS,
  );

  it(
    'a connection that fails is an Error',
    async () => {
      const r = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(http('http://127.0.0.1:1/')));
      expect(r.phase).toBe('Error');
      expect(r.message).toMatch(/^Template "call": GET http:\/\/127\.0\.0\.1:1\/: /);
    },
    PROCESS_TEST_MS,
  );
});

describe('http input artifacts', () => {
  const reader = (url: string): Template => ({
    name: 'read',
    inputs: { artifacts: [{ name: 'page', path: '/tmp/page.txt', http: { url } }] },
    script: { image: 'alpine', command: ['sh'], source: 'cat /tmp/page.txt' },
  });

  it(
    'are fetched from a loopback URL with host',
    async () => {
      const r = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(reader(`${base}/artifact`)));
      expect(r.outputs.result).toBe('body of /artifact');
    },
    PROCESS_TEST_MS,
  );

  it(
    'are refused from elsewhere, or without host, and a failed download says why',
    async () => {
      const remote = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(reader('https://example.com/a')));
      expect(remote.message).toBe(
        'Template "read": input artifact "page" comes from https://example.com/a; a local run fetches only loopback URLs, and only with host execution (--host).',
      );
      const noHost = await createLeafRunner({ store: freshStore(), implementations: { read: () => ({}) } })(leafRequest(reader(`${base}/a`)));
      expect(noHost.phase).toBe('Error');
      const missing = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(reader(`${base}/a?status=404`)));
      expect(missing.message).toBe(`Template "read": input artifact "page": GET ${base}/a?status=404 returned 404`);
    },
    PROCESS_TEST_MS,
  );
});
