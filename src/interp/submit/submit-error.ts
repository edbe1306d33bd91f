/**
 * Everything that can go wrong while talking to the Argo Server or the Kubernetes API, as values, plus
 * the typed-io failures (a parameter or an output its codec refuses).
 * One readable message per case (`formatSubmitError`); `SubmitFailure` carries it across a throw.
 */
import { SUBMISSION_LABEL } from './submission-label.js';
import { clip } from '../../core/clip-text.js';
import { formatTypedIoError, type OutputDecodeFailure, type ParamFailure } from '../typed-io/typed-io-error.js';

// model

export interface HttpFailure {
  readonly _tag: 'HttpFailure';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** gRPC code of a grpc-gateway body, when there is one. */
  readonly grpcCode: number | undefined;
  /** Kubernetes `Status.reason` (`NotFound`, `AlreadyExists`, ...), when there is one. */
  readonly reason: string | undefined;
  /** The server's own message, e.g. Argo's validation text. */
  readonly message: string;
  /** Delay the server asked for in `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | undefined;
}

export interface NetworkFailure {
  readonly _tag: 'NetworkFailure';
  readonly method: string;
  readonly path: string;
  readonly message: string;
  /** Node's error code (`ECONNREFUSED`, `ECONNRESET`, ...), when there is one. */
  readonly code?: string | undefined;
  /** Which server was tried and what to change when it cannot be reached, e.g. `ARGO_SERVER`. */
  readonly target?: ServerTarget | undefined;
}

/** A server as messages name it: `the Argo Server at localhost:2746`, and where that address came from. */
export interface ServerTarget {
  readonly name: string;
  readonly hint: string;
}

/** The server's TLS certificate was refused; retrying cannot help. */
export interface TlsFailure {
  readonly _tag: 'TlsFailure';
  readonly method: string;
  readonly path: string;
  readonly message: string;
}

/** The client was cancelled (the command's overall deadline passed) while this request ran. */
export interface Cancelled {
  readonly _tag: 'Cancelled';
  readonly method: string;
  readonly path: string;
}

export interface RequestTimeout {
  readonly _tag: 'RequestTimeout';
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;
}

export interface ResponseDecodeFailure {
  readonly _tag: 'ResponseDecodeFailure';
  readonly what: string;
  readonly message: string;
}

export interface WaitTimeout {
  readonly _tag: 'WaitTimeout';
  readonly workflow: string;
  readonly timeoutMs: number;
  readonly lastPhase: string | undefined;
}

/** A create kept failing in a way that leaves open whether an attempt was stored. */
export interface CreateUncertain {
  readonly _tag: 'CreateUncertain';
  readonly submissionId: string;
  readonly last: SubmitError;
}

export interface UsageFailure {
  readonly _tag: 'UsageFailure';
  readonly message: string;
}

export interface Unsupported {
  readonly _tag: 'Unsupported';
  readonly operation: string;
  readonly mode: string;
  readonly hint: string;
}

export type SubmitError =
  | HttpFailure
  | NetworkFailure
  | TlsFailure
  | Cancelled
  | RequestTimeout
  | ResponseDecodeFailure
  | OutputDecodeFailure
  | ParamFailure
  | WaitTimeout
  | CreateUncertain
  | UsageFailure
  | Unsupported;

// constructors

export const usageFailure = (message: string): SubmitError => ({ _tag: 'UsageFailure', message });

export const unsupported = (operation: string, mode: string, hint: string): SubmitError => ({
  _tag: 'Unsupported',
  operation,
  mode,
  hint,
});

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * Reads a grpc-gateway `{code, message}` body or a Kubernetes `Status` object; anything else keeps
 * the raw text so the server's words are never lost.
 */
export const httpFailureFromBody = (
  method: string,
  path: string,
  status: number,
  bodyText: string,
  retryAfterMs: number | undefined = undefined,
): HttpFailure => {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const base = { _tag: 'HttpFailure', method, path, status, retryAfterMs } as const;
  if (isRecord(body) && body['kind'] === 'Status') {
    return {
      ...base,
      grpcCode: undefined,
      reason: typeof body['reason'] === 'string' ? body['reason'] : undefined,
      message: typeof body['message'] === 'string' ? body['message'] : bodyText,
    };
  }
  if (isRecord(body) && (typeof body['message'] === 'string' || typeof body['error'] === 'string')) {
    const message = typeof body['message'] === 'string' && body['message'] !== '' ? body['message'] : String(body['error']);
    return { ...base, grpcCode: typeof body['code'] === 'number' ? body['code'] : undefined, reason: undefined, message };
  }
  return { ...base, grpcCode: undefined, reason: undefined, message: bodyText.trim() === '' ? `HTTP ${status}` : bodyText.trim() };
};

