import type { ParamOnlyRecord } from '../core/param.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { TemplateNode } from '../core/template-node.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import type { WorkflowTemplateKind, WorkflowTemplateNode } from '../core/workflow-template-node.js';
import type { WorkflowFields } from '../core/workflow-fields.js';
import { globalParams, type Globals } from '../typed-refs/globals.js';
import { splitOptions } from './workflow.js';

/** The templates a library holds, under the names its users call them by. @category model */
export type TemplateRecord = { readonly [key: string]: Template<never, unknown> | Template<{}, unknown> };

/** @category model */
export interface WorkflowTemplateSpec<T, G extends Globals<ParamOnlyRecord> | ParamOnlyRecord> extends Omit<WorkflowMetadata, 'name' | 'generateName'>, WorkflowFields {
  /** The resource name: what `templateRef.name` and `workflowTemplateRef.name` point at. */
  readonly name: string;
  readonly templates: T;
  /** The template a workflow run from this one starts at (Argo `spec.entrypoint`). */
  readonly entrypoint?: Template<unknown, unknown>;
  /** The exit handler of a workflow run from this one (Argo `spec.onExit`): it takes no input. */
  readonly onExit?: Template<{}, unknown>;
  /** Global parameters (`globals({...})` or a record of `param.*`), Argo `spec.arguments`. */
  readonly arguments?: G;
  readonly serviceAccountName?: string;
}

const make = <T, G extends Globals<ParamOnlyRecord> | ParamOnlyRecord>(
  kind: WorkflowTemplateKind,
  spec: WorkflowTemplateSpec<T, G>,
): WorkflowTemplate<T, G> => {
  const { name, templates, entrypoint, onExit, arguments: args } = spec;
  const { metadata, fields } = splitOptions(spec, ['templates', 'entrypoint', 'onExit', 'arguments']);
  const library = Object.freeze({ name, clusterScope: kind === 'ClusterWorkflowTemplate' });
  const record = templates as Readonly<Record<string, Template<unknown, unknown>>>;
  const nodes: TemplateNode[] = Object.values(record).map((t) => t.node);
  const node: WorkflowTemplateNode = {
    kind,
    metadata,
    templates: Object.freeze(nodes),
    ...(entrypoint !== undefined && { entrypoint: entrypoint.node }),
    ...(onExit !== undefined && { onExit: onExit.node }),
    globals: args === undefined ? [] : globalParams(args),
    fields,
  };
  // The same template as a library ref: same inputs, outputs and scope, so a call is checked as a local one.
  const refs = Object.fromEntries(Object.entries(record).map(([k, t]) => [k, makeTemplate({ ...t.node, library })]));
  return Object.freeze({ kind, node: Object.freeze(node), templates: Object.freeze(refs) }) as unknown as WorkflowTemplate<T, G>;
};

/**
 * A WorkflowTemplate: templates stored on the cluster under `name`. Calls of `lib.templates.x` render
 * `templateRef`; `workflow({ workflowTemplateRef: lib })` runs it whole.
 * @example
 * ```ts
 * export const lib = workflowTemplate({ name: 'ci-lib', templates: { build, test }, arguments: { registry: param.string({ default: 'ghcr.io/acme' }) } });
 * d.task('build', lib.templates.build, { rev: 'main' });
 * // - name: build
 * //   templateRef: { name: ci-lib, template: build }
 * //   arguments: { parameters: [{ name: rev, value: main }] }
 * ```
 * @category constructors
 */
export const workflowTemplate = <const T extends TemplateRecord, G extends Globals<ParamOnlyRecord> | ParamOnlyRecord = {}>(
  spec: WorkflowTemplateSpec<T, G>,
): WorkflowTemplate<T, G> => make('WorkflowTemplate', spec);

/** A ClusterWorkflowTemplate: as `workflowTemplate`, cluster-wide; refs render `clusterScope: true`. @category constructors */
export const clusterWorkflowTemplate = <const T extends TemplateRecord, G extends Globals<ParamOnlyRecord> | ParamOnlyRecord = {}>(
  spec: WorkflowTemplateSpec<T, G>,
): WorkflowTemplate<T, G> => make('ClusterWorkflowTemplate', spec);
