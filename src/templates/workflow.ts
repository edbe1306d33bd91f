import type { WorkflowSpecPatch } from '../core/patch.js';
import type { ParamOnlyRecord } from '../core/param.js';
import type { Template } from '../core/template.js';
import type { Workflow } from '../core/workflow.js';
import type { WorkflowFields } from '../core/workflow-fields.js';
import type { WorkflowMetadata, WorkflowNode } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import { libraryGlobals } from '../core/workflow-template-node.js';
import { globalParams, isGlobals, withoutGlobals, type Globals } from '../typed-refs/globals.js';
import type { GlobalRef } from '../typed-refs/ref.js';
import { renderRefAware, type RefAware } from '../typed-refs/ref-aware.js';
import type { ArgumentsLeftOut, ArgumentsRequired, LibraryArgsFor, LibraryValues, WorkflowArgsFor } from '../typed-refs/workflow-args.js';
import { isArtifactInput, renderArtifactArgs } from './artifact-args.js';
import { renderArgs, renderParamArgs } from './call-args.js';
import { hookNodes, type CheckSpecExits, type Hooks } from './hook.js';

/**
 * Every workflow-level field of the model (`WorkflowFields`: `podGC`, `volumes`, `nodeSelector`,
 * `podSpecPatch`, ...), where each string or int-or-string position may also be a global ref
 * (`g.sa`, `wf.name`): Argo substitutes global variables in the whole spec but its templates. Refs to a
 * template's inputs or tasks do not fit: nothing fills them there.
 * @category model
 */
export type WorkflowFieldOptions = { readonly [K in keyof WorkflowFields]?: RefAware<Exclude<WorkflowFields[K], undefined>, 'global'> };

/** Fields a workflow takes besides its templates: metadata and every workflow-level field of the model. @category model */
export interface WorkflowOptions extends WorkflowMetadata, Omit<WorkflowFieldOptions, 'hooks'> {
  /** A template run when the workflow ends, whatever its outcome. */
  readonly onExit?: Template<{}, unknown>;
  /**
   * Workflow-level lifecycle hooks: `exit` runs when the workflow ends; any other name runs its template
   * when its expression turns true (`hook({ template, expression: expression<boolean>\`${wf.status} == "Running"\` })`).
   */
  readonly hooks?: Hooks;
  readonly serviceAccountName?: string | GlobalRef<string>;
  /** Argo `spec` fields tiphys does not name yet, merged into the rendered spec. */
  readonly patch?: WorkflowSpecPatch;
}

/** @category model */
export interface WorkflowSpec<I, O> extends WorkflowOptions {
  readonly entrypoint: Template<I, O>;
  /**
   * Values for the entrypoint's inputs (Argo `spec.arguments`; the rest are given at submit time), or
   * the global parameters the workflow declares (`globals({...})`), whose defaults are their values, or
   * both: the globals spread beside the values (`{ ...g, seed: raw('x') }`).
   */
  readonly arguments?: { readonly [K in keyof I]?: I[K] } | Globals<ParamOnlyRecord>;
}

/**
 * A workflow that runs a WorkflowTemplate (Argo `workflowTemplateRef`), typed by its global arguments and
 * its entrypoint's inputs `E`.
 * @category model
 */
export interface WorkflowFromTemplateSpec<G, E = {}, S = {}> extends WorkflowOptions {
  readonly workflowTemplateRef: WorkflowTemplate<unknown, G, E, S>;
  /** One of the library's templates (`lib.templates.x`), overriding its entrypoint. */
  readonly entrypoint?: Template<unknown, unknown>;
  readonly arguments?: LibraryValues<G, E, S>;
}

/**
 * What `workflow()` takes, both forms in one type: an `entrypoint` (`WorkflowSpec`), or a
 * `workflowTemplateRef` (`WorkflowFromTemplateSpec`, where `entrypoint` overrides the template's own).
 * `G` is `never` without a `workflowTemplateRef`; the arguments `A` are checked by `WorkflowArgsOf`.
 * @category model
 */
export type WorkflowInput<I, O, G, E, A, S = {}> = WorkflowOptions & {
  readonly entrypoint?: Template<I, O>;
  readonly workflowTemplateRef?: WorkflowTemplate<unknown, G, E, S>;
  readonly arguments?: A;
} & ({ readonly entrypoint: Template<I, O> } | { readonly workflowTemplateRef: WorkflowTemplate<unknown, G, E, S> });

