/**
 * Argo Server calls with no Kubernetes API counterpart: the workflow archive, setting a node's
 * outcome (resume a suspend node with outputs), one pod's logs, the Kubernetes event stream, and
 * the server's info. In `--mode kube` each answers `Unsupported`.
 */
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { ActionOptions, EventStream, ListOptions, LogOptions } from './argo-api.js';
import type { LogEntry, Workflow, WorkflowList } from '../../argo-model/generated/index.js';
import { LogEntryResponse, WorkflowResponse, WorkflowListResponse } from './response-codecs.js';
import { unwrapStream } from './argo-server-api.js';
import { responseDecoders } from './decode-response.js';
import { jsonValues } from './event-stream.js';
import type { HttpClient, QueryValue } from './http-client.js';
import type { SubmitError } from './submit-error.js';

// model

export interface KubeEvent {
  readonly reason?: string;
  readonly message?: string;
  readonly type?: string;
  readonly involvedObject?: { readonly kind?: string; readonly name?: string };
}

export interface SetNodeOptions {
  /** e.g. `displayName=approve` or `id=<node id>`. */
  readonly nodeFieldSelector: string;
  readonly phase?: 'Succeeded' | 'Failed' | undefined;
  readonly message?: string | undefined;
  /** Sent as the JSON object string Argo expects. */
  readonly outputParameters?: Readonly<Record<string, string>> | undefined;
}

/** Where an artifact lives: a workflow by namespace and name, or by uid (also archived ones). */
export type ArtifactRef = {
  readonly nodeId: string;
  readonly artifactName: string;
  /** Input artifact of the node instead of an output. */
  readonly input?: boolean | undefined;
} & ({ readonly namespace: string; readonly name: string } | { readonly uid: string });

export interface ArgoServerExtras {
  /** Downloads an artifact (`/artifacts/...`, `/input-artifacts/...`, or by uid). */
  readonly artifact: (ref: ArtifactRef) => TE.TaskEither<SubmitError, Uint8Array>;
  /** The same download as a stream, opened once the headers arrive: for artifacts too large to hold in memory. */
  readonly artifactStream: (ref: ArtifactRef, signal?: AbortSignal) => TE.TaskEither<SubmitError, ReadableStream<Uint8Array>>;
  /** Downloads an output artifact file through `/artifact-files/...` (live or archived workflow). */
  readonly artifactFile: (
    ns: string,
    of: { readonly workflow: string } | { readonly archivedUid: string },
    nodeId: string,
    artifactName: string,
  ) => TE.TaskEither<SubmitError, Uint8Array>;
  readonly info: () => TE.TaskEither<SubmitError, Readonly<Record<string, unknown>>>;
  readonly userInfo: () => TE.TaskEither<SubmitError, Readonly<Record<string, unknown>>>;
  readonly setNode: (ns: string, name: string, o: SetNodeOptions) => TE.TaskEither<SubmitError, Workflow>;
  readonly podLogs: (ns: string, name: string, pod: string, o: LogOptions) => TE.TaskEither<SubmitError, EventStream<LogEntry>>;
  readonly events: (ns: string, o: { readonly fieldSelector?: string; readonly signal?: AbortSignal }) => TE.TaskEither<SubmitError, EventStream<KubeEvent>>;
  readonly archive: {
    readonly list: (o: ListOptions & { readonly namespace?: string | undefined; readonly namePrefix?: string | undefined }) => TE.TaskEither<SubmitError, WorkflowList>;
    readonly get: (uid: string) => TE.TaskEither<SubmitError, Workflow>;
    readonly delete: (uid: string) => TE.TaskEither<SubmitError, void>;
    readonly retry: (uid: string, ns: string, name: string, o: ActionOptions) => TE.TaskEither<SubmitError, Workflow>;
    readonly resubmit: (uid: string, ns: string, name: string, o: ActionOptions) => TE.TaskEither<SubmitError, Workflow>;
    readonly labelKeys: () => TE.TaskEither<SubmitError, ReadonlyArray<string>>;
    readonly labelValues: (labelKey: string) => TE.TaskEither<SubmitError, ReadonlyArray<string>>;
  };
}

// utils

const seg = encodeURIComponent;
const ItemsC = t.type({ items: t.union([t.array(t.string), t.null, t.undefined]) });
/** Kubernetes Events are not in the Argo model; only what `KubeEvent` names is checked, the rest is kept. */
const EventC: t.Decoder<unknown, KubeEvent> = t.partial({
  reason: t.string,
  message: t.string,
  type: t.string,
  involvedObject: t.partial({ kind: t.string, name: t.string }),
});
const asRecord = (u: unknown): Readonly<Record<string, unknown>> => (typeof u === 'object' && u !== null ? (u as Record<string, unknown>) : {});

/** The request path of an artifact (below the base URL). */
export const artifactPath = (ref: ArtifactRef): string => {
  const prefix = ref.input === true ? 'input-artifacts' : 'artifacts';
  const where = 'uid' in ref ? `${prefix}-by-uid/${seg(ref.uid)}` : `${prefix}/${seg(ref.namespace)}/${seg(ref.name)}`;
  return `${where}/${seg(ref.nodeId)}/${seg(ref.artifactName)}`;
};

