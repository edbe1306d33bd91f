/**
 * The client users call: promises that throw one `SubmitFailure`, over an `ArgoApi` of either
 * transport. `submit` takes the DSL adapter `{manifest, outputCodecs}` and returns a run whose
 * `wait` decodes typed outputs.
 */
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { TiphysError } from '../../core/problem.js';
import { isWorkflow, type Workflow as DslWorkflow } from '../../core/workflow.js';
import { argoServerTarget, configFromEnv, baseUrl, resolveConfig, type ArgoServerConfig, type ArgoServerConfigOverrides, type SubmitMode } from './argo-config.js';
import type {
  ActionOptions,
  ArgoApi,
  CreateOptions,
  ListOptions,
  LogOptions,
  ResourceList,
  SubmitFromOptions,
  ResourceKind,
  WorkflowAction,
} from './argo-api.js';
import { makeArgoServerApi } from './argo-server-api.js';
import { makeArgoServerExtras, type ArgoServerExtras, type ArtifactRef, type KubeEvent, type SetNodeOptions } from './argo-server-extras.js';
import type { LogEntry, Workflow, WorkflowList } from '../../argo-model/generated/index.js';
import type { ArgoManifest } from '../typed-io/argo-manifest.js';
import { isSuccessful } from './workflow-phase.js';
import { createWorkflowOnce, submitFromOnce, type RetryPolicy } from './create-once.js';
import { makeHttpClient } from './http-client.js';
import { loadKubeConnection, type KubeConfigOptions, type KubeConnection } from './kube-config.js';
import { makeKubeApi } from './kube-api.js';
import { makeNodeFetch, type TlsOptions } from './node-fetch.js';
import { checkedApi, checkedExtras } from './checked-api.js';
import { checkEnvFlags } from './env-flags.js';
import { makeRedactor, redactDeep, urlCredentials, type Redactor } from './redact.js';
import { SubmitFailure, unsupported, type ServerTarget, type SubmitError } from './submit-error.js';
import type { Codec, Submittable } from '../typed-io/submittable.js';
import { decodeOutputs } from '../typed-io/typed-outputs.js';
import { withParams } from '../typed-io/typed-params.js';
import { artifactOutputs, runArtifacts, type ArtifactsOf } from './run-artifacts.js';
import { openArtifactDownload } from './artifact-download.js';
import { encodeSupplied, fieldSelector, resumeProblem, type ResumeFor, type SuspendNodeSelector } from './resume-node.js';
import type { SuspendTemplate } from '../../core/suspend-template.js';
import { waitForWorkflow, type WaitOptions } from './wait-workflow.js';
import { watchWorkflow, type WatchWorkflowOptions } from './watch-workflow.js';
import { submittableOf } from '../typed-io/workflow-submittable.js';

// model

export interface ClientOptions extends ArgoServerConfigOverrides {
  readonly mode?: SubmitMode | undefined;
  /** Environment to read `ARGO_*` / `KUBECONFIG` from; `process.env` by default. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  readonly kube?: Omit<KubeConfigOptions, 'env'> | undefined;
  /** Cancels every request of the client: a caller's overall deadline. */
  readonly signal?: AbortSignal | undefined;
  /** Told once when TLS certificates are not verified (`-k`, ARGO_INSECURE_SKIP_VERIFY, kubeconfig). */
  readonly warn?: ((line: string) => void) | undefined;
}

export const INSECURE_WARNING =
  'warning: TLS certificate verification is off (-k, ARGO_INSECURE_SKIP_VERIFY or the kubeconfig\'s insecure-skip-tls-verify): anyone on the network path can read the token';

export interface FinishedRun<O> {
  readonly workflow: Workflow;
  readonly phase: string;
  readonly succeeded: boolean;
  /**
   * Decoded with the declared output codecs; only set when the run succeeded. An output artifact's
   * value is an `Artifact` holding its stored location, which another workflow can take as an argument.
   */
  readonly outputs: O;
  /** Where Argo stored each output artifact of the entrypoint the run reported (`run.artifacts.report.s3.key`). */
  readonly artifacts: ArtifactsOf<O>;
}

