import type { AnyParam, Flat, InputsOf, OutputsOf, ParamRecord, ValueOf } from '../core/param.js';
import type { NamedParam } from '../core/template-node.js';
import type { RetryStrategy } from '../core/retry-strategy.js';
import { inputRefs, isRef, type InputRefs, type Ref, type RefSource, type Scope } from '../typed-refs/ref.js';

/** `result` is Argo's captured stdout; it is declared with the `result` option, never as an output. */
export interface NoResultOutput {
  readonly result?: "✗ 'result' is reserved for stdout: declare it with the template's `result` option";
}

/** Fields shared by the leaf template kinds (`container`, `script`). @category model */
export interface LeafSpec<P extends ParamRecord, Q extends ParamRecord, R extends AnyParam | undefined> {
  readonly name: string;
  readonly image: string;
  readonly inputs?: P;
  readonly outputs?: Q & NoResultOutput;
  /** The type of the template's stdout, read back as `X.out.result`. */
  readonly result?: R;
  readonly retryStrategy?: RetryStrategy;
}

/** A list of strings that may hold refs. */
export type Strings = ReadonlyArray<string | Ref<unknown>>;

/** A value given directly or computed from the template's input refs. */
export type FromInputs<P, A> = A | ((inputs: InputRefs<InputsOf<P>>) => A);

/** The outputs of a leaf template: its parameters plus `result` when declared. @category type-level */
export type LeafOutputs<Q, R> = [R] extends [AnyParam] ? Flat<OutputsOf<Q> & { readonly result: ValueOf<R> }> : OutputsOf<Q>;

export const namedParams = (r: ParamRecord | undefined): ReadonlyArray<NamedParam> =>
  Object.freeze(Object.entries(r ?? {}).map(([name, param]) => Object.freeze({ name, param })));

export const resolveFromInputs = <P, A>(
  v: FromInputs<P, A>,
  scope: Scope,
  inputs: ReadonlyArray<NamedParam>,
): A =>
  typeof v === 'function'
    ? (v as (i: InputRefs<InputsOf<P>>) => A)(
        inputRefs<InputsOf<P>>(
          scope,
          inputs.map((p) => p.name),
        ),
      )
    : v;

/** Renders a string list and collects the typed refs it holds. */
export const renderStrings = (xs: Strings, refs: RefSource[]): ReadonlyArray<string> =>
  Object.freeze(
    xs.map((x) => {
      if (isRef(x)) refs.push(x.source);
      return String(x);
    }),
  );

/** Optional fields of a spec copied onto a node only when present (exactOptionalPropertyTypes). */
export const leafBase = (
  spec: LeafSpec<ParamRecord, ParamRecord, AnyParam | undefined>,
  scope: Scope,
  inputs: ReadonlyArray<NamedParam>,
  refs: ReadonlyArray<RefSource>,
) => ({
  name: spec.name,
  scope,
  inputs,
  outputs: namedParams(spec.outputs as ParamRecord | undefined),
  refs: Object.freeze(refs),
  ...(spec.result !== undefined && { result: spec.result }),
  ...(spec.retryStrategy !== undefined && { retryStrategy: spec.retryStrategy }),
});
