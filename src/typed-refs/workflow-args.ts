import type { Artifact } from '../core/artifact.js';
import type { AnyParam, Flat, Param, ValueOf } from '../core/param.js';
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

/**
 * What an argument `K` of a workflow run from a WorkflowTemplate sets: the global of that name (declared,
 * or expected supplied: `S`), else the entrypoint's input.
 * @category type-level
 */
export type LibraryArgType<G, E, K, S = {}> = K extends keyof GlobalTypes<G>
  ? GlobalTypes<G>[K]
  : K extends keyof GlobalTypes<S>
    ? GlobalTypes<S>[K]
    : K extends keyof E
      ? Exclude<E[K], undefined>
      : never;

/** The artifact inputs of `E`: given by artifact arguments, never required of a workflow's parameters. @category type-level */
export type ArtifactKeys<E> = { [K in keyof E]-?: [Exclude<E[K], undefined>] extends [Artifact] ? K : never }[keyof E];

/** The names a run of a WorkflowTemplate may give: its globals, those it expects supplied, its entrypoint's inputs. @category type-level */
export type LibraryArgNames<G, E, S> = keyof GlobalTypes<G> | keyof GlobalTypes<S> | keyof E;

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
 * The arguments every run of a WorkflowTemplate must give: each global it expects supplied (`S`), and each
 * entrypoint input that has no default and no global of its name. Each missing one reads as a sentence.
 * @category type-level
 */
export type MissingLibraryArgs<G, E, A, S> = {
  readonly [K in Exclude<keyof GlobalTypes<S>, keyof A>]: `✗ missing argument '${K & string}' (${TypeName<GlobalTypes<S>[K]>}): the WorkflowTemplate reads it and expects it supplied at submit time`;
} & {
  readonly [K in Exclude<RequiredKeys<E>, keyof A | keyof GlobalTypes<G> | keyof GlobalTypes<S> | ArtifactKeys<E>>]: `✗ missing argument '${K & string}' (${TypeName<E[K]>}): the entrypoint needs it and no global of the WorkflowTemplate gives it`;
};

/** The arguments every run of a WorkflowTemplate must give (see `MissingLibraryArgs`); `never` when none. @category type-level */
export type RequiredLibraryArgs<G, E, S> = keyof GlobalTypes<S> | Exclude<RequiredKeys<E>, keyof GlobalTypes<G> | keyof GlobalTypes<S> | ArtifactKeys<E>>;

/**
 * For a run that leaves `arguments` out (`A` is then `ArgumentsLeftOut`): a required `arguments` whose type is a
 * sentence naming what the WorkflowTemplate needs, or `{}` when it needs nothing. (With `never` as that
 * default, the spec's `arguments?: never` and this one would make the whole spec `never`.)
 * @category type-level
 */
export type ArgumentsRequired<G, E, A, S> = MissingArguments<
  A,
  RequiredLibraryArgs<G, E, S>,
  `✗ arguments are required: the WorkflowTemplate needs ${JoinNames<RequiredLibraryArgs<G, E, S> & string>} at submit time`
>;

/**
 * When `arguments` is left out (`A` is `ArgumentsLeftOut`) but something in `Needed` is required: a required
 * `arguments` whose type is `Sentence`, so the error reads as it; `{}` otherwise.
 * @category type-level
 */
export type MissingArguments<A, Needed, Sentence extends string> = [A] extends [ArgumentsLeftOut]
  ? [Needed] extends [never]
    ? {}
    : { readonly arguments: Sentence }
  : {};

/** What `A` is when a run gives no `arguments`: no value has this type. @category type-level */
export interface ArgumentsLeftOut {
  readonly '✗ no arguments given': never;
}

/** What a WorkflowEventBinding's argument of type `T` takes: a literal, or a parameter read from the event (`param.*({ event })`) of that type. @category type-level */
export type BindingArgValue<T> = Literal<T> | Param<T>;

/** How a wrong binding argument is named in its sentence. @category type-level */
export type DescribeBindingArg<V> = V extends { readonly kind: 'Param'; readonly _A: infer X } ? `a parameter of ${TypeName<X>}` : Describe<V>;

/**
 * The arguments `A` of a run of a WorkflowTemplate with globals `G`, entrypoint inputs `E` and expected
 * globals `S`: each names a global or an entrypoint input, with a value of its type (a literal; for a
 * WorkflowEventBinding, `Binding` true, also a `param.*({ event })`), and every expected global and every
 * entrypoint input that has no default and no global of its name is given. A wrong entry reads as a sentence.
 * @category type-level
 */
export type RunArgsFor<G, E, A, S, Binding extends boolean> = {
  readonly [K in keyof A]: K extends LibraryArgNames<G, E, S>
    ? Exclude<A[K], undefined> extends (Binding extends true ? BindingArgValue<LibraryArgType<G, E, K, S>> : Literal<LibraryArgType<G, E, K, S>>)
      ? A[K]
      : `✗ argument '${K & string}' expects ${TypeName<LibraryArgType<G, E, K, S>>}, but got ${Binding extends true ? DescribeBindingArg<Exclude<A[K], undefined>> : Describe<Exclude<A[K], undefined>>}`
    : `✗ '${K & string}' is neither a global of the WorkflowTemplate nor an input of its entrypoint; it takes: ${JoinNames<LibraryArgNames<G, E, S> & string>}`;
} & MissingLibraryArgs<G, E, A, S>;

/**
 * The arguments of a workflow run from a WorkflowTemplate: literals, checked by `RunArgsFor`, e.g.
 * `"✗ argument 'registry' expects string, but got a number"`.
 * @category type-level
 */
export type LibraryArgsFor<G, E, A, S = {}> = RunArgsFor<G, E, A, S, false>;

/**
 * The `submit.arguments` of a WorkflowEventBinding: literals or `param.*({ event })`, checked by
 * `RunArgsFor`, e.g. `"✗ argument 'appellation' expects string, but got a parameter of number"`.
 * @category type-level
 */
export type BindingArgsFor<G, E, A, S> = RunArgsFor<G, E, A, S, true>;

/** The values a workflow run from a WorkflowTemplate takes at submit time: its globals and its entrypoint's inputs. @category type-level */
export type LibraryValues<G, E, S = {}> = Flat<
  { readonly [K in keyof GlobalTypes<G>]?: GlobalTypes<G>[K] } & { readonly [K in Exclude<keyof GlobalTypes<S>, keyof GlobalTypes<G>>]?: GlobalTypes<S>[K] } & {
    readonly [K in Exclude<keyof E, keyof GlobalTypes<G> | keyof GlobalTypes<S>>]?: E[K];
  }
>;
