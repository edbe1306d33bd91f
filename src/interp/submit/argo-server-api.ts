/**
 * `ArgoApi` over the Argo Server REST API (shapes from swagger.json, REFERENCE §3). Streams ask for
 * Server-Sent Events and unwrap grpc-gateway's `{result}` / `{error}` envelopes.
 */
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { ArgoApi, EventStream, ResourceKind } from './argo-api.js';
import type { ArgoManifest } from '../typed-io/argo-manifest.js';
import {
  LogEntryResponse,
  ResourceListResponse,
  ResourceResponse,
  WatchEventResponse,
  WorkflowListResponse,
  WorkflowResponse,
} from './response-codecs.js';
import { responseDecoders, type ResponseDecoder } from './decode-response.js';
import { jsonValues } from './event-stream.js';
import type { HttpClient, QueryValue } from './http-client.js';
import { httpFailureFromBody, type SubmitError } from './submit-error.js';

// utils

const seg = encodeURIComponent;


interface KindRoute {
  readonly collection: (ns: string) => string;
  /** Property of the create/update/lint bodies that holds the object. */
  readonly field: 'template' | 'cronWorkflow';
  readonly namespaced: boolean;
}

const ROUTES: { readonly [K in ResourceKind]: KindRoute } = {
  WorkflowTemplate: { collection: (ns) => `api/v1/workflow-templates/${seg(ns)}`, field: 'template', namespaced: true },
  ClusterWorkflowTemplate: { collection: () => 'api/v1/cluster-workflow-templates', field: 'template', namespaced: false },
  CronWorkflow: { collection: (ns) => `api/v1/cron-workflows/${seg(ns)}`, field: 'cronWorkflow', namespaced: true },
};

const listQuery = (o: {
  readonly labelSelector?: string | undefined;
  readonly fieldSelector?: string | undefined;
  readonly limit?: number | undefined;
  readonly continue?: string | undefined;
}): Record<string, QueryValue> => ({
  'listOptions.labelSelector': o.labelSelector,
  'listOptions.fieldSelector': o.fieldSelector,
  'listOptions.limit': o.limit === undefined ? undefined : String(o.limit),
  'listOptions.continue': o.continue,
});

const createOptions = (dryRun: boolean | undefined): Record<string, unknown> =>
  dryRun === true ? { createOptions: { dryRun: ['All'] } } : {};

/** Unwraps `{result}` and turns `{error}` (a grpc-gateway StreamError) into a typed failure. */
export const unwrapStream =
  <A>(decode: ResponseDecoder<A>, what: string) =>
  async function* (values: AsyncIterable<E.Either<SubmitError, unknown>>): EventStream<A> {
    for await (const v of values) {
      if (E.isLeft(v)) {
        yield v;
        continue;
      }
      const msg = v.right as { result?: unknown; error?: { http_code?: number; message?: string } };
      if (msg.error !== undefined) {
        yield E.left(httpFailureFromBody('GET', what, msg.error.http_code ?? 500, JSON.stringify(msg.error)));
      } else if (msg.result !== undefined) yield decode(msg.result);
    }
  };

// constructors

