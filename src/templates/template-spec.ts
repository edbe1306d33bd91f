import { isArtifactDecl, type AnyArtifact, type NamedArtifact } from '../core/artifact.js';
import type { AnyParam, Flat, OutputsOf, ParamNode, ParamRecord, ValueOf } from '../core/param.js';
import type { NamedParam, TemplateBase } from '../core/template-node.js';
import { retryStrategyOf, type RetrySpec } from './retry-spec.js';
import type { FromInputs } from './template-fields.js';
import type { TemplatePatch } from '../core/patch.js';
import { makeScope, type RefSource, type Scope } from '../core/scope.js';
import { inputRefs, ownOutputRefs, type Ref } from '../typed-refs/ref.js';
import { renderRefAware } from '../typed-refs/ref-aware.js';
import { declarationRefs } from './artifact-decl.js';

export type { FromInputs } from './template-fields.js';

/** What `X.out.result` would mean twice, said as a sentence (the type checks the runtime error says the same). @category type-level */
export type ResultClash =
  "'result' is both the template's stdout (its `result` option) and a declared output parameter, and `out.result` can only read one: rename the output parameter, or drop the `result` option (stdout stays readable as expr('steps.<name>.outputs.result'))";
const RESULT_CLASH: ResultClash =
  "'result' is both the template's stdout (its `result` option) and a declared output parameter, and `out.result` can only read one: rename the output parameter, or drop the `result` option (stdout stays readable as expr('steps.<name>.outputs.result'))";

/**
 * Outputs of a template with the `result` option (its stdout, `X.out.result` reading `outputs.result`) may not
 * declare an output parameter named `result` too; an output artifact may be (`outputs.artifacts.result` is another field).
 * @category type-level
 */
export interface NoResultOutput {
  readonly result?: AnyArtifact | `✗ ${ResultClash}`;
}

/**
 * What a template's outputs may declare as `result`. Without the `result` option an output parameter named
 * `result` is a plain output: `X.out.result` reads it, rendered `{{steps.X.outputs.parameters.result}}`
 * (Argo keeps it apart from stdout, `outputs.result`, which the template then leaves untyped). With the
 * option, `result` is stdout and an output parameter of that name is a compile error.
 * @category type-level
 */
export type ResultOutput<R> = [R] extends [AnyParam] ? NoResultOutput : {};

/** Options every template kind takes besides its own and Argo's template fields; `R` is the type of its `result` option. @category model */
export interface BaseSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined = undefined> {
  readonly name: string;
  readonly inputs?: P;
  readonly outputs?: Q & ResultOutput<R>;
  /** Argo `retryStrategy`; a function of the input refs when its expression reads them. */
  readonly retryStrategy?: FromInputs<P, RetrySpec>;
}

/**
 * Fields shared by the leaf template kinds (`container`, `script`); what only some kinds have (an
 * `image`, a `command`) is declared by each kind's spec.
 * @category model
 */
export interface LeafSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined>
  extends BaseSpec<P, Q, R> {
  /** The type of the template's stdout, read back as `X.out.result`. */
  readonly result?: R;
}

/** A list of strings that may hold refs. */
export type Strings = ReadonlyArray<string | Ref<unknown>>;

/** The outputs of a template with a `result`: its parameters plus `result` when declared. @category type-level */
export type LeafOutputs<Q, R> = [R] extends [AnyParam] ? Flat<OutputsOf<Q> & { readonly result: ValueOf<R> }> : OutputsOf<Q>;

/** The parameters of a declaration record (its artifacts are `namedArtifacts`). */
export const namedParams = (r: ParamRecord | undefined): ReadonlyArray<NamedParam> =>
  Object.freeze(
    Object.entries(r ?? {}).flatMap(([name, param]) =>
      isArtifactDecl(param) ? [] : [Object.freeze({ name, param: param as ParamNode })],
    ),
  );

/** Spec keys every builder handles itself; any other key not owned by the kind is an Argo template field. */
const COMMON_KEYS: ReadonlySet<string> = new Set(['name', 'inputs', 'outputs', 'result', 'retryStrategy', 'patch']);

/** The artifacts of a declaration record; `undefined` when it has none, so nodes stay as they were. */
export const namedArtifacts = (r: ParamRecord | undefined): ReadonlyArray<NamedArtifact> | undefined => {
  const out = Object.entries(r ?? {}).flatMap(([name, artifact]) =>
    isArtifactDecl(artifact) ? [Object.freeze({ name, artifact })] : [],
  );
  return out.length > 0 ? Object.freeze(out) : undefined;
};

/** The names of declared artifacts. */
export const artifactNames = (a: ReadonlyArray<NamedArtifact> | undefined): ReadonlyArray<string> =>
  a?.map((x) => x.name) ?? [];

/** What a template declares that its option callbacks may read: input refs, and its own output artifacts. */
export interface DeclaredRefs {
  readonly scope: Scope;
  readonly inputs: ReadonlyArray<NamedParam>;
  readonly inputArtifacts: ReadonlyArray<NamedArtifact> | undefined;
  readonly outputArtifacts: ReadonlyArray<NamedArtifact> | undefined;
  readonly outputs: ReadonlyArray<NamedParam>;
  /** The typed refs the declared artifacts' locations hold. */
  readonly refs: ReadonlyArray<RefSource>;
}

