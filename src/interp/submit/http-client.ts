/**
 * One HTTP layer for both transports: ky with a per-request timeout, backoff retries for idempotent
 * requests, typed failures and redacted verbose lines. Results are TaskEithers; nothing throws out.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { authorizationHeader } from './argo-config.js';
import type { FetchFn } from './node-fetch.js';
import type { Redactor } from './redact.js';
import { pathProblem } from './resource-name.js';
import { isCertificateError } from './certificate-error.js';
import { parseJson } from './json-text.js';
import { bodyDeadline, cancelled, signalOf, type BodyDeadline } from './body-deadline.js';
import { httpFailureFromBody, isNotConnectedCode, type ServerTarget, type SubmitError } from './submit-error.js';

// model

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | ReadonlyArray<string> | undefined;

export interface RequestSpec {
  readonly method: HttpMethod;
  /** Path below the base URL, without a leading slash. */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly accept?: string;
  /** Only idempotent requests are retried here; creates go through `createOnce`. */
  readonly idempotent: boolean;
  readonly signal?: AbortSignal;
}

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly token: string | undefined;
  readonly fetch: FetchFn;
  readonly timeoutMs: number;
  readonly retryLimit: number;
  readonly backoffMs: number;
  readonly backoffLimitMs: number;
  readonly redact: Redactor;
  readonly log?: ((line: string) => void) | undefined;
  /** Cancels every request of this client (the command's overall deadline). */
  readonly signal?: AbortSignal | undefined;
  /** How messages name this server when it cannot be reached. */
  readonly target?: ServerTarget | undefined;
}

export interface HttpClient {
  readonly options: HttpClientOptions;
  /** Sends the request and parses a JSON answer (an empty body is `{}`). */
  readonly json: (spec: RequestSpec) => TE.TaskEither<SubmitError, unknown>;
  /** Sends the request and returns the raw body (artifact downloads). */
  readonly bytes: (spec: RequestSpec) => TE.TaskEither<SubmitError, Uint8Array>;
  /** Opens a streaming response; the timeout covers only the wait for the headers. */
  readonly stream: (spec: RequestSpec) => TE.TaskEither<SubmitError, ReadableStream<Uint8Array>>;
}

// utils

const searchParams = (query: Readonly<Record<string, QueryValue>> | undefined): URLSearchParams => {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v as ReadonlyArray<string>) out.append(k, item);
    else out.append(k, String(v));
  }
  return out;
};

const retryAfterMs = (h: string | null): number | undefined => {
  if (h === null) return undefined;
  const secs = Number(h);
  if (!Number.isNaN(secs)) return secs * 1000;
  const at = Date.parse(h);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
};

const RETRY_STATUS = [429, 502, 503, 504];

