import type { ServerTarget } from './submit-error.js';

/**
 * Connection settings for the Argo Server, read from the environment like the `argo` CLI does,
 * then overridden in code or by flags.
 */

// model

export type SubmitMode = 'argo-server' | 'kube';

export interface ArgoServerConfig {
  /** `host:port` of the Argo Server (`ARGO_SERVER`). */
  readonly server: string;
  /** https when true (`ARGO_SECURE`, default true). */
  readonly secure: boolean;
  /** Skip TLS certificate verification (`ARGO_INSECURE_SKIP_VERIFY`). */
  readonly insecureSkipVerify: boolean;
  /** Path prefix the server is mounted under (`ARGO_BASE_HREF`). */
  readonly baseHref: string;
  /** Bare bearer token, or a whole `Basic x` credential (`ARGO_TOKEN`). Never printed. */
  readonly token: string | undefined;
  /** Default namespace (`ARGO_NAMESPACE`, default `argo`). */
  readonly namespace: string;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Retries of idempotent requests (and of creates, guarded against duplicates). */
  readonly retryLimit: number;
  /** Base delay of the exponential backoff, in milliseconds. */
  readonly backoffMs: number;
  /** Upper bound of one backoff delay, in milliseconds. */
  readonly backoffLimitMs: number;
  /** Called with one redacted line per request when set (`--verbose`). */
  readonly log?: (line: string) => void;
}

export type ArgoServerConfigOverrides = { readonly [K in keyof ArgoServerConfig]?: ArgoServerConfig[K] | undefined };

// constructors

export const DEFAULT_CONFIG: ArgoServerConfig = {
  server: 'localhost:2746',
  secure: true,
  insecureSkipVerify: false,
  baseHref: '',
  token: undefined,
  namespace: 'argo',
  timeoutMs: 30_000,
  retryLimit: 4,
  backoffMs: 300,
  backoffLimitMs: 10_000,
};

/**
 * Accepts `Bearer x`, `bearer x` or a bare `x` (kept bare), and `Basic x` (kept whole: the Argo
 * Server's client auth mode takes it); an empty value means no token.
 */
export const normalizeToken = (raw: string | undefined): string | undefined => {
  const trimmed = raw?.trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  const m = /^bearer\s+(.+)$/i.exec(trimmed);
  return m?.[1] ?? trimmed;
};

/** The `Authorization` header value for a normalized token. */
export const authorizationHeader = (token: string): string => (/^basic\s/i.test(token) ? token : `Bearer ${token}`);

const parseBool = (raw: string | undefined): boolean | undefined => {
  if (raw === undefined || raw === '') return undefined;
  return /^(1|t|true|yes|on)$/i.test(raw.trim());
};

/** Reads the `ARGO_*` variables; unset ones keep the defaults. */
export const configFromEnv = (env: Readonly<Record<string, string | undefined>>): ArgoServerConfigOverrides => ({
  server: env['ARGO_SERVER'] || undefined,
  secure: parseBool(env['ARGO_SECURE']),
  insecureSkipVerify: parseBool(env['ARGO_INSECURE_SKIP_VERIFY']),
  baseHref: env['ARGO_BASE_HREF'] || undefined,
  token: normalizeToken(env['ARGO_TOKEN']),
  namespace: env['ARGO_NAMESPACE'] || undefined,
});

/** Later layers win; `undefined` fields never erase an earlier value. */
export const resolveConfig = (...layers: ReadonlyArray<ArgoServerConfigOverrides>): ArgoServerConfig => {
  const out: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) out[k] = k === 'token' ? normalizeToken(v as string) : v;
  }
  return out as unknown as ArgoServerConfig;
};

/**
 * How messages name the Argo Server, and what to change when it cannot be reached: with no address
 * given (`server` option, `--argo-server`, `ARGO_SERVER`), the default localhost:2746 is tried once,
 * which is where `kubectl port-forward svc/argo-server 2746` puts it.
 */
export const argoServerTarget = (
  env: Readonly<Record<string, string | undefined>>,
  given: string | undefined,
  c: ArgoServerConfig,
): ServerTarget => {
  const name = `the Argo Server at ${baseUrl(c)}`;
  if (given !== undefined) return { name, hint: 'Check the address given (--argo-server, or `server` in code) and that the server is running.' };
  if (configFromEnv(env).server !== undefined) return { name, hint: 'Check ARGO_SERVER (host:port), ARGO_SECURE and that the server is running.' };
  return {
    name,
    hint:
      `No Argo Server is configured (ARGO_SERVER is not set), so the default ${DEFAULT_CONFIG.server} was tried: ` +
      'set ARGO_SERVER=host:port or pass --argo-server host:port, or use --mode kube to go through the kubeconfig.',
  };
};

// utils

/** `https://host:port/base/` — always ends with a slash so relative paths append. */
export const baseUrl = (c: ArgoServerConfig): string => {
  const scheme = c.secure ? 'https' : 'http';
  const server = c.server.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const href = c.baseHref.replace(/^\/+|\/+$/g, '');
  return `${scheme}://${server}/${href === '' ? '' : `${href}/`}`;
};
