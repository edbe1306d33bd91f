import type { WorkflowSpecPatch } from '../core/patch.js';
import type { ParamOnlyRecord } from '../core/param.js';
import type { Template } from '../core/template.js';
import type { Workflow } from '../core/workflow.js';
import type { WorkflowFields } from '../core/workflow-fields.js';
import type { WorkflowMetadata, WorkflowNode } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import { globalParams, isGlobals, type GlobalValues, type Globals } from '../typed-refs/globals.js';
import { renderArtifactArgs } from './artifact-args.js';
import { renderArgs, renderParamArgs } from './call-args.js';
import { hookNodes, type Hooks } from './hook.js';

/** Fields a workflow takes besides its templates: metadata and every workflow-level field of the model. @category model */
export interface WorkflowOptions extends WorkflowMetadata, Omit<WorkflowFields, 'hooks'> {
  /** A template run when the workflow ends, whatever its outcome. */
  readonly onExit?: Template<{}, unknown>;
  /**
   * Workflow-level lifecycle hooks: `exit` runs when the workflow ends; any other name runs its template
   * when its expression turns true (`hook({ template, expression: expression<boolean>\`${wf.status} == "Running"\` })`).
   */
  readonly hooks?: Hooks;
  readonly serviceAccountName?: string;
  /** Argo `spec` fields tiphys does not name yet, merged into the rendered spec. */
  readonly patch?: WorkflowSpecPatch;
}

/** @category model */
export interface WorkflowSpec<I, O> extends WorkflowOptions {
  readonly entrypoint: Template<I, O>;
  /**
   * Values for the entrypoint's inputs (Argo `spec.arguments`; the rest are given at submit time), or
   * the global parameters the workflow declares (`globals({...})`), whose defaults are their values.
   */
  readonly arguments?: { readonly [K in keyof I]?: I[K] } | Globals<ParamOnlyRecord>;
}

/** A workflow that runs a WorkflowTemplate (Argo `workflowTemplateRef`), typed by its global arguments. @category model */
export interface WorkflowFromTemplateSpec<G> extends WorkflowOptions {
  readonly workflowTemplateRef: WorkflowTemplate<unknown, G>;
  /** One of the library's templates (`lib.templates.x`), overriding its entrypoint. */
  readonly entrypoint?: Template<unknown, unknown>;
  readonly arguments?: GlobalValues<G>;
}

const METADATA_KEYS = ['name', 'generateName', 'namespace', 'labels', 'annotations'] as const;

/** Splits a spec's metadata from its workflow-level fields (everything not named in `owned`). */
export const splitOptions = <S extends WorkflowMetadata>(
  spec: S,
  owned: ReadonlyArray<string>,
): { readonly metadata: WorkflowMetadata; readonly fields: WorkflowFields } => {
  const metadata: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    if (v === undefined || owned.includes(k)) continue;
    if ((METADATA_KEYS as ReadonlyArray<string>).includes(k)) metadata[k] = v;
    else fields[k] = v;
  }
  return { metadata: Object.freeze(metadata) as WorkflowMetadata, fields: Object.freeze(fields) as WorkflowFields };
};

const OWNED = ['entrypoint', 'arguments', 'onExit', 'hooks', 'serviceAccountName', 'patch', 'workflowTemplateRef'];

/**
 * @example
 * ```ts
 * export default workflow({ generateName: 'dag-diamond-', entrypoint: diamond, ttlStrategy: { secondsAfterCompletion: 10 } });
 * // apiVersion: argoproj.io/v1alpha1
 * // kind: Workflow
 * // metadata:
 * //   generateName: dag-diamond-
 * // spec:
 * //   entrypoint: diamond
 * //   ttlStrategy: { secondsAfterCompletion: 10 }
 * //   templates: [...every template reachable from diamond]
 *
 * export const run = workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { registry: 'quay.io' } });
 * // spec:
 * //   arguments: { parameters: [{ name: registry, value: quay.io }] }
 * //   workflowTemplateRef: { name: ci-lib }
 * ```
 * @category constructors
 */
// The ordinary form last: tsc reports a failed call against it, and Parameters<typeof workflow> names it.
export function workflow<G>(spec: WorkflowFromTemplateSpec<G>): Workflow<GlobalValues<G>, {}>;
export function workflow<I, O>(spec: WorkflowSpec<I, O>): Workflow<I, O>;
export function workflow(spec: WorkflowSpec<unknown, unknown> | WorkflowFromTemplateSpec<unknown>): Workflow<unknown, unknown> {
  const { entrypoint, arguments: args, onExit, hooks, serviceAccountName, patch } = spec;
  const { metadata, fields } = splitOptions(spec, OWNED);
  const values = (args === undefined || isGlobals(args) ? {} : args) as Readonly<Record<string, unknown>>;
  const lib = 'workflowTemplateRef' in spec ? spec.workflowTemplateRef.node : undefined;
  const artifacts = entrypoint === undefined ? undefined : renderArtifactArgs(entrypoint.node, values);
  const node: WorkflowNode = {
    kind: 'Workflow',
    metadata,
    ...(entrypoint !== undefined && { entrypoint: entrypoint.node }),
    ...(lib !== undefined && { workflowTemplateRef: lib }),
    arguments:
      lib !== undefined
        ? renderParamArgs([...lib.globals, ...(entrypoint?.node.inputs ?? [])], values)
        : entrypoint === undefined
          ? [] // only reachable from JavaScript; the interpreter reports the missing entrypoint
          : renderArgs(entrypoint.node, values),
    ...(artifacts !== undefined && { artifacts }),
    ...(args !== undefined && isGlobals(args) && { globals: globalParams(args) }),
    ...(Object.keys(fields).length > 0 && { fields }),
    ...(onExit !== undefined && { onExit: onExit.node }),
    ...(hooks !== undefined && { hooks: hookNodes(hooks) }),
    ...(serviceAccountName !== undefined && { serviceAccountName }),
    ...(patch !== undefined && { patch }),
  };
  return Object.freeze({ kind: 'Workflow', node: Object.freeze(node) }) as Workflow<unknown, unknown>;
}