export interface WorkflowRun<O> {
  readonly name: string;
  readonly namespace: string;
  readonly created: Workflow;
  readonly watch: (o?: WatchWorkflowOptions) => AsyncIterable<Workflow>;
  /** Waits for the end; throws on a failed run (`throwOnFailure: false` to inspect it instead). */
  readonly wait: (o?: WaitOptions & { readonly throwOnFailure?: boolean }) => Promise<FinishedRun<O>>;
  readonly logs: (o?: LogOptions) => AsyncIterable<LogEntry>;
}

export interface SubmitOptions<I> extends CreateOptions {
  readonly namespace?: string | undefined;
  readonly params?: Partial<I> | undefined;
  readonly submissionId?: string | undefined;
}


/** The namespace a client call acts in; the client's default when absent. @category model */
export interface InNamespace {
  readonly namespace?: string | undefined;
}

/** A workflow a call acts on: a run `submit` returned, or a name (in the client's or the given namespace). @category model */
export type RunOrName = string | { readonly name: string; readonly namespace: string };

export interface ArgoClient {
  readonly api: ArgoApi;
  readonly config: ArgoServerConfig;
  /** Submits a DSL workflow (or `{manifest, outputCodecs}`) and returns a run with typed outputs. */
  submit<I, O>(wf: DslWorkflow<I, O>, o?: SubmitOptions<I>): Promise<WorkflowRun<O>>;
  submit<O, I>(wf: Submittable<O, I>, o?: SubmitOptions<I>): Promise<WorkflowRun<O>>;
  create(m: ArgoManifest, o?: CreateOptions & InNamespace & { readonly submissionId?: string }): Promise<Workflow>;
  submitFrom(kind: ResourceKind, name: string, o?: SubmitFromOptions & InNamespace): Promise<Workflow>;
  lint(m: ArgoManifest, namespace?: string): Promise<Workflow>;
  get(name: string, namespace?: string): Promise<Workflow>;
  list(o?: ListOptions & InNamespace): Promise<WorkflowList>;
  watch(name: string, o?: WatchWorkflowOptions & InNamespace): AsyncIterable<Workflow>;
  wait(name: string, o?: WaitOptions & InNamespace): Promise<Workflow>;
  logs(name: string, o?: LogOptions & InNamespace): AsyncIterable<LogEntry>;
  delete(name: string, namespace?: string): Promise<void>;
  action(name: string, action: WorkflowAction, o?: ActionOptions & InNamespace): Promise<Workflow>;
  /**
   * Resumes the suspend nodes running `template`, setting the outputs it declares `supplied: true`;
   * their names and types are checked by the compiler:
   * `client.resume(run, approve, { decision: 'YES' })`. The live workflow's template is checked too.
   */
  resume<S, const G extends ResumeFor<S, G>>(
    run: RunOrName,
    template: SuspendTemplate<unknown, unknown, S>,
    outputs: G,
    o?: InNamespace,
  ): Promise<Workflow>;
  /**
   * Resumes the suspend node of this display name (`'approve'`), setting `outputs` as Argo's text;
   * they are checked against the suspend template in the live workflow (declared `supplied`, in its enum).
   */
  resume(run: RunOrName, node: string, outputs?: Readonly<Record<string, string>>, o?: InNamespace): Promise<Workflow>;
  readonly resource: {
    create(kind: ResourceKind, obj: ArgoManifest, o?: CreateOptions & InNamespace): Promise<ArgoManifest>;
    lint(kind: ResourceKind, obj: ArgoManifest, namespace?: string): Promise<ArgoManifest>;
    get(kind: ResourceKind, name: string, namespace?: string): Promise<ArgoManifest>;
    list(kind: ResourceKind, o?: ListOptions & InNamespace): Promise<ResourceList>;
    update(kind: ResourceKind, obj: ArgoManifest, namespace?: string): Promise<ArgoManifest>;
    delete(kind: ResourceKind, name: string, namespace?: string): Promise<void>;
  };
  cron(name: string, action: 'suspend' | 'resume', namespace?: string): Promise<ArgoManifest>;
  /** Argo Server only: archive, node outcome, one pod's logs, Kubernetes events, server info. */
  readonly server: {
    info(): Promise<Readonly<Record<string, unknown>>>;
    userInfo(): Promise<Readonly<Record<string, unknown>>>;
    setNode(name: string, o: SetNodeOptions & InNamespace): Promise<Workflow>;
    podLogs(name: string, pod: string, o?: LogOptions & InNamespace): AsyncIterable<LogEntry>;
    events(o?: InNamespace & { readonly fieldSelector?: string; readonly signal?: AbortSignal }): AsyncIterable<KubeEvent>;
    artifact(ref: ArtifactRef): Promise<Uint8Array>;
    artifactFile(of: { readonly workflow: string } | { readonly archivedUid: string }, nodeId: string, artifactName: string, namespace?: string): Promise<Uint8Array>;
  };
  readonly archive: {
    list(o?: ListOptions & InNamespace & { readonly namePrefix?: string }): Promise<WorkflowList>;
    get(uid: string): Promise<Workflow>;
    delete(uid: string): Promise<void>;
    retry(uid: string, name: string, o?: ActionOptions & InNamespace): Promise<Workflow>;
    resubmit(uid: string, name: string, o?: ActionOptions & InNamespace): Promise<Workflow>;
    labelKeys(): Promise<ReadonlyArray<string>>;
    labelValues(labelKey: string): Promise<ReadonlyArray<string>>;
  };
  version(): Promise<Readonly<Record<string, unknown>>>;
  /**
   * Argo Server only: the content of an output artifact of a finished run's entrypoint as a stream,
   * e.g. `downloadArtifact(run, 'report')`. It resolves once the server answers (and rejects when it
   * has no such artifact); the content then arrives as it is read, never held whole, so it can be piped
   * to a file: `await stream.pipeTo(Writable.toWeb(createWriteStream('report.txt')))`. A broken
   * connection errors the stream with a `SubmitFailure`; `signal` or `stream.cancel()` stop the download.
   */
  downloadArtifact<O>(
    run: FinishedRun<O>,
    artifact: keyof ArtifactsOf<O> & string,
    o?: { readonly signal?: AbortSignal },
  ): Promise<ReadableStream<Uint8Array>>;
}

