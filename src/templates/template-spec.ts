import type { AnyParam, Flat, InputsOf, OutputsOf, ParamRecord, ValueOf } from '../core/param.js';
import type { NamedParam } from '../core/template-node.js';
import type { RetryStrategy } from '../core/retry-strategy.js';
import { makeScope, type RefSource, type Scope } from '../core/scope.js';
import { inputRefs, isRef, type InputRefs, type Ref } from '../typed-refs/ref.js';

/** `result` is Argo's captured stdout; it is declared with the `result` option, never as an output. */
export interface NoResultOutput {
  readonly result?: "✗ 'result' is reserved for stdout: declare it with the template's `result` option";
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

/** A value given directly or computed from the template's input refs. */
export type FromInputs<P, A> = A | ((inputs: InputRefs<InputsOf<P>>) => A);

/** The outputs of a leaf template: its parameters plus `result` when declared. @category type-level */
export type LeafOutputs<Q, R> = [R] extends [AnyParam] ? Flat<OutputsOf<Q> & { readonly result: ValueOf<R> }> : OutputsOf<Q>;

export const namedParams = (r: ParamRecord | undefined): ReadonlyArray<NamedParam> =>
  Object.freeze(Object.entries(r ?? {}).map(([name, param]) => Object.freeze({ name, param })));

const resolveFromInputs = <P, A>(
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
  const refs: RefSource[] = [];
  return {
    resolve: <P, A>(v: FromInputs<P, A>): A => {
      const r = resolveFromInputs(v, scope, inputs);
      if (isRef(r)) refs.push(r.source);
      return r;
    },
    strings: <P>(v: FromInputs<P, Strings> | undefined): ReadonlyArray<string> | undefined =>
      v === undefined ? undefined : renderStrings(resolveFromInputs(v, scope, inputs), refs),
    fields: () => ({
      name: spec.name,
      scope,
      inputs,
      outputs: namedParams(spec.outputs as ParamRecord | undefined),
      refs: Object.freeze(refs),
      ...(spec.result !== undefined && { result: spec.result }),
      ...(spec.retryStrategy !== undefined && { retryStrategy: spec.retryStrategy }),
    }),
  };
};