/** Node's error code behind a failed fetch (`fetch failed` carries it in `cause`). */
const causeCode = (e: unknown): string | undefined => {
  const code = e instanceof Error && e.cause instanceof Error ? (e.cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
};

// constructors

export const makeHttpClient = (options: HttpClientOptions): HttpClient => {
  const { redact, log } = options;
  const say = (line: string): void => log?.(redact(line));

  /** Sends; `body` (when given) must also read the whole body within the timeout of the answering attempt. */
  const send = (spec: RequestSpec, timeout: number, body?: BodyDeadline): TE.TaskEither<SubmitError, Response> => {
    const badPath = pathProblem(spec.path);
    if (badPath !== undefined) return TE.left(badPath);
    const qs = searchParams(spec.query).toString();
    const url = `${options.baseUrl}${spec.path}${qs === '' ? '' : `?${qs}`}`;
    const shownPath = `/${spec.path}${qs === '' ? '' : `?${decodeURIComponent(qs)}`}`;
    const headers: Record<string, string> = { accept: spec.accept ?? 'application/json' };
    if (options.token !== undefined) headers['authorization'] = authorizationHeader(options.token);
    if (spec.contentType !== undefined) headers['content-type'] = spec.contentType;
    const toFailure = async (e: unknown): Promise<SubmitError> => {
      if (options.signal?.aborted === true) return cancelled(spec.method, shownPath);
      if (body?.signal.aborted === true) return { _tag: 'RequestTimeout', method: spec.method, path: shownPath, timeoutMs: timeout };
      if (e instanceof HTTPError) {
        const res = e.response;
        const text = await res.text().catch(() => '');
        return httpFailureFromBody(spec.method, shownPath, res.status, redact(text), retryAfterMs(res.headers.get('retry-after')));
      }
      if (e instanceof TimeoutError) return { _tag: 'RequestTimeout', method: spec.method, path: shownPath, timeoutMs: timeout };
      const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
      const message = e instanceof Error ? `${e.message}${cause}` : String(e);
      if (isCertificateError(e)) return { _tag: 'TlsFailure', method: spec.method, path: shownPath, message: redact(message) };
      return { _tag: 'NetworkFailure', method: spec.method, path: shownPath, message: redact(message), code: causeCode(e), target: options.target };
    };
    return async () => {
      try {
        const res = await ky(url, {
          method: spec.method,
          headers,
          ...(spec.body === undefined ? {} : { json: spec.body }),
          ...signalOf(spec.signal, options.signal, body?.signal),
          fetch: options.fetch,
          timeout,
          retry: {
            limit: spec.idempotent ? options.retryLimit : 0,
            methods: ['get', 'put', 'post', 'patch', 'delete'],
            statusCodes: RETRY_STATUS,
            afterStatusCodes: [429, 503],
            retryOnTimeout: true,
            delay: (attempt) => options.backoffMs * 2 ** (attempt - 1),
            backoffLimit: options.backoffLimitMs,
            maxRetryAfter: Math.max(options.backoffLimitMs, 60_000),
            // A refused certificate, or nothing listening there: asking again in a second will not change
            // that, so say so at once.
            shouldRetry: ({ error }) => (isCertificateError(error) || isNotConnectedCode(causeCode(error)) ? false : undefined),
          },
          hooks: {
            beforeRequest: [
              (req) => {
                body?.restart(timeout);
                say(`> ${spec.method} ${shownPath}${req.headers.has('authorization') ? ' (Authorization: [REDACTED])' : ''}`);
              },
            ],
            beforeRetry: [
              ({ retryCount, error }) => {
                say(`~ retry ${retryCount} of ${spec.method} ${shownPath} after: ${error.message}`);
              },
            ],
            afterResponse: [
              (_req, _opts, res) => {
                say(`< ${res.status} ${spec.method} ${shownPath}`);
              },
            ],
          },
        });
        return E.right(res);
      } catch (e) {
        return E.left(await toFailure(e));
      }
    };
  };

  const json = (spec: RequestSpec): TE.TaskEither<SubmitError, unknown> => {
    const deadline = bodyDeadline(spec.method, `/${spec.path}`);
    return pipe(
      send(spec, options.timeoutMs, deadline),
      TE.chain((res) => async () => {
        const decodeFailure = (message: string): SubmitError => ({ _tag: 'ResponseDecodeFailure', what: `${spec.method} /${spec.path}`, message: redact(message) });
        const text = await deadline.read(() => res.text(), options.signal);
        if (E.isLeft(text)) return E.left(text.left === undefined ? decodeFailure('the body could not be read') : text.left);
        return text.right.trim() === '' ? E.right({}) : E.mapLeft(decodeFailure)(parseJson(text.right));
      }),
    );
  };

  const stream = (spec: RequestSpec): TE.TaskEither<SubmitError, ReadableStream<Uint8Array>> =>
    pipe(
      send(spec, options.timeoutMs),
      TE.chain((res) =>
        res.body === null
          ? TE.left<SubmitError>({ _tag: 'ResponseDecodeFailure', what: `${spec.method} /${spec.path}`, message: 'empty stream' })
          : TE.right(res.body),
      ),
    );

  const bytes = (spec: RequestSpec): TE.TaskEither<SubmitError, Uint8Array> => {
    const deadline = bodyDeadline(spec.method, `/${spec.path}`);
    return pipe(
      send(spec, options.timeoutMs, deadline),
      TE.chain((res) => async () => {
        const read = await deadline.read(async () => new Uint8Array(await res.arrayBuffer()), options.signal);
        return E.isRight(read) || read.left !== undefined
          ? (read as E.Either<SubmitError, Uint8Array>)
          : E.left({ _tag: 'NetworkFailure', method: spec.method, path: `/${spec.path}`, message: 'the body could not be read' });
      }),
    );
  };

  return { options, json, bytes, stream };
};
