import type { Artifact } from '../core/artifact.js';
import type { Ref } from './ref.js';
import type { ConfigMapKeySource } from './config-map-key.js';

/**
 * What may be passed for an input of type `A`: a literal of that type or a ref to one. Template strings
 * with refs inside (`${A.out.result}-x`) are plain strings, so they fit string inputs, as does a ConfigMap
 * key (`configMapKey(name, key)`, text read when the pod starts).
 * @category type-level
 */
export type ArgValue<A> = A | Ref<A> | (string extends A ? ConfigMapKeySource : never);

/** The human name of a parameter type, for error messages. @category type-level */
export type TypeName<T> = [T] extends [Artifact]
  ? 'an artifact'
  : [T] extends [string]
    ? string extends T
      ? 'string'
      : 'one of its enum values'
    : [T] extends [number]
      ? 'number'
      : [T] extends [boolean]
        ? 'boolean'
        : 'a JSON value of its codec';

/**
 * An artifact output of a looped call. Argo gathers a loop's output parameters and results into lists,
 * not its artifacts, so there is nothing to read: no input accepts it.
 * @category type-level
 */
export interface UngatheredArtifact {
  readonly kind: 'UngatheredArtifact';
}

/** How a wrong argument is named in a sentence error: `a Ref<number>`, `a string`... @category type-level */
export type Describe<V> = V extends Artifact | Ref<Artifact>
  ? 'an artifact'
  : V extends Ref<UngatheredArtifact>
    ? "the artifact of a looped call, which Argo does not gather (only a loop's parameters and results); store each iteration's artifact under a key of its own"
    : V extends Ref<infer X>
      ? `a Ref<${TypeName<X> extends 'one of its enum values' ? 'enum' : TypeName<X>}>`
      : V extends string
        ? 'a string'
        : V extends number
          ? 'a number'
          : V extends boolean
            ? 'a boolean'
            : V extends ConfigMapKeySource
              ? 'a ConfigMap key (text)'
              : 'an object';

/**
 * The arguments of a template with inputs `I`, checked without inference: the cheap signature the
 * call overloads try first (about 8 type instantiations per call instead of 60). Only a call it
 * refuses goes on to `ArgsFor`, whose errors read as sentences.
 * @category type-level
 */
export type ArgsOf<I> = [keyof I] extends [never]
  ? { readonly [name: string]: never } // `{}` would accept any object: excess property checks skip empty types
  : { readonly [K in keyof I]: ArgValue<Exclude<I[K], undefined>> };

/**
 * One member of the union `U` (the last the checker holds): the function types of all members, intersected
 * into an overload set, infer from its last signature.
 * @category type-level
 */
export type LastOf<U> =
  (U extends unknown ? (x: (y: U) => 0) => 0 : never) extends (x: infer F) => 0
    ? F extends (y: infer L) => 0
      ? L
      : never
    : never;

/**
 * `'n, note'`: a union of names as one string. Only evaluated for a refused call, so its cost does not matter.
 * @category type-level
 */
export type JoinNames<U extends string> = [U] extends [never]
  ? 'nothing'
  : LastOf<U> extends infer L extends string
    ? [Exclude<U, L>] extends [never]
      ? L
      : `${JoinNames<Exclude<U, L>>}, ${L}`
    : never;

/** The inputs of `I` a call must pass. @category type-level */
export type RequiredKeys<I> = { [K in keyof I]-?: {} extends Pick<I, K> ? never : K }[keyof I];

/**
 * Checks an argument record `G` against a template's inputs `I`. Each wrong entry turns into a sentence
 * the checker prints at the call site, e.g.
 * `Type 'Ref<number>' is not assignable to type "✗ input 'message' expects string, but got a Ref<number>"`.
 * @category type-level
 */
export type ArgsFor<I, G> = {
  readonly [K in keyof G]: K extends keyof I
    ? G[K] extends ArgValue<Exclude<I[K], undefined>>
      ? G[K]
      : `✗ input '${K & string}' expects ${TypeName<Exclude<I[K], undefined>>}, but got ${Describe<G[K]>}`
    : `✗ '${K & string}' is not an input of this template; it takes: ${JoinNames<keyof I & string>}`;
} & {
  // Arguments given as a function (of a loop item) infer `G` as that function, or leave it `unknown` when
  // its parameter is not annotated (as arguments left out do).
  readonly [K in Exclude<RequiredKeys<I>, keyof G>]: unknown extends G
    ? ItemOutsideLoop
    : G extends (item: never) => unknown
      ? ItemOutsideLoop
      : `✗ missing required input '${K & string}' (${TypeName<I[K]>})`;
};

/** What a call without a loop option says of arguments given as a function of the loop item. @category type-level */
export type ItemOutsideLoop = '✗ arguments are a function of the loop item, but the call has no withItems, withParam or withSequence';