// utils

/** Turns results into promises and streams that throw one `SubmitFailure`, with every secret redacted. */
const throwing = (redact: Redactor) => {
  const fail = (e: SubmitError): SubmitFailure => new SubmitFailure(redactDeep(e, redact));
  const run = async <A>(te: TE.TaskEither<SubmitError, A>): Promise<A> => {
    const r = await te();
    if (E.isLeft(r)) throw fail(r.left);
    return r.right;
  };
  async function* unwrap<A>(it: AsyncIterable<E.Either<SubmitError, A>>): AsyncGenerator<A> {
    for await (const v of it) {
      if (E.isLeft(v)) throw fail(v.left);
      yield v.right;
    }
  }
  async function* openThen<A>(te: TE.TaskEither<SubmitError, AsyncIterable<E.Either<SubmitError, A>>>): AsyncGenerator<A> {
    yield* unwrap(await run(te));
  }
  return { fail, run, unwrap, openThen };
};

// constructors

interface BuiltApi {
  readonly api: ArgoApi;
  readonly config: ArgoServerConfig;
  /** The Argo Server-only calls; undefined in `--mode kube`. */
  readonly extras: ArgoServerExtras | undefined;
  /** Hides this connection's secrets in any text. */
  readonly redact: Redactor;
}

/** Builds the transport-level API from env + overrides (`--mode kube` reads the kubeconfig). */
export const makeApi = (o: ClientOptions = {}): E.Either<SubmitError, BuiltApi> => {
  const env = o.env ?? process.env;
  const envProblem = checkEnvFlags(env);
  if (envProblem !== undefined) return E.left(envProblem);
  const resolved = resolveConfig(configFromEnv(env), o);
  const serverSecrets = [resolved.token, ...urlCredentials(resolved.server)];
  const redactServer = makeRedactor(serverSecrets);
  const logTo = resolved.log;
  // Every line (requests, watch progress, retries) goes through the redactor, whoever writes it.
  const config: ArgoServerConfig = { ...resolved, ...(logTo === undefined ? {} : { log: (line: string) => logTo(redactServer(line)) }) };
  const httpFor = (url: string, token: string | undefined, tls: TlsOptions, redact: Redactor, target: ServerTarget) => {
    const verify = !config.insecureSkipVerify && tls.rejectUnauthorized !== false;
    if (!verify) o.warn?.(INSECURE_WARNING);
    return makeHttpClient({
      baseUrl: url,
      token,
      fetch: makeNodeFetch({ ...tls, rejectUnauthorized: verify }),
      timeoutMs: config.timeoutMs,
      retryLimit: config.retryLimit,
      backoffMs: config.backoffMs,
      backoffLimitMs: config.backoffLimitMs,
      redact,
      log: config.log,
      signal: o.signal,
      target,
    });
  };
  if ((o.mode ?? 'argo-server') === 'argo-server') {
    const http = httpFor(baseUrl(config), config.token, {}, redactServer, argoServerTarget(env, o.server, config));
    return E.right({ api: checkedApi(makeArgoServerApi(http, config.namespace)), config, extras: checkedExtras(makeArgoServerExtras(http)), redact: redactServer });
  }
  return E.map((conn: KubeConnection): BuiltApi => {
    const redact = makeRedactor([...serverSecrets, conn.token, conn.tls.key?.toString(), ...urlCredentials(conn.baseUrl)]);
    const http = httpFor(conn.baseUrl, conn.token, conn.tls, redact, {
      name: `the Kubernetes API at ${conn.baseUrl} (${conn.source})`,
      hint: "Check the cluster's server address in the kubeconfig and that the cluster is running.",
    });
    // An explicit namespace (code, flag or ARGO_NAMESPACE) beats the kubeconfig context's.
    const namespace = o.namespace ?? (env['ARGO_NAMESPACE'] || undefined) ?? conn.namespace ?? config.namespace;
    return { api: checkedApi(makeKubeApi(http, namespace)), config: { ...config, namespace }, extras: undefined, redact };
  })(loadKubeConnection({ env, ...o.kube }));
};

