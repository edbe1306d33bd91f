/**
 * An `ArgoApi` that checks every namespace and name that goes into a request path before the
 * request is made (see resource-name.ts); the transports below build paths from checked names only.
 */
import * as TE from 'fp-ts/lib/TaskEither.js';
import type { ArgoApi } from './argo-api.js';
import type { ArgoServerExtras, ArtifactRef } from './argo-server-extras.js';
import { nameProblem } from './resource-name.js';
import type { SubmitError } from './submit-error.js';

type Names = ReadonlyArray<readonly ['namespace' | 'name', string | undefined, string]>;

/** Runs `then` only when every name is valid. */
const checked = <A>(names: Names, then: () => TE.TaskEither<SubmitError, A>): TE.TaskEither<SubmitError, A> => {
  for (const [kind, value, what] of names) {
    const problem = nameProblem(kind, value ?? '', what);
    if (problem !== undefined) return TE.left(problem);
  }
  return then();
};

const ns = (value: string): Names[number] => ['namespace', value, 'namespace'];

export const checkedApi = (api: ArgoApi): ArgoApi => ({
  mode: api.mode,
  namespace: api.namespace,
  createWorkflow: (n, wf, o) => checked([ns(n)], () => api.createWorkflow(n, wf, o)),
  lintWorkflow: (n, wf) => checked([ns(n)], () => api.lintWorkflow(n, wf)),
  submitFrom: (n, kind, name, o) => checked([ns(n), ['name', name, kind]], () => api.submitFrom(n, kind, name, o)),
  getWorkflow: (n, name) => checked([ns(n), ['name', name, 'workflow']], () => api.getWorkflow(n, name)),
  listWorkflows: (n, o) => checked([ns(n)], () => api.listWorkflows(n, o)),
  watchWorkflows: (n, o) => checked([ns(n)], () => api.watchWorkflows(n, o)),
  workflowLogs: (n, name, o) => checked([ns(n), ['name', name, 'workflow']], () => api.workflowLogs(n, name, o)),
  deleteWorkflow: (n, name) => checked([ns(n), ['name', name, 'workflow']], () => api.deleteWorkflow(n, name)),
  workflowAction: (n, name, action, o) => checked([ns(n), ['name', name, 'workflow']], () => api.workflowAction(n, name, action, o)),
  createResource: (kind, n, obj, o) => checked([ns(n)], () => api.createResource(kind, n, obj, o)),
  lintResource: (kind, n, obj) => checked([ns(n)], () => api.lintResource(kind, n, obj)),
  getResource: (kind, n, name) => checked([ns(n), ['name', name, kind]], () => api.getResource(kind, n, name)),
  listResources: (kind, n, o) => checked([ns(n)], () => api.listResources(kind, n, o)),
  updateResource: (kind, n, obj) => checked([ns(n), ['name', obj.metadata.name, kind]], () => api.updateResource(kind, n, obj)),
  deleteResource: (kind, n, name) => checked([ns(n), ['name', name, kind]], () => api.deleteResource(kind, n, name)),
  cronAction: (n, name, action) => checked([ns(n), ['name', name, 'CronWorkflow']], () => api.cronAction(n, name, action)),
  version: () => api.version(),
});

const artifactNames = (ref: ArtifactRef): Names => ('uid' in ref ? [] : [ns(ref.namespace), ['name', ref.name, 'workflow']]);

/** The Argo Server-only calls, with the namespaces and workflow names they address checked. */
export const checkedExtras = (x: ArgoServerExtras): ArgoServerExtras => ({
  ...x,
  artifact: (ref) => checked(artifactNames(ref), () => x.artifact(ref)),
  artifactStream: (ref, signal) => checked(artifactNames(ref), () => x.artifactStream(ref, signal)),
  artifactFile: (n, of, nodeId, artifactName) =>
    checked([ns(n), ...('workflow' in of ? [['name', of.workflow, 'workflow'] as const] : [])], () => x.artifactFile(n, of, nodeId, artifactName)),
  setNode: (n, name, o) => checked([ns(n), ['name', name, 'workflow']], () => x.setNode(n, name, o)),
  podLogs: (n, name, pod, o) => checked([ns(n), ['name', name, 'workflow'], ['name', pod, 'pod']], () => x.podLogs(n, name, pod, o)),
  events: (n, o) => checked([ns(n)], () => x.events(n, o)),
  archive: {
    ...x.archive,
    retry: (uid, n, name, o) => checked([ns(n), ['name', name, 'workflow']], () => x.archive.retry(uid, n, name, o)),
    resubmit: (uid, n, name, o) => checked([ns(n), ['name', name, 'workflow']], () => x.archive.resubmit(uid, n, name, o)),
  },
});
