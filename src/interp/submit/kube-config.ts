/**
 * Connection to the Kubernetes API: the kubeconfig's current context (token, client certificate,
 * CA) or, inside a pod, the service account. Only what the workflow client needs is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { parseYaml } from '../../argo-docs/yaml/parse-yaml.js';
import { formatYamlProblem } from '../../argo-docs/yaml/yaml-problem.js';
import type { TlsOptions } from './node-fetch.js';
import type { SubmitError } from './submit-error.js';

// model

export interface KubeConnection {
  /** `https://host:port/` — ends with a slash. */
  readonly baseUrl: string;
  readonly token: string | undefined;
  readonly tls: TlsOptions;
  readonly namespace: string | undefined;
  /** Where it came from, for messages: `kubeconfig <path> context <name>` or `in-cluster`. */
  readonly source: string;
}

export interface KubeConfigOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Overrides `$KUBECONFIG` / `~/.kube/config`. */
  readonly kubeconfigPath?: string | undefined;
  readonly context?: string | undefined;
  /** Service-account directory, `/var/run/secrets/kubernetes.io/serviceaccount` by default. */
  readonly serviceAccountDir?: string | undefined;
}

interface Named<T> {
  readonly name: string;
  readonly cluster?: T;
  readonly user?: T;
  readonly context?: T;
}

type Entry = Readonly<Record<string, unknown>>;

// utils

const fail = (message: string): E.Either<SubmitError, never> => E.left({ _tag: 'UsageFailure', message });

const str = (e: Entry | undefined, k: string): string | undefined => {
  const v = e?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** A file named in the kubeconfig: relative paths are relative to the kubeconfig's folder, as kubectl reads them. */
const fileIn = (dir: string, file: string): string => (isAbsolute(file) ? file : join(dir, file));

/** `*-data` fields are base64; the plain fields are file paths. */
const material = (e: Entry | undefined, k: string, dir: string): Buffer | undefined => {
  const data = str(e, `${k}-data`);
  if (data !== undefined) return Buffer.from(data, 'base64');
  const file = str(e, k);
  return file === undefined ? undefined : readFileSync(fileIn(dir, file));
};

/** The named entry; `null` or malformed entries (a hand-edited file) are passed over, not crashed on. */
const find = <T>(list: unknown, name: string, key: 'cluster' | 'user' | 'context'): T | undefined =>
  Array.isArray(list)
    ? (list as ReadonlyArray<unknown>)
        .filter((x): x is Named<T> => typeof x === 'object' && x !== null)
        .find((x) => x.name === name)?.[key]
    : undefined;

/** The kubeconfig read by the reader everything else uses (YAML 1.1, as kubectl reads it). */
const readKubeconfig = (path: string): E.Either<string, Entry> => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return E.left(e instanceof Error ? e.message : String(e));
  }
  const parsed = parseYaml(text);
  if (E.isLeft(parsed)) return E.left(parsed.left.map((p) => formatYamlProblem(p, path)).join('; '));
  const data = parsed.right.documents[0]?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? E.right(data as Entry) : E.left('not a kubeconfig (a map)');
};

const withSlash = (u: string): string => (u.endsWith('/') ? u : `${u}/`);

// constructors

export const fromKubeconfig = (path: string, contextName?: string): E.Either<SubmitError, KubeConnection> => {
  const read = readKubeconfig(path);
  if (E.isLeft(read)) return fail(`Cannot read kubeconfig ${path}: ${read.left}`);
  const doc = read.right;
  const ctxName = contextName ?? str(doc, 'current-context');
  if (ctxName === undefined) return fail(`Kubeconfig ${path} has no current-context; pass --context or run kubectl config use-context.`);
  const ctx = find<Entry>(doc['contexts'], ctxName, 'context');
  if (ctx === undefined) return fail(`Kubeconfig ${path}: context "${ctxName}" not found in contexts.`);
  const clusterName = str(ctx, 'cluster') ?? '';
  const cluster = find<Entry>(doc['clusters'], clusterName, 'cluster');
  const server = str(cluster, 'server');
  if (server === undefined) return fail(`Kubeconfig ${path}: cluster "${clusterName}" of context "${ctxName}" has no server.`);
  const userName = str(ctx, 'user');
  const user = userName === undefined ? undefined : find<Entry>(doc['users'], userName, 'user');
  // kubectl refuses a context whose user is missing; sending the request anonymously would hide the mistake.
  if (userName !== undefined && user === undefined)
    return fail(`Kubeconfig ${path}: user "${userName}" of context "${ctxName}" is not in users.`);
  const dir = dirname(path);
  // Running credential plugins means executing arbitrary commands from the kubeconfig; say so instead.
  if (user?.['exec'] !== undefined || user?.['auth-provider'] !== undefined)
    return fail(
      `Kubeconfig ${path}: user "${userName}" gets its credentials from an exec or auth-provider plugin, which tiphys does not run. ` +
        'Use a token (kubectl create token <service-account>) in a kubeconfig user, or --mode argo-server with ARGO_TOKEN.',
    );
  try {
    const tokenFile = str(user, 'tokenFile');
    const token = str(user, 'token') ?? (tokenFile === undefined ? undefined : readFileSync(fileIn(dir, tokenFile), 'utf8').trim());
    return E.right({
      baseUrl: withSlash(server),
      token,
      tls: {
        ca: material(cluster, 'certificate-authority', dir),
        cert: material(user, 'client-certificate', dir),
        key: material(user, 'client-key', dir),
        rejectUnauthorized: cluster?.['insecure-skip-tls-verify'] !== true,
      },
      namespace: str(ctx, 'namespace'),
      source: `kubeconfig ${path} context ${ctxName}`,
    });
  } catch (e) {
    return fail(`Kubeconfig ${path} context ${ctxName}: ${e instanceof Error ? e.message : String(e)}`);
  }
};

export const inCluster = (
  env: Readonly<Record<string, string | undefined>>,
  dir = '/var/run/secrets/kubernetes.io/serviceaccount',
): E.Either<SubmitError, KubeConnection> => {
  const host = env['KUBERNETES_SERVICE_HOST'];
  const port = env['KUBERNETES_SERVICE_PORT'] ?? '443';
  if (host === undefined || !existsSync(join(dir, 'token')))
    return fail('No kubeconfig found and not running in a pod: set KUBECONFIG or use --mode argo-server with ARGO_SERVER.');
  const nsFile = join(dir, 'namespace');
  return E.right({
    baseUrl: `https://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    token: readFileSync(join(dir, 'token'), 'utf8').trim(),
    tls: { ca: existsSync(join(dir, 'ca.crt')) ? readFileSync(join(dir, 'ca.crt')) : undefined },
    namespace: existsSync(nsFile) ? readFileSync(nsFile, 'utf8').trim() : undefined,
    source: 'in-cluster service account',
  });
};

/** `--kubeconfig`, then the first file of `$KUBECONFIG`, then `~/.kube/config`, then in-cluster. */
export const loadKubeConnection = (o: KubeConfigOptions): E.Either<SubmitError, KubeConnection> => {
  const fromEnv = o.env['KUBECONFIG']?.split(':').find((p) => p !== '' && existsSync(p));
  const home = join(o.env['HOME'] ?? homedir(), '.kube', 'config');
  const path = o.kubeconfigPath ?? fromEnv ?? (existsSync(home) ? home : undefined);
  return path === undefined ? inCluster(o.env, o.serviceAccountDir) : fromKubeconfig(path, o.context);
};
