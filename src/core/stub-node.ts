import type { TemplateBase } from './template-node.js';

/**
 * A template known only by its signature (inputs, outputs, `result`): it lives in a WorkflowTemplate
 * on a cluster or in YAML (see `tiphys stub`), so it is only ever called by `templateRef`.
 * @category model
 */
export interface StubNode extends TemplateBase {
  readonly kind: 'Stub';
  /** A call of it runs a pod of its own (a container, script or resource template), so it has an `ip`. */
  readonly pod: boolean;
}
