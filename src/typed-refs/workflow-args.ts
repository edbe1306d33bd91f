import type { Artifact } from '../core/artifact.js';
import type { AnyParam, Flat, ValueOf } from '../core/param.js';
import type { Describe, JoinNames, RequiredKeys, TypeName } from './args.js';
import type { GLOBAL_PARAMS, GlobalDecls, GlobalNames, GlobalsIn } from './globals.js';
import type { GlobalRef } from './ref.js';

/** The value type of each global, by name: of `globals({...})` or of a record of `param.*` (artifact values apart). @category type-level */
export type GlobalTypes<G> = { readonly [K in keyof GlobalDecls<G>]: ValueOf<GlobalDecls<G>[K]> };

/** A value of type `T` as a `const` literal is written: arrays and objects readonly, at any depth. @category type-level */
export type Literal<T> = T extends ReadonlyArray<infer X> ? ReadonlyArray<Literal<X>> : T extends object ? { readonly [K in keyof T]: Literal<T[K]> } : T;

/**
 * An entry of a spread `globals({...})` value: its own ref, kept; a value written over it would be
 * dropped (a global's value is its default), so it reads as a sentence.
 * @category type-level
 */
export type SpreadGlobal<K, V> = K extends typeof GLOBAL_PARAMS
  ? V
  : V extends GlobalRef<unknown>
    ? V
    : `✗ '${K & string}' is a global of the spread globals({...}); its value is its default: declare it there, or give it at submit time`;

/**
 * The arguments of a workflow whose entrypoint takes `I` (`spec.arguments`): literal values, as Argo has
 * nothing to read a ref from at submit time; the ones left out are given at submit time. Or the workflow's
 * global parameters (`globals({...})`), alone or spread beside such values (`{ ...g, seed: raw('x') }`).
 * A wrong entry reads as a sentence at the call site, e.g.
 * `Type '"two"' is not assignable to type '"✗ argument 'n' of the entrypoint expects number, but got a string"'`.
 * @category type-level
 */
export type WorkflowArgsFor<I, A> = {
  readonly [K in keyof A]: K extends typeof GLOBAL_PARAMS | GlobalNames<A>
    ? SpreadGlobal<K, A[K]>
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

/** The artifact inputs of `E`: given by artifact arguments, never required of a workflow's parameters. @category type-level */
export type ArtifactKeys<E> = { [K in keyof E]-?: [Exclude<E[K], undefined>] extends [Artifact] ? K : never }[keyof E];

/**
 * The arguments of a WorkflowTemplate whose entrypoint takes `E`: global parameters (`globals({...})`,
 * or `param.*` entries) and values for the entrypoint's artifact inputs (Argo `spec.arguments.artifacts`).
 * A wrong entry reads as a sentence at the call site.
 * @category type-level
 */
export type TemplateArgsFor<G, E> = {
  readonly [K in keyof G]: K extends typeof GLOBAL_PARAMS | GlobalNames<G>
    ? SpreadGlobal<K, G[K]>
    : G[K] extends Artifact
      ? K extends ArtifactKeys<E>
        ? G[K]
        : `✗ artifact argument '${K & string}' is no artifact input of the entrypoint; it takes: ${JoinNames<ArtifactKeys<E> & string>}`
      : [GlobalsIn<G>] extends [never]
        ? G[K] extends AnyParam
          ? G[K]
          : `✗ argument '${K & string}' is neither a global (param.*) nor an artifact (s3({...}), raw(...), ...)`
        : `✗ argument '${K & string}' is not a global of the spread globals({...}); artifacts only (s3({...}), raw(...), ...) may stand beside them`;
};

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
