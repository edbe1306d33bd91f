import type { WorkflowNode } from './workflow-node.js';

/**
 * A workflow: its entrypoint's types `<I, O>` are its parameters and outputs. Every template reachable
 * from the entrypoint is collected by the interpreter; nothing is registered.
 * @category model
 */
export interface Workflow<I, O> {
  readonly kind: 'Workflow';
  readonly node: WorkflowNode;
  readonly _I: I;
  readonly _O: O;
}

/** @category refinements */
export const isWorkflow = (u: unknown): u is Workflow<unknown, unknown> =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'Workflow' && 'node' in u;
