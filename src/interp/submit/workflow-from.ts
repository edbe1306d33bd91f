/**
 * What `tiphys submit` runs for each kind a module exports: a Workflow as it is; a (Cluster)WorkflowTemplate
 * as a Workflow with `workflowTemplateRef` to it, as `argo submit --from workflowtemplate/NAME` makes; a
 * CronWorkflow as one run of its workflow now, as `argo submit --from cronwf/NAME` makes.
 */
import type { CronWorkflowNode } from '../../core/cron-workflow-node.js';
import type { CronWorkflow } from '../../core/cron-workflow.js';
import type { WorkflowRootKind, WorkflowRootNode } from '../../core/root-node.js';
import type { Workflow } from '../../core/workflow.js';
import type { WorkflowNode } from '../../core/workflow-node.js';
import type { WorkflowTemplate } from '../../core/workflow-template.js';
import type { WorkflowTemplateNode } from '../../core/workflow-template-node.js';

/** The labels Argo puts on a workflow submitted from a stored resource, naming it. */
const FROM_LABEL = {
  WorkflowTemplate: 'workflows.argoproj.io/workflow-template',
  ClusterWorkflowTemplate: 'workflows.argoproj.io/cluster-workflow-template',
  CronWorkflow: 'workflows.argoproj.io/cron-workflow',
} as const;

type From<K extends WorkflowRootKind> = (node: Extract<WorkflowRootNode, { kind: K }>) => WorkflowNode;

const fromLibrary = (lib: WorkflowTemplateNode): WorkflowNode => {
  const name = lib.metadata.name ?? '';
  return {
    kind: 'Workflow',
    metadata: { generateName: `${name}-`, ...(lib.metadata.namespace !== undefined && { namespace: lib.metadata.namespace }), labels: { [FROM_LABEL[lib.kind]]: name } },
    workflowTemplateRef: lib,
    arguments: [],
  };
};

const fromCron: From<'CronWorkflow'> = (cron: CronWorkflowNode) => {
  const name = cron.metadata.name ?? '';
  const { labels, annotations } = cron.workflow.metadata;
  return {
    ...cron.workflow,
    metadata: {
      generateName: `${name}-`,
      ...(cron.metadata.namespace !== undefined && { namespace: cron.metadata.namespace }),
      labels: { ...labels, [FROM_LABEL.CronWorkflow]: name },
      ...(annotations !== undefined && { annotations }),
    },
  };
};

const froms: { readonly [K in WorkflowRootKind]: From<K> } = {
  Workflow: (node) => node,
  WorkflowTemplate: fromLibrary,
  ClusterWorkflowTemplate: fromLibrary,
  CronWorkflow: fromCron,
};

/** A value `tiphys submit` starts a workflow from: a WorkflowEventBinding waits for its event, a Kubernetes object runs nothing. */
export type StartingValue = Workflow<unknown, unknown> | WorkflowTemplate<unknown, unknown> | CronWorkflow;

/** @category refinements */
export const isStartingValue = (v: { readonly kind: string }): v is StartingValue => Object.hasOwn(froms, v.kind);

/** The workflow that submitting `v` creates. */
export const workflowFrom = (v: StartingValue): Workflow<unknown, unknown> =>
  v.kind === 'Workflow'
    ? v
    : (Object.freeze({ kind: 'Workflow', node: Object.freeze((froms[v.kind] as From<WorkflowRootKind>)(v.node as never)) }) as Workflow<unknown, unknown>);
