/**
 * A workflow manifest turned into a stored resource: WorkflowTemplate, ClusterWorkflowTemplate or
 * CronWorkflow. Stored resources need a fixed name; `generateName: "x-"` gives `x`.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ResourceKind } from './argo-api.js';
import type { ArgoManifest } from './argo-manifest.js';
import { usageFailure, type SubmitError } from './submit-error.js';

const API_VERSION = 'argoproj.io/v1alpha1';

const fixedName = (m: ArgoManifest, kind: ResourceKind): E.Either<SubmitError, string> => {
  const name = m.metadata.name ?? m.metadata.generateName?.replace(/[-.]+$/, '');
  return name === undefined || name === ''
    ? E.left(usageFailure(`A ${kind} needs a name: give the workflow \`name\` (or \`generateName\`) in its metadata.`))
    : E.right(name);
};

const meta = (m: ArgoManifest, name: string): ArgoManifest['metadata'] => ({
  name,
  ...(m.metadata.labels === undefined ? {} : { labels: m.metadata.labels }),
  ...(m.metadata.annotations === undefined ? {} : { annotations: m.metadata.annotations }),
});

export interface CronOptions {
  readonly schedules: ReadonlyArray<string>;
  readonly timezone?: string | undefined;
  readonly concurrencyPolicy?: string | undefined;
}

/** A Workflow manifest as a (Cluster)WorkflowTemplate; a manifest already of that kind is kept. */
export const asTemplate = (m: ArgoManifest, kind: 'WorkflowTemplate' | 'ClusterWorkflowTemplate'): E.Either<SubmitError, ArgoManifest> =>
  m.kind === kind
    ? E.right(m)
    : E.map((name: string): ArgoManifest => ({ apiVersion: API_VERSION, kind, metadata: meta(m, name), spec: m.spec }))(fixedName(m, kind));

/** A Workflow manifest as a CronWorkflow running it on `schedules`; a CronWorkflow is kept. */
export const asCron = (m: ArgoManifest, o: CronOptions): E.Either<SubmitError, ArgoManifest> => {
  if (m.kind === 'CronWorkflow') return E.right(m);
  if (o.schedules.length === 0) return E.left(usageFailure('A CronWorkflow needs at least one --schedule, e.g. --schedule "0 * * * *".'));
  return E.map(
    (name: string): ArgoManifest => ({
      apiVersion: API_VERSION,
      kind: 'CronWorkflow',
      metadata: meta(m, name),
      spec: {
        schedules: o.schedules,
        ...(o.timezone === undefined ? {} : { timezone: o.timezone }),
        ...(o.concurrencyPolicy === undefined ? {} : { concurrencyPolicy: o.concurrencyPolicy }),
        workflowSpec: m.spec,
      },
    }),
  )(fixedName(m, 'CronWorkflow'));
};