// constructors

export const makeArgoServerExtras = (http: HttpClient): ArgoServerExtras => {
  const { decodeTE, decodeWith } = responseDecoders(http.options.redact);
  const get = (path: string, query: Record<string, QueryValue> = {}) => http.json({ method: 'GET', path, query, idempotent: true });
  const stream = <A>(path: string, query: Record<string, QueryValue>, codec: t.Decoder<unknown, A>, signal?: AbortSignal) =>
    pipe(
      http.stream({ method: 'GET', path, query, accept: 'text/event-stream', idempotent: true, ...(signal ? { signal } : {}) }),
      TE.map((body) => unwrapStream(decodeWith(codec, `/${path}`), `/${path}`)(jsonValues(body, `/${path}`))),
    );
  const items = (te: TE.TaskEither<SubmitError, unknown>) =>
    pipe(te, decodeTE(ItemsC, 'label list'), TE.map((l) => l.items ?? []));

  const download = (path: string) => http.bytes({ method: 'GET', path, accept: '*/*', idempotent: true });

  return {
    artifact: (ref) => download(artifactPath(ref)),
    artifactStream: (ref, signal) =>
      http.stream({ method: 'GET', path: artifactPath(ref), accept: '*/*', idempotent: true, ...(signal === undefined ? {} : { signal }) }),
    artifactFile: (ns, of, nodeId, artifactName) => {
      const id = 'workflow' in of ? `workflow/${seg(of.workflow)}` : `archived-workflows/${seg(of.archivedUid)}`;
      return download(`artifact-files/${seg(ns)}/${id}/${seg(nodeId)}/outputs/${seg(artifactName)}`);
    },
    info: () => pipe(get('api/v1/info'), TE.map(asRecord)),
    userInfo: () => pipe(get('api/v1/userinfo'), TE.map(asRecord)),
    setNode: (ns, name, o) =>
      pipe(
        http.json({
          method: 'PUT',
          path: `api/v1/workflows/${seg(ns)}/${seg(name)}/set`,
          body: {
            name,
            namespace: ns,
            nodeFieldSelector: o.nodeFieldSelector,
            ...(o.phase === undefined ? {} : { phase: o.phase }),
            ...(o.message === undefined ? {} : { message: o.message }),
            ...(o.outputParameters === undefined ? {} : { outputParameters: JSON.stringify(o.outputParameters) }),
          },
          idempotent: true,
        }),
        decodeTE(WorkflowResponse, `set node of ${name}`),
      ),
    podLogs: (ns, name, pod, o) =>
      stream(
        `api/v1/workflows/${seg(ns)}/${seg(name)}/${seg(pod)}/log`,
        { 'logOptions.container': o.container ?? 'main', 'logOptions.follow': o.follow, grep: o.grep },
        LogEntryResponse,
        o.signal,
      ),
    events: (ns, o) => stream(`api/v1/stream/events/${seg(ns)}`, { 'listOptions.fieldSelector': o.fieldSelector }, EventC, o.signal),
    archive: {
      list: (o) =>
        pipe(
          get('api/v1/archived-workflows', {
            'listOptions.labelSelector': o.labelSelector,
            'listOptions.limit': o.limit === undefined ? undefined : String(o.limit),
            'listOptions.continue': o.continue,
            namespace: o.namespace,
            namePrefix: o.namePrefix,
          }),
          decodeTE(WorkflowListResponse, 'archived workflows'),
        ),
      get: (uid) => pipe(get(`api/v1/archived-workflows/${seg(uid)}`), decodeTE(WorkflowResponse, `archived workflow ${uid}`)),
      delete: (uid) =>
        pipe(http.json({ method: 'DELETE', path: `api/v1/archived-workflows/${seg(uid)}`, idempotent: true }), TE.map(() => undefined)),
      retry: (uid, ns, name, o) =>
        pipe(
          http.json({
            method: 'PUT',
            path: `api/v1/archived-workflows/${seg(uid)}/retry`,
            body: { uid, namespace: ns, name, ...(o.restartSuccessful === undefined ? {} : { restartSuccessful: o.restartSuccessful }), ...(o.parameters === undefined ? {} : { parameters: o.parameters }) },
            idempotent: false,
          }),
          decodeTE(WorkflowResponse, `retry archived ${uid}`),
        ),
      resubmit: (uid, ns, name, o) =>
        pipe(
          http.json({
            method: 'PUT',
            path: `api/v1/archived-workflows/${seg(uid)}/resubmit`,
            body: { uid, namespace: ns, name, ...(o.memoized === undefined ? {} : { memoized: o.memoized }), ...(o.parameters === undefined ? {} : { parameters: o.parameters }) },
            idempotent: false,
          }),
          decodeTE(WorkflowResponse, `resubmit archived ${uid}`),
        ),
      labelKeys: () => items(get('api/v1/archived-workflows-label-keys')),
      labelValues: (labelKey) => items(get('api/v1/archived-workflows-label-values', { 'listOptions.labelSelector': labelKey })),
    },
  };
};
