import type { ParamOnlyRecord } from '../core/param.js';
import { makeTemplate, type InputsOfTemplate, type Template } from '../core/template.js';
import type { TemplateNode } from '../core/template-node.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import { libraryOf, type WorkflowTemplateKind, type WorkflowTemplateNode } from '../core/workflow-template-node.js';
import { globalParams, type Globals, type TemplateArguments } from '../typed-refs/globals.js';
import type { GlobalRef } from '../typed-refs/ref.js';
import type { TemplateArgsFor } from '../typed-refs/workflow-args.js';
import { artifactValues } from './artifact-args.js';
import { hookNodes, type CheckSpecExits, type Hooks } from './hook.js';
import { splitOptions, type WorkflowFieldOptions } from './workflow.js';

/** The templates a library holds, under the names its users call them by. @category model */
export type TemplateRecord = { readonly [key: string]: Template<never, unknown> | Template<{}, unknown> };

/** @category model */
export interface WorkflowTemplateSpec<T, G extends TemplateArguments, E = {}, S extends Globals<ParamOnlyRecord> | ParamOnlyRecord = {}> extends Omit<WorkflowMetadata, 'name' | 'generateName'>, Omit<WorkflowFieldOptions, 'hooks'> {
  /** The resource name: what `templateRef.name` and `workflowTemplateRef.name` point at. */
  readonly name: string;
  readonly templates: T;
  /** The template a workflow run from this one starts at (Argo `spec.entrypoint`); its inputs type that workflow's arguments. */
  readonly entrypoint?: Template<E, unknown>;
  /** The exit handler of a workflow run from this one (Argo `spec.onExit`): it takes no input. */
  readonly onExit?: Template<{}, unknown>;
  /**
   * Lifecycle hooks of a workflow run from this one (Argo `spec.hooks`), as `workflow({ hooks })`'s:
   * templates or `hook({ template, arguments, expression })`; their templates go into `spec.templates`.
   */
  readonly hooks?: Hooks;
  /**
   * Argo `spec.arguments`: global parameters (`globals({...})` or a record of `param.*`), and values for
   * the entrypoint's artifact inputs (`s3({...})`, `raw(...)`, ...) beside them (`{ ...g, data: s3({...}) }`).
   */
  readonly arguments?: G;
  /**
   * Globals its templates read (`s.x` of `const s = globals({...})`) that it does not declare in
   * `spec.arguments`: every run supplies them (`workflow({ workflowTemplateRef, arguments })`, a
   * `workflowEventBinding`'s `submit.arguments`), which the checker enforces.
   */
  readonly expects?: S;
  readonly serviceAccountName?: string | GlobalRef<string>;
}

const make = <T, G extends TemplateArguments, E, S extends Globals<ParamOnlyRecord> | ParamOnlyRecord>(
  kind: WorkflowTemplateKind,
  spec: WorkflowTemplateSpec<T, G, E, S>,
  stub = false,
): WorkflowTemplate<T, G, E, S> => {
  const { templates, entrypoint, onExit, hooks, arguments: args, expects } = spec;
  const { metadata, fields } = splitOptions(spec, ['templates', 'entrypoint', 'onExit', 'hooks', 'arguments', 'expects']);
  const record = templates as Readonly<Record<string, Template<unknown, unknown>>>;
  const nodes: TemplateNode[] = Object.values(record).map((t) => t.node);
  const artifacts = args === undefined ? undefined : artifactValues(args);
  const node: WorkflowTemplateNode = {
    kind,
    metadata,
    templates: Object.freeze(nodes),
    ...(entrypoint !== undefined && { entrypoint: entrypoint.node }),
    ...(onExit !== undefined && { onExit: onExit.node }),
    ...(hooks !== undefined && { hooks: hookNodes(hooks) }),
    globals: args === undefined ? [] : globalParams(args),
    ...(artifacts !== undefined && { artifacts }),
    ...(expects !== undefined && { expects: globalParams(expects) }),
    fields,
    ...(stub && { stub: true as const }),
  };
  const library = libraryOf(node);
  // The same template as a library ref: same inputs, outputs and scope, so a call is checked as a local one.
  const refs = Object.fromEntries(Object.entries(record).map(([k, t]) => [k, makeTemplate({ ...t.node, library })]));
  return Object.freeze({ kind, node: Object.freeze(node), templates: Object.freeze(refs), ...(stub && { stub: true }) }) as unknown as WorkflowTemplate<T, G, E, S>;
};

/**
 * `workflowTemplate` and `clusterWorkflowTemplate`: `H` and `X` are the hooks and onExit as written, so a bare
 * one whose template needs an input is a sentence.
 * @category model
 */
