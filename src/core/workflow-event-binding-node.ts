import type { ArgNode, NamedParam } from './template-node.js';
import type { WorkflowMetadata } from './workflow-node.js';
import type { WorkflowTemplateNode } from './workflow-template-node.js';

/** One argument a binding submits: a literal value, or a parameter read from the event (`param.*({ event })`). @category model */
export type BindingArgNode = { readonly arg: ArgNode } | { readonly param: NamedParam };

/** What a binding submits: a workflow from a WorkflowTemplate, with arguments. @category model */
export interface BindingSubmitNode {
  readonly workflowTemplateRef: WorkflowTemplateNode;
  readonly arguments: ReadonlyArray<BindingArgNode>;
  /** Labels and annotations of the workflow it submits (Argo `submit.metadata`). */
  readonly metadata?: Pick<WorkflowMetadata, 'labels' | 'annotations'>;
}

/**
 * A root of the AST: an Argo WorkflowEventBinding, which submits a workflow from a WorkflowTemplate
 * when an event posted to the Argo Server matches its selector.
 * @category model
 */
export interface WorkflowEventBindingNode {
  readonly kind: 'WorkflowEventBinding';
  readonly metadata: WorkflowMetadata;
  /** The expr-lang expression over the event (`payload`, `metadata`, `discriminator`) that must hold. */
  readonly selector: string;
  readonly submit?: BindingSubmitNode;
}
