/**
 * `ArgoApi` over the Kubernetes API (`/apis/argoproj.io/v1alpha1/...`), for clusters reached
 * without an Argo Server. Actions the Argo Server computes (stop, terminate, suspend, resume) are
 * the same spec patches the in-process `argo` CLI applies; lint and retry need the server.
 */
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { ArgoApi, EventStream, ResourceKind, WorkflowAction } from './argo-api.js';
import type { LogEntry, Workflow } from '../../argo-model/generated/index.js';
import type { ArgoManifest } from '../typed-io/argo-manifest.js';
import {
  ResourceListResponse,
  ResourceResponse,
  WatchEventResponse,
  WorkflowListResponse,
  WorkflowResponse,
} from './response-codecs.js';
import { responseDecoders, type ResponseDecoder } from './decode-response.js';
import { jsonValues } from './event-stream.js';
import type { HttpClient } from './http-client.js';
import { httpFailureFromBody, unsupported, type SubmitError } from './submit-error.js';

// utils

const GROUP = 'apis/argoproj.io/v1alpha1';
const API_VERSION = 'argoproj.io/v1alpha1';
const seg = encodeURIComponent;
const MERGE_PATCH = 'application/merge-patch+json';

const PLURAL: { readonly [K in ResourceKind]: string } = {
  WorkflowTemplate: 'workflowtemplates',
  ClusterWorkflowTemplate: 'clusterworkflowtemplates',
  CronWorkflow: 'cronworkflows',
};

const PodListC = t.type({ items: t.array(t.type({ metadata: t.type({ name: t.string }) })) });

const ACTION_PATCH: { readonly [K in WorkflowAction]?: unknown } = {
  stop: { spec: { shutdown: 'Stop' } },
  terminate: { spec: { shutdown: 'Terminate' } },
  suspend: { spec: { suspend: true } },
  resume: { spec: { suspend: null } },
};

const path = (plural: string, ns: string | undefined, name?: string): string =>
  `${GROUP}/${ns === undefined ? '' : `namespaces/${seg(ns)}/`}${plural}${name === undefined ? '' : `/${seg(name)}`}`;

const stamp = (kind: string, obj: ArgoManifest, ns: string | undefined): ArgoManifest => ({
  ...obj,
  apiVersion: API_VERSION,
  kind,
  metadata: { ...obj.metadata, ...(ns === undefined ? {} : { namespace: ns }) },
});

/** Kubernetes watch lines are `{type, object}`, or `{type: "ERROR", object: Status}`. */
async function* kubeEvents<A>(values: AsyncIterable<E.Either<SubmitError, unknown>>, decode: ResponseDecoder<A>, what: string): EventStream<A> {
  for await (const v of values) {
    if (E.isLeft(v)) {
      yield v;
      continue;
    }
    const ev = v.right as { type?: string; object?: { code?: number } };
    if (ev.type === 'BOOKMARK') continue;
    if (ev.type === 'ERROR') yield E.left(httpFailureFromBody('GET', what, ev.object?.code ?? 500, JSON.stringify(ev.object)));
    else yield decode(ev);
  }
}

// constructors

