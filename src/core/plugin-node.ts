import type { Plugin } from '../argo-model/generated/argo-types.js';
import type { TemplateBase } from './template-node.js';

/** Runs an executor plugin: Argo's free-form `plugin` object, refs rendered. @category model */
export interface PluginNode extends TemplateBase {
  readonly kind: 'Plugin';
  readonly plugin: Plugin;
}
