import type { CronWorkflowNode } from './cron-workflow-node.js';

/** A CronWorkflow value: a workflow run on a schedule. @category model */
export interface CronWorkflow {
  readonly kind: 'CronWorkflow';
  readonly node: CronWorkflowNode;
}

/** @category refinements */
export const isCronWorkflow = (u: unknown): u is CronWorkflow =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'CronWorkflow' && 'node' in u;
