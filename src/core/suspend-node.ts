import type { TemplateBase } from './template-node.js';

/**
 * Pauses the workflow until resumed, or for `duration`. Outputs declared `supplied` are set on resume.
 * @category model
 */
export interface SuspendNode extends TemplateBase {
  readonly kind: 'Suspend';
  /** Seconds (`"20"`) or a duration (`"2m"`); may hold refs. */
  readonly duration?: string;
}