/** The inputs the workflow starts at: its `entrypoint`'s if given (`I`), else the WorkflowTemplate's (`E`). @category type-level */
export type StartInputs<I, E> = unknown extends I ? E : I;

/** The arguments `A` of `workflow()`, checked for its form: `LibraryArgsFor` with a WorkflowTemplate, else `WorkflowArgsFor`. @category type-level */
export type WorkflowArgsOf<I, G, E, A, S = {}> = [G] extends [never] ? WorkflowArgsFor<I, A> : LibraryArgsFor<G, StartInputs<I, E>, A, S>;

/** With a WorkflowTemplate, `arguments` required (as a sentence) when it needs some and none are given. @category type-level */
export type WorkflowArgumentsRequired<I, G, E, A, S = {}> = [G] extends [never] ? {} : ArgumentsRequired<G, StartInputs<I, E>, A, S>;

/** The workflow `workflow()` returns: typed by its entrypoint, or by what the WorkflowTemplate it runs takes. @category type-level */
export type WorkflowOf<I, O, G, E, S = {}> = [G] extends [never] ? Workflow<I, O> : Workflow<LibraryValues<G, StartInputs<I, E>, S>, {}>;

const METADATA_KEYS = ['name', 'generateName', 'namespace', 'labels', 'annotations'] as const;

/**
 * Splits a spec's metadata from its workflow-level fields (everything not named in `owned`), the fields'
 * global refs rendered as `{{...}}`.
 */
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
  // The interpreter checks the rendered text (checkFieldRefs): a ref that is no global reads as its tag.
  return { metadata: Object.freeze(metadata) as WorkflowMetadata, fields: renderRefAware(fields, []) as WorkflowFields };
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
// One signature for both forms (no overloads), so a wrong argument is reported where it is, as a sentence.
// `H` and `X` are its hooks and onExit as written: a bare one whose template needs an input is a sentence.
export function workflow<
  I = unknown,
  O = unknown,
  G = never,
  E = {},
  S = {},
  const A extends WorkflowArgsOf<I, G, E, A, S> | ArgumentsLeftOut = ArgumentsLeftOut,
  H extends Hooks = {},
  X extends Template<unknown, unknown> = never,
>(
  spec: WorkflowInput<I, O, G, E, A, S> & { readonly hooks?: H; readonly onExit?: X } & CheckSpecExits<H, X> & WorkflowArgumentsRequired<I, G, E, A, S>,
): WorkflowOf<I, O, G, E, S>;
export function workflow(spec: WorkflowInput<unknown, unknown, unknown, unknown, unknown, unknown>): Workflow<unknown, unknown> {
  const { entrypoint, arguments: args, onExit, hooks, serviceAccountName, patch } = spec;
  const { metadata, fields } = splitOptions(spec, OWNED);
  const values = args === undefined ? {} : withoutGlobals(args as Readonly<Record<string, unknown>>);
  const lib = spec.workflowTemplateRef?.node;
  // The template the arguments are for: the entrypoint, else the WorkflowTemplate's.
  const start = entrypoint?.node ?? lib?.entrypoint;
  const artifacts = start === undefined ? undefined : renderArtifactArgs(start, values);
  const node: WorkflowNode = {
    kind: 'Workflow',
    metadata,
    ...(entrypoint !== undefined && { entrypoint: entrypoint.node }),
    ...(lib !== undefined && { workflowTemplateRef: lib }),
    arguments:
      lib !== undefined
        ? renderParamArgs([...libraryGlobals(lib), ...(start?.inputs ?? [])], values, (name) => start !== undefined && isArtifactInput(start, name))
        : entrypoint === undefined
          ? [] // only reachable from JavaScript; the interpreter reports the missing entrypoint
          : renderArgs(entrypoint.node, values),
    ...(artifacts !== undefined && { artifacts }),
    ...(args !== undefined && isGlobals(args) && { globals: globalParams(args) }),
    ...(Object.keys(fields).length > 0 && { fields }),
    ...(onExit !== undefined && { onExit: onExit.node }),
    ...(hooks !== undefined && { hooks: hookNodes(hooks) }),
    ...(serviceAccountName !== undefined && { serviceAccountName: String(serviceAccountName) }),
    ...(patch !== undefined && { patch }),
  };
  return Object.freeze({ kind: 'Workflow', node: Object.freeze(node) }) as Workflow<unknown, unknown>;
}
