/**
 * Flags every server-facing command shares (namespace, mode, server, TLS, timeout, verbose) and
 * the one place errors become a message and an exit code. Tokens come only from ARGO_TOKEN or the
 * kubeconfig: a flag would show in process listings and shell history.
 */
import { TiphysError, formatProblem, type Problem } from '../core/problem.js';
import { createClient, type ArgoClient } from '../interp/submit/argo-client.js';
import { SubmitFailure } from '../interp/submit/submit-error.js';
import type { CliIo } from './cli-io.js';

export const clientOptions = {
  namespace: { type: 'string', short: 'n' },
  mode: { type: 'string' },
  'argo-server': { type: 'string' },
  'argo-base-href': { type: 'string' },
  secure: { type: 'string' },
  'insecure-skip-verify': { type: 'boolean', short: 'k' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  'request-timeout': { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const clientUsage =
  'connection: [-n ns] [--mode argo-server|kube] [--argo-server host:port] [--argo-base-href path] [--secure true|false]\n' +
  '            [-k|--insecure-skip-verify] [--kubeconfig file] [--context name] [--request-timeout 30s] [-v|--verbose]\n' +
  '            ARGO_SERVER, ARGO_SECURE, ARGO_INSECURE_SKIP_VERIFY, ARGO_BASE_HREF, ARGO_TOKEN, ARGO_NAMESPACE are read too.\n' +
  '            With neither ARGO_SERVER nor --argo-server, localhost:2746 (a kubectl port-forward) is tried once; a refused\n' +
  '            connection fails at once, saying so. --mode kube reads the kubeconfig ($KUBECONFIG, ~/.kube/config) instead.';

export interface ClientFlagValues {
  readonly namespace?: string | undefined;
  readonly mode?: string | undefined;
  readonly 'argo-server'?: string | undefined;
  readonly 'argo-base-href'?: string | undefined;
  readonly secure?: string | undefined;
  readonly 'insecure-skip-verify'?: boolean | undefined;
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
  readonly 'request-timeout'?: string | undefined;
  readonly verbose?: boolean | undefined;
}

/** `90s`, `5m`, `1h30m`, `250ms` or plain milliseconds. */
export const parseDuration = (s: string): number | undefined => {
  if (/^\d+$/.test(s)) return Number(s);
  const parts = [...s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== s) return undefined;
  const unit: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  return parts.reduce((acc, p) => acc + Number(p[1]) * (unit[p[2] ?? 'ms'] ?? 1), 0);
};

export class UsageError extends Error {}

/** The client the flags and environment describe; a bad flag is a `UsageError`. */
export const connect = (v: ClientFlagValues, io: CliIo, signal?: AbortSignal): ArgoClient => {
  const mode = v.mode ?? 'argo-server';
  if (mode !== 'argo-server' && mode !== 'kube') throw new UsageError(`--mode must be argo-server or kube, not '${mode}'`);
  const timeoutMs = v['request-timeout'] === undefined ? undefined : parseDuration(v['request-timeout']);
  if (v['request-timeout'] !== undefined && timeoutMs === undefined)
    throw new UsageError(`--request-timeout '${v['request-timeout']}' is not a duration like 30s or 2m`);
  if (v.secure !== undefined && v.secure !== 'true' && v.secure !== 'false') throw new UsageError(`--secure takes true or false, not '${v.secure}'`);
  return createClient({
    env: io.env,
    mode,
    server: v['argo-server'],
    baseHref: v['argo-base-href'],
    secure: v.secure === undefined ? undefined : v.secure === 'true',
    insecureSkipVerify: v['insecure-skip-verify'],
    namespace: v.namespace,
    timeoutMs,
    log: v.verbose === true ? (line) => io.stderr(`${line}\n`) : undefined,
    warn: (line) => io.stderr(`${line}\n`),
    signal,
    kube: { kubeconfigPath: v.kubeconfig, context: v.context },
  });
};

/** The edge: one readable report per failure, and the exit code (2 for usage, 1 otherwise). */
export const report = (io: CliIo, e: unknown, usage?: string): number => {
  if (e instanceof UsageError) {
    io.stderr(`${e.message}${usage === undefined ? '' : `\nusage: ${usage}`}\n`);
    return 2;
  }
  if (e instanceof SubmitFailure || e instanceof TiphysError) {
    io.stderr(`${e.message}\n`);
    return 1;
  }
  throw e;
};

export const reportProblems = (io: CliIo, file: string, problems: ReadonlyArray<Problem>): number => {
  io.stderr(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}\n`).join('')}`);
  return 1;
};