export const makeArgoServerApi = (http: HttpClient, namespace: string): ArgoApi => {
  const { decodeTE, decodeWith } = responseDecoders(http.options.redact);
  const wfPath = (ns: string, name?: string): string =>
    `api/v1/workflows/${seg(ns)}${name === undefined ? '' : `/${seg(name)}`}`;
  const workflow = (what: string) => decodeTE(WorkflowResponse, what);
  const manifest = (kind: ResourceKind, what: string) => decodeTE(ResourceResponse[kind], what);

  const openStream = <A>(path: string, query: Record<string, QueryValue>, codec: t.Decoder<unknown, A>, signal?: AbortSignal) =>
    pipe(
      http.stream({ method: 'GET', path, query, accept: 'text/event-stream', idempotent: true, ...(signal ? { signal } : {}) }),
      TE.map((body) => unwrapStream(decodeWith(codec, `/${path}`), `/${path}`)(jsonValues(body, `/${path}`))),
    );

  return {
    mode: 'argo-server',
    namespace,
    createWorkflow: (ns, wf, o) =>
      pipe(
        http.json({
          method: 'POST',
          path: wfPath(ns),
          body: { namespace: ns, workflow: wf, ...(o.serverDryRun === true ? { serverDryRun: true } : {}), ...createOptions(o.dryRun) },
          idempotent: false,
        }),
        workflow('create workflow'),
      ),
    lintWorkflow: (ns, wf) =>
      pipe(http.json({ method: 'POST', path: `${wfPath(ns)}/lint`, body: { namespace: ns, workflow: wf }, idempotent: true }), workflow('lint workflow')),
    submitFrom: (ns, kind, name, o) => {
      const labels = Object.entries(o.labels ?? {}).map(([k, v]) => `${k}=${v}`);
      const submitOptions: Record<string, unknown> = {
        ...(o.entryPoint === undefined ? {} : { entryPoint: o.entryPoint }),
        ...(o.parameters === undefined ? {} : { parameters: o.parameters }),
        ...(labels.length === 0 ? {} : { labels: labels.join(',') }),
        ...(o.generateName === undefined ? {} : { generateName: o.generateName }),
        ...(o.name === undefined ? {} : { name: o.name }),
        ...(o.serviceAccount === undefined ? {} : { serviceAccount: o.serviceAccount }),
        ...(o.serverDryRun === true ? { serverDryRun: true } : {}),
      };
      return pipe(
        http.json({
          method: 'POST',
          path: `${wfPath(ns)}/submit`,
          body: { namespace: ns, resourceKind: kind, resourceName: name, submitOptions },
          idempotent: false,
        }),
        workflow(`submit ${kind} ${name}`),
      );
    },
    getWorkflow: (ns, name) => pipe(http.json({ method: 'GET', path: wfPath(ns, name), idempotent: true }), workflow(`workflow ${name}`)),
    listWorkflows: (ns, o) =>
      pipe(
        http.json({ method: 'GET', path: wfPath(ns), query: { ...listQuery(o), nameFilter: o.nameFilter }, idempotent: true }),
        decodeTE(WorkflowListResponse, 'list workflows'),
      ),
    watchWorkflows: (ns, o) =>
      openStream(
        `api/v1/workflow-events/${seg(ns)}`,
        {
          'listOptions.fieldSelector': o.fieldSelector,
          'listOptions.labelSelector': o.labelSelector,
          'listOptions.resourceVersion': o.resourceVersion,
        },
        WatchEventResponse,
        o.signal,
      ),
    workflowLogs: (ns, name, o) =>
      openStream(
        `${wfPath(ns, name)}/log`,
        {
          podName: o.podName,
          'logOptions.container': o.container ?? 'main',
          'logOptions.follow': o.follow,
          'logOptions.tailLines': o.tailLines === undefined ? undefined : String(o.tailLines),
          grep: o.grep,
          selector: o.selector,
        },
        LogEntryResponse,
        o.signal,
      ),
    deleteWorkflow: (ns, name) =>
      pipe(
        http.json({ method: 'DELETE', path: wfPath(ns, name), idempotent: true }),
        TE.map(() => undefined),
      ),
    workflowAction: (ns, name, action, o) => {
      const body: Record<string, unknown> = { name, namespace: ns };
      if (o.message !== undefined && action === 'stop') body['message'] = o.message;
      if (o.nodeFieldSelector !== undefined && (action === 'stop' || action === 'resume' || action === 'retry'))
        body['nodeFieldSelector'] = o.nodeFieldSelector;
      if (o.restartSuccessful !== undefined && action === 'retry') body['restartSuccessful'] = o.restartSuccessful;
      if (o.memoized !== undefined && action === 'resubmit') body['memoized'] = o.memoized;
      if (o.parameters !== undefined && (action === 'retry' || action === 'resubmit')) body['parameters'] = o.parameters;
      // retry and resubmit start new work; repeating them after a lost answer could do it twice.
      const idempotent = action !== 'retry' && action !== 'resubmit';
      return pipe(
        http.json({ method: 'PUT', path: `${wfPath(ns, name)}/${action}`, body, idempotent }),
        workflow(`${action} workflow ${name}`),
      );
    },
    createResource: (kind, ns, obj, o) => {
      const r = ROUTES[kind];
      const body = { ...(r.namespaced ? { namespace: ns } : {}), [r.field]: obj, ...createOptions(o.dryRun) };
      return pipe(http.json({ method: 'POST', path: r.collection(ns), body, idempotent: false }), manifest(kind, `create ${kind}`));
    },
    lintResource: (kind, ns, obj) => {
      const r = ROUTES[kind];
      const body = { ...(r.namespaced ? { namespace: ns } : {}), [r.field]: obj };
      return pipe(http.json({ method: 'POST', path: `${r.collection(ns)}/lint`, body, idempotent: true }), manifest(kind, `lint ${kind}`));
    },
    getResource: (kind, ns, name) =>
      pipe(http.json({ method: 'GET', path: `${ROUTES[kind].collection(ns)}/${seg(name)}`, idempotent: true }), manifest(kind, `${kind} ${name}`)),
    listResources: (kind, ns, o) =>
      pipe(
        http.json({ method: 'GET', path: ROUTES[kind].collection(ns), query: listQuery(o), idempotent: true }),
        decodeTE(ResourceListResponse[kind], `list ${kind}`),
      ),
    updateResource: (kind, ns, obj) => {
      const r = ROUTES[kind];
      const name = obj.metadata.name ?? '';
      const path = `${r.collection(ns)}/${seg(name)}`;
      // The server passes the object to a Kubernetes Update, which needs the current resourceVersion.
      return pipe(
        http.json({ method: 'GET', path, idempotent: true }),
        manifest(kind, `${kind} ${name}`),
        TE.chain((cur) => {
          const rv = cur.metadata.resourceVersion;
          const next = { ...obj, metadata: { ...obj.metadata, ...(rv === undefined ? {} : { resourceVersion: rv }) } };
          return http.json({ method: 'PUT', path, body: { ...(r.namespaced ? { namespace: ns } : {}), [r.field]: next }, idempotent: true });
        }),
        manifest(kind, `update ${kind} ${name}`),
      );
    },
    deleteResource: (kind, ns, name) =>
      pipe(
        http.json({ method: 'DELETE', path: `${ROUTES[kind].collection(ns)}/${seg(name)}`, idempotent: true }),
        TE.map(() => undefined),
      ),
    cronAction: (ns, name, action) =>
      pipe(
        http.json({
          method: 'PUT',
          path: `${ROUTES.CronWorkflow.collection(ns)}/${seg(name)}/${action}`,
          body: { name, namespace: ns },
          idempotent: true,
        }),
        manifest('CronWorkflow', `${action} CronWorkflow ${name}`),
      ),
    version: () =>
      pipe(
        http.json({ method: 'GET', path: 'api/v1/version', idempotent: true }),
        TE.map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {})),
      ),
  };
};
