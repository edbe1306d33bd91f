import type { CronWorkflowSpec as ArgoCronWorkflowSpec } from '../argo-model/generated/argo-types.js';
import type { WorkflowMetadata, WorkflowNode } from './workflow-node.js';

/**
 * The fields of Argo's `CronWorkflowSpec` besides the workflow it runs (`schedules`, `timezone`,
 * `concurrencyPolicy`, `when`, `stopStrategy`, ...), typed by the generated model.
 * @category model
 */
export type CronFields = Omit<ArgoCronWorkflowSpec, 'workflowSpec' | 'workflowMetadata'>;

/** A root of the AST: a workflow run on a schedule. @category model */
export interface CronWorkflowNode {
  readonly kind: 'CronWorkflow';
  readonly metadata: WorkflowMetadata;
  readonly cron: CronFields;
  readonly workflow: WorkflowNode;
}
