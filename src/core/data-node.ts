import type { Data } from '../argo-model/generated/argo-types.js';
import type { TemplateBase } from './template-node.js';

/** Reads a source (artifact paths) and transforms it with expressions: Argo's `data`. @category model */
export interface DataNode extends TemplateBase {
  readonly kind: 'Data';
  readonly data: Data;
}
