import type { Artifact } from '../core/artifact.js';
import type { Flat, ParamOnlyRecord, ValueOf } from '../core/param.js';
import type { Describe, JoinNames, RequiredKeys, TypeName } from './args.js';
import type { Globals } from './globals.js';

/** The value type of each global, by name: of `globals({...})` or of a record of `param.*`. @category type-level */
export type GlobalTypes<G> = G extends Globals<infer P> ? { readonly [K in keyof P]: ValueOf<P[K]> } : { readonly [K in keyof G]: ValueOf<G[K]> };

/** A value of type `T` as a `const` literal is written: arrays and objects readonly, at any depth. @category type-level */
export type Literal<T> = T extends ReadonlyArray<infer X> ? ReadonlyArray<Literal<X>> : T extends object ? { readonly [K in keyof T]: Literal<T[K]> } : T;

/**
 * The arguments of a workflow whose entrypoint takes `I` (`spec.arguments`): literal values, as Argo has
 * nothing to read a ref from at submit time; the ones left out are given at submit time. Or the workflow's
 * global parameters (`globals({...})`). A wrong entry reads as a sentence at the call site, e.g.
 * `Type '"two"' is not assignable to type '"✗ argument 'n' of the entrypoint expects number, but got a string"'`.
 * @category type-level
 */
export type WorkflowArgsFor<I, A> = {
  readonly [K in keyof A]: A extends Globals<ParamOnlyRecord>
    ? A[K]
    : unknown extends I // a template typed `Template<unknown, unknown>`: nothing to check against
      ? A[K]
      : K extends keyof I
      ? Exclude<A[K], undefined> extends Literal<Exclude<I[K], undefined>>
        ? A[K]
        : `✗ argument '${K & string}' of the entrypoint expects ${TypeName<Exclude<I[K], undefined>>}, but got ${Describe<Exclude<A[K], undefined>>}`
      : `✗ '${K & string}' is not an input of the entrypoint; it takes: ${JoinNames<keyof I & string>}`;
};

/** What an argument `K` of a workflow run from a WorkflowTemplate sets: the global of that name, else the entrypoint's input. @category type-level */
export type LibraryArgType<G, E, K> = K extends keyof GlobalTypes<G> ? GlobalTypes<G>[K] : K extends keyof E ? Exclude<E[K], undefined> : never;

/** The artifact inputs of `E`: a workflow run from a WorkflowTemplate passes parameters only. @category type-level */
export type ArtifactKeys<E> = { [K in keyof E]-?: [Exclude<E[K], undefined>] extends [Artifact] ? K : never }[keyof E];

/**
 * The arguments of a workflow run from a WorkflowTemplate with globals `G` whose entrypoint takes `E`:
 * each names a global or an entrypoint input, with a literal of its type, and every entrypoint input that
 * has no default and no global of its name is given. A wrong entry reads as a sentence at the call site.
 * @category type-level
 */
export type LibraryArgsFor<G, E, A> = {
  readonly [K in keyof A]: K extends keyof GlobalTypes<G> | keyof E
    ? Exclude<A[K], undefined> extends Literal<LibraryArgType<G, E, K>>
      ? A[K]
      : `✗ argument '${K & string}' expects ${TypeName<LibraryArgType<G, E, K>>}, but got ${Describe<Exclude<A[K], undefined>>}`
    : `✗ '${K & string}' is neither a global of the WorkflowTemplate nor an input of its entrypoint; it takes: ${JoinNames<(keyof GlobalTypes<G> | keyof E) & string>}`;
} & {
  readonly [K in Exclude<RequiredKeys<E>, keyof A | keyof GlobalTypes<G> | ArtifactKeys<E>>]: `✗ missing argument '${K & string}' (${TypeName<E[K]>}): the entrypoint needs it and no global of the WorkflowTemplate gives it`;
};

/** The values a workflow run from a WorkflowTemplate takes at submit time: its globals and its entrypoint's inputs. @category type-level */
export type LibraryValues<G, E> = Flat<
  { readonly [K in keyof GlobalTypes<G>]?: GlobalTypes<G>[K] } & { readonly [K in Exclude<keyof E, keyof GlobalTypes<G>>]?: E[K] }
>;
