import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { AnyArtifact } from './artifact.js';
import { encodeParam } from './param-encoding.js';
import {
  booleanCodec,
  enumCodec,
  intCodec,
  jsonCodec,
  numberCodec,
  stringCodec,
  type ParamCodec,
} from './param-codecs.js';

// model

/** @category model */
export type ParamType = 'string' | 'number' | 'int' | 'boolean' | 'enum' | 'json';

/**
 * Where a parameter's value comes from (Argo's `valueFrom`): an output's source, or for a workflow
 * argument (`globals`) a ConfigMap key or an event. A template input may not have one.
 * @category model
 */
export interface OutputSource {
  readonly path?: string;
  readonly parameter?: string;
  readonly expression?: string;
  readonly jsonPath?: string;
  readonly jqFilter?: string;
  readonly supplied?: true;
  readonly configMapKeyRef?: { readonly name: string; readonly key: string; readonly optional?: boolean };
  /**
   * Workflow arguments only: an expression over the event a WorkflowEventBinding submits the workflow
   * for, e.g. `'payload.appellation'`.
   */
  readonly event?: string;
}

/**
 * The runtime description of one parameter. The declared name comes from the record key it is
 * stored under, so one `param.number()` value can be reused under many names.
 * @category model
 */
export interface ParamNode {
  readonly kind: 'Param';
  readonly type: ParamType;
  readonly codec: ParamCodec<unknown>;
  /** Already encoded as the string Argo stores. */
  readonly default?: string;
  /** An input's fixed `value`, encoded like `default`. */
  readonly value?: string;
  readonly description?: string;
  readonly enum?: ReadonlyArray<string>;
  readonly globalName?: string;
  readonly valueFrom?: OutputSource;
  /** Why the default or an enum value has no Argo string form; the interpreter reports it. */
  readonly invalid?: string;
}

/**
 * A parameter whose value type is `A`. `D` records at the type level whether a default exists, which
 * decides whether a caller may omit the argument.
 * @category model
 */
export interface Param<A, D extends boolean = boolean> extends ParamNode {
  readonly _A: A;
  readonly _D: D;
}

/** @category model */
export type AnyParam = Param<unknown, boolean>;

/** Parameters only, by name (workflow globals, which Argo has no artifact form of). @category model */
export type ParamOnlyRecord = { readonly [name: string]: AnyParam };

/** Declared inputs or outputs of a template: parameters and artifacts, by name. @category model */
export type ParamRecord = { readonly [name: string]: AnyParam | AnyArtifact };

/** Options shared by every parameter type. @category model */
export interface ParamOptions<A> extends OutputSource {
  readonly description?: string;
  readonly enum?: ReadonlyArray<A>;
  /** Output parameters: also publish as a workflow-global output under this name. */
  readonly globalName?: string;
}

/** @category model */
export interface WithDefault<A> {
  readonly default: A;
}

/**
 * An input parameter's fixed `value` (Argo's `inputs.parameters[].value`), often an expression over
 * workflow parameters. As in Argo, callers need not pass it, and an argument they do pass replaces it
 * (Argo's ProcessArgs copies a supplied argument over the value).
 * @category model
 */
export interface WithValue<A> {
  readonly value: A;
}

/** Options that make a parameter optional for callers: a `default` or a fixed `value`. @category model */
export type Fallback<A> = WithDefault<A> | WithValue<A>;

/** A caller may leave the input out: it has a default or a fixed value. @category utils */
export const hasFallback = (p: ParamNode): boolean => p.default !== undefined || p.value !== undefined;

// type-level helpers

/** @category type-level */
export type ValueOf<P> = P extends { readonly _A: infer A } ? A : never;

/** The names of the parameters of `P` that have neither a default nor a fixed value. @category type-level */
export type RequiredParamKeys<P> = { [K in keyof P]-?: P[K] extends { readonly _D: false } ? K : never }[keyof P];

/**
 * The argument record a template with input parameters `P` accepts: inputs with a default or a fixed
 * value are optional.
 * @category type-level
 */
export type InputsOf<P> = Flat<
  { readonly [K in RequiredParamKeys<P>]: ValueOf<P[K]> } & {
    readonly [K in Exclude<keyof P, RequiredParamKeys<P>>]?: ValueOf<P[K]>;
  }
>;

/** @category type-level */
export type OutputsOf<P> = { readonly [K in keyof P]: ValueOf<P[K]> };

/** @category type-level */
export type Flat<T> = { [K in keyof T]: T[K] } & {};

// constructors

/** What the constructors take, all overloads together. */
type AnyOptions<A> = ParamOptions<A> & Partial<WithDefault<A> & WithValue<A>>;

