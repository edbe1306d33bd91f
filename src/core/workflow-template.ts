import type { WorkflowTemplateKind, WorkflowTemplateNode } from './workflow-template-node.js';

/**
 * A WorkflowTemplate or ClusterWorkflowTemplate value. `templates` holds its templates as library refs:
 * calling `lib.templates.build` in a dag or steps renders `templateRef: { name, template }` and checks the
 * arguments exactly as for a local template. `_G` and `_E` (never set) are the types of its global
 * arguments and of its entrypoint's inputs (`{}` without an entrypoint); `_S` of the globals it expects
 * supplied at submit time (`expects`), which every run must give.
 * @category model
 */
export interface WorkflowTemplate<T, G, E = unknown, S = {}> {
  readonly kind: WorkflowTemplateKind;
  readonly node: WorkflowTemplateNode;
  readonly templates: T;
  readonly _G: G;
  readonly _E: E;
  readonly _S: S;
  /** Set on a `workflowTemplateStub`: it only names a template that lives elsewhere, and is no document. */
  readonly stub?: true;
}

/** @category refinements */
export const isWorkflowTemplate = (u: unknown): u is WorkflowTemplate<unknown, unknown> =>
  typeof u === 'object' &&
  u !== null &&
  ((u as { kind?: unknown }).kind === 'WorkflowTemplate' || (u as { kind?: unknown }).kind === 'ClusterWorkflowTemplate') &&
  'node' in u;
