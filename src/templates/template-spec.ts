import { isArtifactDecl, type AnyArtifact, type NamedArtifact } from '../core/artifact.js';
import type { AnyParam, Flat, InputsOf, OutputsOf, ParamNode, ParamRecord, ValueOf } from '../core/param.js';
import type { NamedParam } from '../core/template-node.js';
import type { RetryStrategy } from '../core/retry-strategy.js';
import { makeScope, type RefSource, type Scope } from '../core/scope.js';
import { inputRefs, isRef, ownOutputRefs, type InputRefs, type OwnOutputRefs, type Ref } from '../typed-refs/ref.js';

/**
 * `result` is Argo's captured stdout; it is declared with the `result` option, never as an output
 * parameter. An output artifact may be named `result` (`outputs.artifacts.result` is another field).
 */
export interface NoResultOutput {
  readonly result?: AnyArtifact | "✗ 'result' is reserved for stdout: declare it with the template's `result` option";
}

/**
 * Fields shared by the leaf template kinds (`container`, `script`); what only some kinds have (an
 * `image`, a `command`) is declared by each kind's spec.
 * @category model
 */
export interface LeafSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined> {
  readonly name: string;
  readonly inputs?: P;
  readonly outputs?: Q & NoResultOutput;
  /** The type of the template's stdout, read back as `X.out.result`. */
  readonly result?: R;
  readonly retryStrategy?: RetryStrategy;
}

/** A list of strings that may hold refs. */
export type Strings = ReadonlyArray<string | Ref<unknown>>;

/**
 * A value given directly or computed from the template's input refs (and, second, its own output
 * artifacts, for their `path`).
 */
export type FromInputs<P, A, Q = {}> =
  | A
  | ((inputs: InputRefs<InputsOf<P>>, outputs: OwnOutputRefs<OutputsOf<Q>>) => A);

/** The outputs of a leaf template: its parameters plus `result` when declared. @category type-level */
export type LeafOutputs<Q, R> = [R] extends [AnyParam] ? Flat<OutputsOf<Q> & { readonly result: ValueOf<R> }> : OutputsOf<Q>;

/** The parameters of a declaration record (its artifacts are `namedArtifacts`). */
export const namedParams = (r: ParamRecord | undefined): ReadonlyArray<NamedParam> =>
  Object.freeze(
    Object.entries(r ?? {}).flatMap(([name, param]) =>
      isArtifactDecl(param) ? [] : [Object.freeze({ name, param: param as ParamNode })],
    ),
  );

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

/** What a leaf's callbacks receive. */
interface LeafRefs {
  readonly scope: Scope;
  readonly inputs: ReadonlyArray<NamedParam>;
  readonly inputArtifacts: ReadonlyArray<NamedArtifact> | undefined;
  readonly outputArtifacts: ReadonlyArray<NamedArtifact> | undefined;
}

const resolveFromInputs = <P, A>(v: FromInputs<P, A, never>, at: LeafRefs): A =>
  typeof v === 'function'
    ? (v as (i: InputRefs<InputsOf<P>>, o: OwnOutputRefs<unknown>) => A)(
        inputRefs<InputsOf<P>>(
          at.scope,
          at.inputs.map((p) => p.name),
          artifactNames(at.inputArtifacts),
        ),
        ownOutputRefs(at.scope, artifactNames(at.outputArtifacts)),
      )
    : v;

/** Renders a string list and collects the typed refs it holds. */
const renderStrings = (xs: Strings, refs: RefSource[]): ReadonlyArray<string> =>
  Object.freeze(
    xs.map((x) => {
      if (isRef(x)) refs.push(x.source);
      return String(x);
    }),
  );

/**
 * What building a container and a script share: the scope and inputs, a renderer for values given
 * directly or from input refs that collects the refs they hold, and the node fields every leaf has
 * (`fields()`, called once everything that may hold refs is rendered).
 */
export const leafBuilder = (spec: LeafSpec<ParamRecord, ParamRecord, AnyParam | undefined>) => {
  const scope = makeScope(spec.name);
  const inputs = namedParams(spec.inputs);
  const at: LeafRefs = {
    scope,
    inputs,
    inputArtifacts: namedArtifacts(spec.inputs),
    outputArtifacts: namedArtifacts(spec.outputs as ParamRecord | undefined),
  };
  const refs: RefSource[] = [];
  return {
    resolve: <P, A, Q>(v: FromInputs<P, A, Q>): A => {
      const r = resolveFromInputs(v as FromInputs<P, A, never>, at);
      if (isRef(r)) refs.push(r.source);
      return r;
    },
    strings: <P, Q>(v: FromInputs<P, Strings, Q> | undefined): ReadonlyArray<string> | undefined =>
      v === undefined ? undefined : renderStrings(resolveFromInputs(v as FromInputs<P, Strings, never>, at), refs),
    fields: () => ({
      name: spec.name,
      scope,
      inputs,
      outputs: namedParams(spec.outputs as ParamRecord | undefined),
      ...(at.inputArtifacts !== undefined && { inputArtifacts: at.inputArtifacts }),
      ...(at.outputArtifacts !== undefined && { outputArtifacts: at.outputArtifacts }),
      refs: Object.freeze(refs),
      ...(spec.result !== undefined && { result: spec.result }),
      ...(spec.retryStrategy !== undefined && { retryStrategy: spec.retryStrategy }),
    }),
  };
};
