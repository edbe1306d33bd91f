/**
 * A `fetch` on top of node:http/https, because the global fetch cannot take a CA, a client
 * certificate or `rejectUnauthorized` without the undici package. ky calls it like the global one.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';

// model

export interface TlsOptions {
  readonly ca?: string | Buffer | undefined;
  readonly cert?: string | Buffer | undefined;
  readonly key?: string | Buffer | undefined;
  readonly rejectUnauthorized?: boolean | undefined;
}

export type FetchFn = (input: Request | URL | string, init?: RequestInit) => Promise<Response>;

// constructors

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

export const makeNodeFetch = (tls: TlsOptions = {}): FetchFn => {
  const agentOptions: https.AgentOptions = { keepAlive: true };
  if (tls.ca !== undefined) agentOptions.ca = tls.ca;
  if (tls.cert !== undefined) agentOptions.cert = tls.cert;
  if (tls.key !== undefined) agentOptions.key = tls.key;
  if (tls.rejectUnauthorized !== undefined) agentOptions.rejectUnauthorized = tls.rejectUnauthorized;
  const httpsAgent = new https.Agent(agentOptions);
  const httpAgent = new http.Agent({ keepAlive: true });

  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k] = v;
    });
    if (body !== undefined) headers['content-length'] = String(body.length);
    const signal = init?.signal ?? request.signal;

    return new Promise<Response>((resolve, reject) => {
      const req = (secure ? https : http).request(
        url,
        { method: request.method, headers, agent: secure ? httpsAgent : httpAgent, signal },
        (res) => {
          const resHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (Array.isArray(v)) for (const item of v) resHeaders.append(k, item);
            else if (v !== undefined) resHeaders.set(k, v);
          }
          const status = res.statusCode ?? 500;
          const stream = NULL_BODY_STATUS.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
          if (stream === null) res.resume();
          resolve(new Response(stream, { status, statusText: res.statusMessage ?? '', headers: resHeaders }));
        },
      );
      // Node's error has the cause (ECONNRESET, ECONNREFUSED); keep fetch's TypeError shape for ky.
      req.on('error', (err) => {
        if (signal?.aborted === true) reject(signal.reason ?? err);
        else reject(new TypeError('fetch failed', { cause: err }));
      });
      req.end(body);
    });
  };
};