export const createClient = (o: ClientOptions = {}): ArgoClient => {
  const built = makeApi(o);
  if (E.isLeft(built)) throw new SubmitFailure(redactDeep(built.left, makeRedactor([...urlCredentials(o.server ?? o.env?.['ARGO_SERVER'])])));
  const { api, config, extras, redact } = built.right;
  const { fail, run, unwrap, openThen } = throwing(redact);
  const server = (): ArgoServerExtras => {
    if (extras === undefined) throw fail(unsupported('This call', api.mode, 'It exists only on the Argo Server: use --mode argo-server.'));
    return extras;
  };
  const policy: RetryPolicy = config;
  const clientSignal = o.signal;
  const ns = (n: string | undefined): string => n ?? api.namespace;

  const runOf = <O>(
    created: Workflow,
    namespace: string,
    codecs: Submittable<O>['outputCodecs'] | undefined,
    artifactNames: ReadonlyArray<string> = [],
  ): WorkflowRun<O> => {
    const name = created.metadata.name ?? '';
    return {
      name,
      namespace,
      created,
      watch: (w) => unwrap(watchWorkflow(api, namespace, name, { log: config.log, ...w })),
      wait: async (w = {}) => {
        const wf = await run(waitForWorkflow(api, namespace, name, { log: config.log, ...w }));
        const succeeded = isSuccessful(wf);
        if (!succeeded && w.throwOnFailure !== false)
          throw fail({
            _tag: 'UsageFailure',
            message: `Workflow ${name} finished ${wf.status?.phase ?? 'without a phase'}${wf.status?.message ? `: ${wf.status.message}` : ''}.`,
          });
        const decoded = succeeded && codecs !== undefined ? await run(async () => decodeOutputs(wf, codecs)) : ({} as O);
        const stored = runArtifacts(wf);
        const artifacts = Object.fromEntries(artifactNames.flatMap((n) => (stored[n] === undefined ? [] : [[n, stored[n]]])));
        const outputs = succeeded ? ({ ...decoded, ...artifactOutputs(stored, artifactNames) } as O) : decoded;
        return { workflow: wf, phase: wf.status?.phase ?? '', succeeded, outputs, artifacts: artifacts as ArtifactsOf<O> };
      },
      logs: (l = {}) => openThen(api.workflowLogs(namespace, name, l)),
    };
  };

  async function submit<O, I>(wf: DslWorkflow<I, O> | Submittable<O, I>, s: SubmitOptions<I> = {}): Promise<WorkflowRun<O>> {
    const params = (s.params ?? {}) as Record<string, unknown>;
    let manifest: ArgoManifest;
    let outputCodecs: Submittable<O, I>['outputCodecs'];
    let outputArtifacts: ReadonlyArray<string> | undefined;
    if (isWorkflow(wf)) {
      // Params become arguments in the AST, so the compiler validates the workflow as it will run.
      const compiled = submittableOf(wf as DslWorkflow<I, O>, params);
      if (E.isLeft(compiled)) throw new TiphysError(compiled.left, 'workflow');
      ({ manifest, outputCodecs, outputArtifacts } = compiled.right);
    } else {
      const sub = wf as Submittable<O, I>;
      const codecs = sub.inputCodecs as Readonly<Record<string, Codec<unknown>>> | undefined;
      manifest = await run(async () => withParams(sub.manifest, params, codecs));
      outputCodecs = sub.outputCodecs;
      outputArtifacts = sub.outputArtifacts;
    }
    const namespace = ns(s.namespace);
    const created = await run(createWorkflowOnce(api, policy, namespace, manifest, s));
    return runOf(created, namespace, outputCodecs, outputArtifacts);
  }

  return {
    api,
    config,
    submit,
    create: (m: ArgoManifest, o: CreateOptions & { namespace?: string; submissionId?: string } = {}): Promise<Workflow> =>
      run(createWorkflowOnce(api, policy, ns(o.namespace), m, o)),
    submitFrom: (kind: ResourceKind, name: string, o: SubmitFromOptions & { namespace?: string } = {}): Promise<Workflow> =>
      run(submitFromOnce(api, policy, ns(o.namespace), kind, name, o)),
    lint: (m: ArgoManifest, namespace?: string): Promise<Workflow> => run(api.lintWorkflow(ns(namespace), m)),
    get: (name: string, namespace?: string): Promise<Workflow> => run(api.getWorkflow(ns(namespace), name)),
    list: (o: ListOptions & { namespace?: string } = {}): Promise<WorkflowList> => run(api.listWorkflows(ns(o.namespace), o)),
    watch: (name: string, o: WatchWorkflowOptions & { namespace?: string } = {}): AsyncIterable<Workflow> =>
      unwrap(watchWorkflow(api, ns(o.namespace), name, { log: config.log, ...o })),
    wait: (name: string, o: WaitOptions & { namespace?: string } = {}): Promise<Workflow> =>
      run(waitForWorkflow(api, ns(o.namespace), name, { log: config.log, ...o })),
    logs: (name: string, o: LogOptions & { namespace?: string } = {}): AsyncIterable<LogEntry> =>
      openThen(api.workflowLogs(ns(o.namespace), name, o)),
    delete: (name: string, namespace?: string): Promise<void> => run(api.deleteWorkflow(ns(namespace), name)),
    action: (name: string, action: WorkflowAction, o: ActionOptions & { namespace?: string } = {}): Promise<Workflow> =>
      run(api.workflowAction(ns(o.namespace), name, action, o)),
    resume: async (
      r: RunOrName,
      node: SuspendTemplate<unknown, unknown, unknown> | string,
      outputs: Readonly<Record<string, unknown>> = {},
      o: InNamespace = {},
    ): Promise<Workflow> => {
      const [name, namespace] = typeof r === 'string' ? [r, ns(o.namespace)] : [r.name, r.namespace];
      const select: SuspendNodeSelector = typeof node === 'string' ? { displayName: node } : { templateName: node.node.name };
      const encoded = typeof node === 'string' ? E.right(outputs as Readonly<Record<string, string>>) : encodeSupplied(node, outputs);
      if (E.isLeft(encoded)) throw fail({ _tag: 'UsageFailure', message: `Cannot resume ${name}: ${encoded.left}.` });
      const problem = resumeProblem(await run(api.getWorkflow(namespace, name)), select, encoded.right);
      if (problem !== undefined) throw fail({ _tag: 'UsageFailure', message: problem });
      const nodeFieldSelector = fieldSelector(select);
      // Argo sets a suspend node's outputs and resumes it in one call (SetWorkflow with phase Succeeded).
      return Object.keys(encoded.right).length === 0
        ? run(api.workflowAction(namespace, name, 'resume', { nodeFieldSelector }))
        : run(server().setNode(namespace, name, { nodeFieldSelector, phase: 'Succeeded', outputParameters: encoded.right }));
    },
    resource: {
      create: (kind: ResourceKind, obj: ArgoManifest, o: CreateOptions & { namespace?: string } = {}): Promise<ArgoManifest> =>
        run(api.createResource(kind, ns(o.namespace), obj, o)),
      lint: (kind: ResourceKind, obj: ArgoManifest, namespace?: string): Promise<ArgoManifest> =>
        run(api.lintResource(kind, ns(namespace), obj)),
      get: (kind: ResourceKind, name: string, namespace?: string): Promise<ArgoManifest> => run(api.getResource(kind, ns(namespace), name)),
      list: (kind: ResourceKind, o: ListOptions & { namespace?: string } = {}): Promise<ResourceList> =>
        run(api.listResources(kind, ns(o.namespace), o)),
      update: (kind: ResourceKind, obj: ArgoManifest, namespace?: string): Promise<ArgoManifest> =>
        run(api.updateResource(kind, ns(namespace), obj)),
      delete: (kind: ResourceKind, name: string, namespace?: string): Promise<void> => run(api.deleteResource(kind, ns(namespace), name)),
    },
    cron: (name: string, action: 'suspend' | 'resume', namespace?: string): Promise<ArgoManifest> =>
      run(api.cronAction(ns(namespace), name, action)),
    server: {
      info: () => run(server().info()),
      userInfo: () => run(server().userInfo()),
      setNode: (name, o) => run(server().setNode(ns(o.namespace), name, o)),
      podLogs: (name, pod, o = {}) => openThen(server().podLogs(ns(o.namespace), name, pod, o)),
      events: (o = {}) => openThen(server().events(ns(o.namespace), o)),
      artifact: (ref) => run(server().artifact(ref)),
      artifactFile: (of, nodeId, artifactName, namespace) => run(server().artifactFile(ns(namespace), of, nodeId, artifactName)),
    },
    archive: {
      list: (o = {}) => run(server().archive.list(o)),
      get: (uid) => run(server().archive.get(uid)),
      delete: (uid) => run(server().archive.delete(uid)),
      retry: (uid, name, o = {}) => run(server().archive.retry(uid, ns(o.namespace), name, o)),
      resubmit: (uid, name, o = {}) => run(server().archive.resubmit(uid, ns(o.namespace), name, o)),
      labelKeys: () => run(server().archive.labelKeys()),
      labelValues: (k) => run(server().archive.labelValues(k)),
    },
    version: (): Promise<Readonly<Record<string, unknown>>> => run(api.version()),
    downloadArtifact: (r, artifactName, o = {}) =>
      run(openArtifactDownload(server(), r, artifactName, { namespace: api.namespace, signal: o.signal, cancel: clientSignal }, fail)),
  };
}