/** The declarations of a spec in `scope`. */
export const declaredRefs = (
  scope: Scope,
  spec: { readonly inputs?: ParamRecord | undefined; readonly outputs?: ParamRecord | undefined },
): DeclaredRefs => ({
  scope,
  inputs: namedParams(spec.inputs),
  inputArtifacts: namedArtifacts(spec.inputs),
  outputArtifacts: namedArtifacts(spec.outputs),
  outputs: namedParams(spec.outputs),
  refs: declarationRefs([...Object.values(spec.inputs ?? {}), ...Object.values(spec.outputs ?? {})], scope),
});

interface AnySpec {
  readonly name: string;
  readonly inputs?: ParamRecord;
  readonly outputs?: ParamRecord;
  readonly result?: AnyParam | undefined;
  readonly retryStrategy?: unknown;
  readonly patch?: unknown;
}

/**
 * Resolves values given directly or as functions of the template's refs (`resolve`: its inputs, then its own output
 * artifacts), and renders them (`value`): refs at any depth become `{{...}}` strings and their sources are collected into
 * `refs`, for the interpreter's scope checks.
 */
export const valueRenderer = (at: DeclaredRefs, refs: RefSource[]) => {
  let refsOfInputs: unknown;
  let refsOfOutputs: unknown;
  const resolve = (v: unknown): unknown => {
    if (typeof v !== 'function') return v;
    refsOfInputs ??= inputRefs(
      at.scope,
      at.inputs.map((p) => p.name),
      artifactNames(at.inputArtifacts),
    );
    refsOfOutputs ??= ownOutputRefs(at.scope, artifactNames(at.outputArtifacts), at.outputs.map((p) => p.name));
    return (v as (i: unknown, o: unknown) => unknown)(refsOfInputs, refsOfOutputs);
  };
  const value = (v: unknown): unknown => (v === undefined ? undefined : renderRefAware(resolve(v), refs));
  return { resolve, value };
};

/** The rendered options of `spec` named in `keys`, or `undefined` when none is set. */
export const pickRendered = (
  spec: object,
  keys: ReadonlySet<string>,
  value: (v: unknown) => unknown,
): Readonly<Record<string, unknown>> | undefined => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) if (v !== undefined && keys.has(k)) out[k] = value(v);
  return Object.keys(out).length > 0 ? Object.freeze(out) : undefined;
};

/**
 * The Argo template fields of a spec (every key neither common nor in `own`) and its patch, rendered.
 * `dag` and `steps` use it directly; the other kinds through `templateBuilder`.
 */
export const templateFields = (
  spec: object,
  own: ReadonlySet<string>,
  render: (v: unknown) => unknown,
  rename: Readonly<Record<string, string>> = {},
): Pick<TemplateBase, 'fields' | 'patch'> => {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    if (v !== undefined && !COMMON_KEYS.has(k) && !own.has(k)) fields[rename[k] ?? k] = render(v);
  }
  // Argo takes the pod spec patch as text: an object is sent as its JSON.
  if (typeof fields['podSpecPatch'] === 'object') fields['podSpecPatch'] = JSON.stringify(fields['podSpecPatch']);
  const patch = render((spec as AnySpec).patch) as TemplatePatch | undefined;
  return {
    ...(Object.keys(fields).length > 0 && { fields: Object.freeze(fields) as TemplatePatch }),
    ...(patch !== undefined && { patch }),
  };
};

/**
 * What building any template kind shares: the scope and inputs, a renderer for values given directly
 * or from input refs (collecting the refs they hold), the options in a set of keys, and the node fields
 * every kind has (`base(own)`, called last, once everything that may hold refs is rendered).
 */
export const templateBuilder = (spec: AnySpec) => {
  const scope = makeScope(spec.name);
  const at = declaredRefs(scope, spec);
  const refs: RefSource[] = [...at.refs];
  const { resolve, value } = valueRenderer(at, refs);
  return {
    scope,
    resolve,
    value,
    /** A string list that may hold refs. */
    strings: (v: unknown): ReadonlyArray<string> | undefined => {
      const r = value(v) as ReadonlyArray<unknown> | undefined;
      return r === undefined ? undefined : Object.freeze(r.map(String));
    },
    /** The rendered options of the spec named in `keys`, or `undefined` when none is set. */
    pick: (keys: ReadonlySet<string>) => pickRendered(spec, keys, value),
    /** `rename`: an option whose Argo template field has another name (a leaf's `podSecurityContext`). */
    base: (own: ReadonlySet<string>, rename?: Readonly<Record<string, string>>): TemplateBase => {
      const outputs = namedParams(spec.outputs);
      if (spec.result !== undefined && outputs.some((o) => o.name === 'result')) throw new Error(`template '${spec.name}': ${RESULT_CLASH}`);
      const extra = templateFields(spec, own, value, rename);
      const retry = resolve(spec.retryStrategy) as RetrySpec | undefined;
      return {
        name: spec.name,
        scope,
        inputs: at.inputs,
        outputs,
        ...(at.inputArtifacts !== undefined && { inputArtifacts: at.inputArtifacts }),
        ...(at.outputArtifacts !== undefined && { outputArtifacts: at.outputArtifacts }),
        ...(spec.result !== undefined && { result: spec.result }),
        ...(retry !== undefined && { retryStrategy: retryStrategyOf(retry, refs) }),
        ...extra,
        refs: Object.freeze(refs),
      };
    },
  };
};