/** Node's codes for a connection that never opened, by what they mean. */
const NOT_CONNECTED: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** The code is one of a connection that never opened: no request reached any server. */
export const isNotConnectedCode = (code: unknown): boolean => typeof code === 'string' && Object.hasOwn(NOT_CONNECTED, code);

/** The request never reached a server, so it did nothing there: no retry can be a duplicate, and none helps soon. */
export const neverReachedServer = (e: SubmitError): boolean => e._tag === 'NetworkFailure' && isNotConnectedCode(e.code);

// utils

const authHint = (e: HttpFailure): string =>
  e.status === 401
    ? 'The server rejected the token. Set ARGO_TOKEN to a valid token ("Bearer <token>" or the bare token), ' +
      'e.g. ARGO_TOKEN="Bearer $(kubectl create token <service-account> -n <namespace>)"; in --mode kube, check the ' +
      'kubeconfig user of the current context.'
    : 'The token is valid but not allowed to do this. Grant the service account behind ARGO_TOKEN (or the kubeconfig ' +
      'user) RBAC permission for this request, or use a token of an account that has it.';

export const formatSubmitError = (e: SubmitError): string => {
  switch (e._tag) {
    case 'HttpFailure': {
      const head = `${e.method} ${clip(e.path, 300)} failed with HTTP ${e.status}${e.reason === undefined ? '' : ` (${clip(e.reason, 100)})`}: ${clip(e.message)}`;
      return e.status === 401 || e.status === 403 ? `${head}\n${authHint(e)}` : head;
    }
    case 'NetworkFailure':
      if (neverReachedServer(e))
        return `Cannot connect to ${e.target?.name ?? 'the server'}: ${NOT_CONNECTED[e.code ?? ''] ?? ''} (${e.code ?? ''} on ${e.method} ${e.path}). ${e.target?.hint ?? ''}`.trimEnd();
      return `${e.method} ${e.path} failed: ${clip(e.message)}. Check ARGO_SERVER (host:port), ARGO_SECURE and that the server is reachable.`;
    case 'TlsFailure':
      return (
        `${e.method} ${e.path} failed: ${clip(e.message)}. The server's TLS certificate is not trusted: give its CA ` +
        '(kubeconfig certificate-authority) or, for a test server only, set ARGO_INSECURE_SKIP_VERIFY=true.'
      );
    case 'Cancelled':
      return `${e.method} ${e.path} was cancelled: the command ran out of time (--timeout).`;
    case 'RequestTimeout':
      return `${e.method} ${e.path} timed out after ${e.timeoutMs} ms. Raise the request timeout or check the server.`;
    case 'ResponseDecodeFailure':
      return `Unexpected response for ${clip(e.what, 300)}: ${clip(e.message)}`;
    case 'OutputDecodeFailure':
    case 'ParamFailure':
      return formatTypedIoError(e);
    case 'WaitTimeout':
      return `Workflow ${e.workflow} did not finish within ${e.timeoutMs} ms (last phase: ${e.lastPhase ?? 'unknown'}).`;
    case 'CreateUncertain':
      return (
        `${formatSubmitError(e.last)}\nThe workflow may have been created by an attempt whose answer was lost; ` +
        `find it with: tiphys list -l ${SUBMISSION_LABEL}=${e.submissionId}`
      );
    case 'UsageFailure':
      return e.message;
    case 'Unsupported':
      return `${e.operation} is not available in --mode ${e.mode}. ${e.hint}`;
  }
};

/** The one exception the top-level helpers throw; `error` keeps the structured value. */
export class SubmitFailure extends Error {
  readonly error: SubmitError;
  constructor(error: SubmitError) {
    super(formatSubmitError(error));
    this.name = 'SubmitFailure';
    this.error = error;
  }
  get status(): number | undefined {
    const e = this.error._tag === 'CreateUncertain' ? this.error.last : this.error;
    return e._tag === 'HttpFailure' ? e.status : undefined;
  }
}
