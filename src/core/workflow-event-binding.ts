import type { WorkflowEventBindingNode } from './workflow-event-binding-node.js';

/** A WorkflowEventBinding value: submits a workflow from a WorkflowTemplate on a matching event. @category model */
export interface WorkflowEventBinding {
  readonly kind: 'WorkflowEventBinding';
  readonly node: WorkflowEventBindingNode;
}

/** @category refinements */
export const isWorkflowEventBinding = (u: unknown): u is WorkflowEventBinding =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'WorkflowEventBinding' && 'node' in u;
