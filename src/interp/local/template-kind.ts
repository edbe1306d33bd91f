// Which kind a rendered template is, and the node type Argo gives it.
import type { Template } from '../../argo-model/generated/index.js';
import type { NodeType } from './local-node.js';

/** The body fields of an Argo template, one per kind. */
export type TemplateKind = 'container' | 'script' | 'containerSet' | 'resource' | 'http' | 'plugin' | 'data' | 'suspend' | 'steps' | 'dag';

/** Argo's node type for each kind: every leaf that would be a pod is `Pod`. */
export const NODE_TYPE: { readonly [K in TemplateKind]: NodeType } = {
  container: 'Pod',
  script: 'Pod',
  containerSet: 'Pod',
  resource: 'Pod',
  data: 'Pod',
  http: 'HTTP',
  plugin: 'Plugin',
  suspend: 'Suspend',
  steps: 'Steps',
  dag: 'DAG',
};

const KINDS = Object.keys(NODE_TYPE) as ReadonlyArray<TemplateKind>;

/** The kind of `t`, or undefined for a template with no body (validation refuses it). */
export const templateKind = (t: Template): TemplateKind | undefined => KINDS.find((k) => t[k] !== undefined);

/** Leaves run through the LeafRunner; suspend, steps and dag run in the scheduler. */
export const isLeafKind = (k: TemplateKind): boolean => k !== 'suspend' && k !== 'steps' && k !== 'dag';
