import type { ResourceTemplate } from '../argo-model/generated/argo-types.js';
import type { TemplateBase } from './template-node.js';
import type { WorkflowNode } from './workflow-node.js';

/**
 * What a resource template applies, before it becomes Argo's `manifest` text: the text itself, an
 * object (refs already rendered), or a tiphys workflow the manifest interpreter renders.
 * @category model
 */
export type ManifestSource =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'object'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly kind: 'workflow'; readonly workflow: WorkflowNode };

/** Acts on a Kubernetes resource (`kubectl <action>`): Argo's `resource`. @category model */
export interface ResourceNode extends TemplateBase {
  readonly kind: 'Resource';
  /** Every field but `manifest`, refs rendered. */
  readonly resource: Omit<ResourceTemplate, 'manifest'>;
  readonly manifest?: ManifestSource;
}