const make = <A, D extends boolean>(type: ParamType, codec: ParamCodec<A>, opts: AnyOptions<A> | undefined): Param<A, D> => {
  const { default: def, value, description, enum: values, globalName, ...source } = opts ?? {};
  const invalid: Array<string> = [];
  const encode = (what: string, v: A): string =>
    E.getOrElse((why: string) => {
      invalid.push(`${what} ${why}`);
      return '';
    })(encodeParam(v, codec));
  const node: ParamNode = {
    kind: 'Param',
    type,
    codec: codec as ParamCodec<unknown>,
    ...(def !== undefined && { default: encode('default', def) }),
    ...(value !== undefined && { value: encode('value', value) }),
    ...(description !== undefined && { description }),
    ...(values !== undefined && { enum: values.map((v) => encode('enum value', v)) }),
    ...(globalName !== undefined && { globalName }),
    ...(Object.keys(source).length > 0 && { valueFrom: source }),
    ...(invalid.length > 0 && { invalid: invalid.join('; ') }),
  };
  return Object.freeze(node) as Param<A, D>;
};

/** Reads a parameter's codec back with its value type. @category utils */
export const codecOf = <A>(p: Param<A, boolean>): ParamCodec<A> => p.codec as ParamCodec<A>;

/** The options of a parameter that is supplied when a suspend node is resumed. @category model */
export interface SuppliedOption {
  readonly supplied: true;
}

/**
 * A parameter declared `supplied: true`: a suspend template's output that `client.resume` and
 * `tiphys resume -p` set. The brand lets the checker type what a resume passes.
 * @category model
 */
export interface SuppliedParam<A, D extends boolean = boolean> extends Param<A, D> {
  readonly _Supplied: true;
}

/**
 * A parameter constructor: a default or a fixed value makes the parameter optional for callers, and
 * `supplied: true` brands it for `resume`.
 * @category model
 */
export interface ParamConstructor<A> {
  (opts: ParamOptions<A> & Fallback<A> & SuppliedOption): SuppliedParam<A, true>;
  (opts: ParamOptions<A> & SuppliedOption): SuppliedParam<A, false>;
  (opts: ParamOptions<A> & Fallback<A>): Param<A, true>;
  (opts?: ParamOptions<A>): Param<A, false>;
}

/** `param.json(codec, opts)`, with the same overloads as `ParamConstructor`. @category model */
export interface JsonParamConstructor {
  <A>(codec: t.Type<A, unknown, unknown>, opts: ParamOptions<A> & Fallback<A> & SuppliedOption): SuppliedParam<A, true>;
  <A>(codec: t.Type<A, unknown, unknown>, opts: ParamOptions<A> & SuppliedOption): SuppliedParam<A, false>;
  <A>(codec: t.Type<A, unknown, unknown>, opts: ParamOptions<A> & Fallback<A>): Param<A, true>;
  <A>(codec: t.Type<A, unknown, unknown>, opts?: ParamOptions<A>): Param<A, false>;
}

const constructor =
  <A>(type: ParamType, codec: ParamCodec<A>): ParamConstructor<A> =>
  (opts?: AnyOptions<A>) =>
    make(type, codec, opts) as SuppliedParam<A, never>;

const json: JsonParamConstructor = <A>(codec: t.Type<A, unknown, unknown>, opts?: AnyOptions<A>) =>
  make('json', jsonCodec(codec), opts) as SuppliedParam<A, never>;

function enumOf<const V extends string>(...values: [V, ...V[]]): Param<V, false> {
  return make('enum', enumCodec(values), { enum: values });
}

/** An enum parameter with a default: `param.enumWithDefault(['a', 'b'], 'a')`; `{ supplied: true }` for resume. */
function enumWithDefault<const V extends string>(
  values: readonly [V, ...V[]],
  def: NoInfer<V>,
  opts: Omit<ParamOptions<V>, 'enum'> & SuppliedOption,
): SuppliedParam<V, true>;
function enumWithDefault<const V extends string>(
  values: readonly [V, ...V[]],
  def: NoInfer<V>,
  opts?: Omit<ParamOptions<V>, 'enum'>,
): Param<V, true>;
function enumWithDefault<const V extends string>(
  values: readonly [V, ...V[]],
  def: NoInfer<V>,
  opts?: Omit<ParamOptions<V>, 'enum'>,
): Param<V, true> {
  return make('enum', enumCodec(values), { ...opts, enum: values, default: def });
}

/**
 * Parameter declarations. Each carries an io-ts codec of its value type; values always reach Argo as strings.
 *
 * @example
 * ```ts
 * container({ name: 'echo', image: 'busybox', inputs: { message: param.string({ default: 'hi' }) }, ... })
 * // inputs:
 * //   parameters:
 * //   - name: message
 * //     default: hi
 * param.string({ value: '{{=workflow.parameters.n}}' })  // a fixed value: callers may omit it (or replace it, as in Argo)
 * ```
 * @category constructors
 */
export const param = Object.freeze({
  string: constructor('string', stringCodec),
  number: constructor('number', numberCodec),
  int: constructor('int', intCodec),
  boolean: constructor('boolean', booleanCodec),
  enum: enumOf,
  enumWithDefault,
  json,
});