export const makeKubeApi = (http: HttpClient, namespace: string): ArgoApi => {
  const { decodeTE, decodeWith } = responseDecoders(http.options.redact);
  const workflow = (what: string) => decodeTE(WorkflowResponse, what);
  const manifest = (kind: ResourceKind, what: string) => decodeTE(ResourceResponse[kind], what);
  const scope = (kind: ResourceKind, ns: string): string | undefined => (kind === 'ClusterWorkflowTemplate' ? undefined : ns);

  const createWorkflow: ArgoApi['createWorkflow'] = (ns, wf, o) =>
    o.dryRun === true
      ? TE.right(stamp('Workflow', wf, ns) as Workflow)
      : pipe(
          http.json({
            method: 'POST',
            path: path('workflows', ns),
            query: { dryRun: o.serverDryRun === true ? 'All' : undefined },
            body: stamp('Workflow', wf, ns),
            idempotent: false,
          }),
          workflow('create workflow'),
        );

  const getWorkflow: ArgoApi['getWorkflow'] = (ns, name) =>
    pipe(http.json({ method: 'GET', path: path('workflows', ns, name), idempotent: true }), workflow(`workflow ${name}`));

  const logsOf = (ns: string, pods: ReadonlyArray<string>, o: Parameters<ArgoApi['workflowLogs']>[2]) =>
    async function* (): EventStream<LogEntry> {
      for (const pod of pods) {
        const opened = await http.stream({
          method: 'GET',
          path: `api/v1/namespaces/${seg(ns)}/pods/${seg(pod)}/log`,
          query: {
            container: o.container ?? 'main',
            follow: o.follow,
            tailLines: o.tailLines === undefined ? undefined : String(o.tailLines),
          },
          accept: 'text/plain',
          idempotent: true,
          ...(o.signal === undefined ? {} : { signal: o.signal }),
        })();
        if (E.isLeft(opened)) {
          yield opened;
          return;
        }
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of opened.right) {
          buffer += decoder.decode(chunk, { stream: true });
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          for (const content of lines) if (o.grep === undefined || content.includes(o.grep)) yield E.right({ content, podName: pod });
        }
        if (buffer !== '' && (o.grep === undefined || buffer.includes(o.grep))) yield E.right({ content: buffer, podName: pod });
      }
    };

  return {
    mode: 'kube',
    namespace,
    createWorkflow,
    lintWorkflow: () =>
      TE.left(unsupported('lint', 'kube', 'Linting runs Argo\'s validation on the Argo Server: use --mode argo-server with ARGO_SERVER.')),
    submitFrom: (ns, kind, name, o) => {
      const labels = o.labels ?? {};
      const args = (o.parameters ?? []).map((p) => {
        const eq = p.indexOf('=');
        return { name: p.slice(0, eq), value: p.slice(eq + 1) };
      });
      const meta = {
        ...(o.name === undefined ? { generateName: o.generateName ?? `${name}-` } : { name: o.name }),
        labels,
      };
      const fromSpec = (spec: Record<string, unknown>): ArgoManifest => ({
        metadata: meta,
        spec: {
          ...spec,
          ...(o.entryPoint === undefined ? {} : { entrypoint: o.entryPoint }),
          ...(o.serviceAccount === undefined ? {} : { serviceAccountName: o.serviceAccount }),
          ...(args.length === 0 ? {} : { arguments: { parameters: args } }),
        },
      });
      if (kind !== 'CronWorkflow') {
        const ref = { name, ...(kind === 'ClusterWorkflowTemplate' ? { clusterScope: true } : {}) };
        return createWorkflow(ns, fromSpec({ workflowTemplateRef: ref }), { serverDryRun: o.serverDryRun });
      }
      return pipe(
        http.json({ method: 'GET', path: path('cronworkflows', ns, name), idempotent: true }),
        TE.map((cron) => ((cron as { spec?: { workflowSpec?: Record<string, unknown> } }).spec?.workflowSpec ?? {})),
        TE.chain((spec) => createWorkflow(ns, fromSpec(spec), { serverDryRun: o.serverDryRun })),
      );
    },
    getWorkflow,
    listWorkflows: (ns, o) =>
      pipe(
        http.json({
          method: 'GET',
          path: path('workflows', ns),
          query: { labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, limit: o.limit, continue: o.continue },
          idempotent: true,
        }),
        decodeTE(WorkflowListResponse, 'list workflows'),
        TE.map((l) => ({
          ...l,
          items: l.items.filter((w) => o.nameFilter === undefined || (w.metadata.name ?? '').includes(o.nameFilter)),
        })),
      ),
    watchWorkflows: (ns, o) =>
      pipe(
        http.stream({
          method: 'GET',
          path: path('workflows', ns),
          query: { watch: 'true', fieldSelector: o.fieldSelector, labelSelector: o.labelSelector, resourceVersion: o.resourceVersion },
          idempotent: true,
          ...(o.signal === undefined ? {} : { signal: o.signal }),
        }),
        TE.map((body) => kubeEvents(jsonValues(body, 'watch workflows'), decodeWith(WatchEventResponse, `/${path('workflows', ns)}`), `/${path('workflows', ns)}`)),
      ),
    workflowLogs: (ns, name, o) =>
      pipe(
        http.json({
          method: 'GET',
          path: `api/v1/namespaces/${seg(ns)}/pods`,
          query: { labelSelector: `workflows.argoproj.io/workflow=${name}` },
          idempotent: true,
        }),
        decodeTE(PodListC, `pods of workflow ${name}`),
        TE.map((pods) =>
          logsOf(ns, pods.items.map((p) => p.metadata.name).filter((p) => o.podName === undefined || p === o.podName), o)(),
        ),
      ),
    deleteWorkflow: (ns, name) =>
      pipe(http.json({ method: 'DELETE', path: path('workflows', ns, name), idempotent: true }), TE.map(() => undefined)),
    workflowAction: (ns, name, action, o) => {
      const patch = ACTION_PATCH[action];
      if (patch !== undefined)
        return pipe(
          http.json({ method: 'PATCH', path: path('workflows', ns, name), body: patch, contentType: MERGE_PATCH, idempotent: true }),
          workflow(`${action} workflow ${name}`),
        );
      if (action === 'resubmit')
        return pipe(
          getWorkflow(ns, name),
          TE.chain((old) =>
            createWorkflow(ns, { metadata: { generateName: `${name}-`, labels: old.metadata.labels ?? {} }, spec: old.spec }, {}),
          ),
        );
      return TE.left(unsupported(action, 'kube', `Argo's ${action} rewrites the workflow status on the Argo Server: use --mode argo-server.`));
    },
    createResource: (kind, ns, obj, o) =>
      o.dryRun === true
        ? TE.right(stamp(kind, obj, scope(kind, ns)))
        : pipe(
            http.json({
              method: 'POST',
              path: path(PLURAL[kind], scope(kind, ns)),
              query: { dryRun: o.serverDryRun === true ? 'All' : undefined },
              body: stamp(kind, obj, scope(kind, ns)),
              idempotent: false,
            }),
            manifest(kind, `create ${kind}`),
          ),
    lintResource: (kind) => TE.left(unsupported(`lint ${kind}`, 'kube', 'Use --mode argo-server with ARGO_SERVER.')),
    getResource: (kind, ns, name) =>
      pipe(http.json({ method: 'GET', path: path(PLURAL[kind], scope(kind, ns), name), idempotent: true }), manifest(kind, `${kind} ${name}`)),
    listResources: (kind, ns, o) =>
      pipe(
        http.json({
          method: 'GET',
          path: path(PLURAL[kind], scope(kind, ns)),
          query: { labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, limit: o.limit, continue: o.continue },
          idempotent: true,
        }),
        decodeTE(ResourceListResponse[kind], `list ${kind}`),
      ),
    updateResource: (kind, ns, obj) => {
      const name = obj.metadata.name ?? '';
      const p = path(PLURAL[kind], scope(kind, ns), name);
      // Kubernetes wants the current resourceVersion on a replace; the Argo Server fills it in itself.
      return pipe(
        http.json({ method: 'GET', path: p, idempotent: true }),
        manifest(kind, `${kind} ${name}`),
        TE.chain((cur) => {
          const rv = cur.metadata.resourceVersion;
          const body = stamp(kind, { ...obj, metadata: { ...obj.metadata, ...(rv === undefined ? {} : { resourceVersion: rv }) } }, scope(kind, ns));
          return http.json({ method: 'PUT', path: p, body, idempotent: true });
        }),
        manifest(kind, `update ${kind} ${name}`),
      );
    },
    deleteResource: (kind, ns, name) =>
      pipe(http.json({ method: 'DELETE', path: path(PLURAL[kind], scope(kind, ns), name), idempotent: true }), TE.map(() => undefined)),
    cronAction: (ns, name, action) =>
      pipe(
        http.json({
          method: 'PATCH',
          path: path('cronworkflows', ns, name),
          body: { spec: { suspend: action === 'suspend' } },
          contentType: MERGE_PATCH,
          idempotent: true,
        }),
        manifest('CronWorkflow', `${action} CronWorkflow ${name}`),
      ),
    version: () =>
      pipe(
        http.json({ method: 'GET', path: 'version', idempotent: true }),
        TE.map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})),
      ),
  };
};
