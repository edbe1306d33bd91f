import type { HTTP } from '../argo-model/generated/argo-types.js';
import type { TemplateBase } from './template-node.js';

/** Makes an HTTP request from the Argo agent: Argo's `http`, refs rendered. @category model */
export interface HttpNode extends TemplateBase {
  readonly kind: 'Http';
  readonly http: HTTP;
}