export interface WorkflowTemplateConstructor {
  <
    const T extends TemplateRecord,
    G extends TemplateArguments & TemplateArgsFor<G, E> = {},
    E = {},
    S extends Globals<ParamOnlyRecord> | ParamOnlyRecord = {},
    H extends Hooks = {},
    X extends Template<unknown, unknown> = never,
  >(
    spec: WorkflowTemplateSpec<T, G, E, S> & { readonly hooks?: H; readonly onExit?: X } & CheckSpecExits<H, X>,
  ): WorkflowTemplate<T, G, E, S>;
}

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
 *
 * // A global its templates read, given by whoever runs it (a WorkflowEventBinding, a workflow): not in spec.arguments.
 * const supplied = globals({ appellation: param.string() });
 * export const consumer = workflowTemplate({ name: 'event-consumer', entrypoint: say, templates: {}, expects: supplied });
 * workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: { appellation: 'world' } }); // required by tsc
 *
 * // Hooks of a run, as workflow({ hooks })'s; their templates go into spec.templates.
 * workflowTemplate({ name: 'hooked', entrypoint: main, templates: {}, hooks: { exit: cleanup, running: hook({ template: notify, arguments: { msg: 'up' }, expression: eq(wf.status, 'Running') }) } });
 * // spec:
 * //   hooks:
 * //     exit: { template: cleanup }
 * //     running: { template: notify, arguments: { parameters: [{ name: msg, value: up }] }, expression: "workflow.status == 'Running'" }
 * ```
 * @category constructors
 */
export const workflowTemplate: WorkflowTemplateConstructor = (spec) => make('WorkflowTemplate', spec);

/** A ClusterWorkflowTemplate: as `workflowTemplate`, cluster-wide; refs render `clusterScope: true`. @category constructors */
export const clusterWorkflowTemplate: WorkflowTemplateConstructor = (spec) => make('ClusterWorkflowTemplate', spec);

/** A stub's WorkflowTemplate: `cluster: true` for a ClusterWorkflowTemplate. @category model */
export interface WorkflowTemplateStubSpec<T, G extends TemplateArguments, K extends keyof T & string = never, S extends Globals<ParamOnlyRecord> | ParamOnlyRecord = {}>
  extends Pick<WorkflowTemplateSpec<T, G, {}, S>, 'name' | 'templates' | 'arguments' | 'expects'> {
  readonly cluster?: boolean;
  /** The key in `templates` of the template a workflow run from it starts at. */
  readonly entrypoint?: K;
}

/** The inputs of the template under key `K` of a library's templates (`{}` for none). @category type-level */
export type EntryInputs<T, K> = [K] extends [never] ? {} : K extends keyof T ? InputsOfTemplate<T[K]> : {};

/**
 * A WorkflowTemplate that lives elsewhere (on a cluster, in YAML), known by its signatures: its
 * `templateStub`s are called like local templates and render `templateRef`, and
 * `workflow({ workflowTemplateRef })` is typed by its global arguments; artifact arguments (Argo
 * `spec.arguments.artifacts`) stand beside them as in `workflowTemplate`. It is no document of the module:
 * `tiphys build` and `tiphys template create` leave it out. `tiphys stub` writes these;
 * `tiphys lint --against lib.yaml` reports one that no longer matches its template.
 * @example
 * ```ts
 * export const ciLib = workflowTemplateStub({ name: 'ci-lib', templates: { build }, arguments: { registry: param.string({ default: 'ghcr.io/acme' }) } });
 * workflow({ generateName: 'run-', workflowTemplateRef: ciLib, arguments: { registry: 'quay.io' } });
 * // spec: { arguments: { parameters: [{ name: registry, value: quay.io }] }, workflowTemplateRef: { name: ci-lib } }
 *
 * // The template stores its entrypoint's artifact: a run may leave it out, or give its own.
 * const show = templateStub({ name: 'show', inputs: { data: artifact() } });
 * export const files = workflowTemplateStub({ name: 'files', entrypoint: 'show', templates: { show }, arguments: { data: s3({ key: 'data.zip' }) } });
 * workflow({ generateName: 'run-', workflowTemplateRef: files, arguments: { data: raw('y') } });
 * // spec: { arguments: { artifacts: [{ name: data, raw: { data: y } }] }, workflowTemplateRef: { name: files } }
 * ```
 * @category constructors
 */
// `G` is checked against the entrypoint's inputs as `workflowTemplate`'s: an artifact argument names an artifact input.
export const workflowTemplateStub = <
  const T extends TemplateRecord,
  G extends TemplateArguments & TemplateArgsFor<G, EntryInputs<T, K>> = {},
  K extends keyof T & string = never,
  S extends Globals<ParamOnlyRecord> | ParamOnlyRecord = {},
>(
  spec: WorkflowTemplateStubSpec<T, G, K, S>,
): WorkflowTemplate<T, G, EntryInputs<T, K>, S> => {
  const { cluster, entrypoint, ...rest } = spec;
  const start = entrypoint === undefined ? undefined : (spec.templates as Readonly<Record<string, Template<unknown, unknown>>>)[entrypoint];
  return make(cluster === true ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate', { ...rest, ...(start !== undefined && { entrypoint: start }) }, true) as WorkflowTemplate<T, G, EntryInputs<T, K>, S>;
};
