import { isArtifact, type Artifact } from '../core/artifact.js';
import type { AnyParam, ParamOnlyRecord, ParamRecord, ValueOf } from '../core/param.js';
import type { NamedParam } from '../core/template-node.js';
import { globalRef, type GlobalRef } from './ref.js';

/** The key a `Globals` value keeps its declarations under (a symbol: it cannot clash with a parameter name). */
export const GLOBAL_PARAMS: unique symbol = Symbol('tiphys.globals');

/**
 * Global parameters: one typed ref per parameter (`g.date` renders `{{workflow.parameters.date}}`), and
 * the declarations a workflow or template takes as `arguments: g`.
 * @category model
 */
export type Globals<P extends ParamOnlyRecord> = { readonly [K in keyof P]: GlobalRef<ValueOf<P[K]>> } & {
  readonly [GLOBAL_PARAMS]: P;
};

/**
 * @example
 * ```ts
 * const g = globals({ message: param.string({ default: 'hello world' }) });
 * container({ ..., args: [`${g.message}`] })   // args: ["{{workflow.parameters.message}}"]
 * workflow({ ..., arguments: g })              // spec.arguments.parameters: [{ name: message, value: hello world }]
 * workflow({ ..., arguments: { ...g, seed: raw('x') } })   // and the entrypoint's artifact: spec.arguments.artifacts
 * ```
 * @category constructors
 */
export const globals = <const P extends ParamOnlyRecord>(params: P): Globals<P> =>
  Object.freeze({
    ...Object.fromEntries(Object.keys(params).map((name) => [name, globalRef(`workflow.parameters.${name}`)])),
    [GLOBAL_PARAMS]: params,
  }) as Globals<P>;

/**
 * The arguments a WorkflowTemplate declares: its globals (`globals({...})`, spread with `...g` to add
 * artifacts, or a record of `param.*`) and values for its entrypoint's artifact inputs (`s3({...})`, ...).
 * @category model
 */
export type TemplateArguments = { readonly [GLOBAL_PARAMS]?: ParamOnlyRecord; readonly [name: string]: AnyParam | Artifact | GlobalRef<unknown> };

/** The parameters a `globals({...})` value holds, also once spread into a record beside artifacts. @category type-level */
export type GlobalsIn<G> = G extends { readonly [GLOBAL_PARAMS]: infer P extends ParamOnlyRecord } ? P : never;

/** The names of the parameters of a `globals({...})` value spread into `G` (`never` for none). @category type-level */
export type GlobalNames<G> = [GlobalsIn<G>] extends [never] ? never : keyof GlobalsIn<G>;

/** The global parameters an arguments record declares: those of its `globals({...})`, else its `param.*` entries. @category type-level */
export type GlobalDecls<G> = [GlobalsIn<G>] extends [never] ? { readonly [K in keyof G as G[K] extends AnyParam ? K : never]: G[K] } : GlobalsIn<G>;

/** @category refinements */
export const isGlobals = (u: unknown): u is Globals<ParamOnlyRecord> =>
  typeof u === 'object' && u !== null && GLOBAL_PARAMS in u;

/** The declarations of a `Globals` value or of a record of `param.*` (artifact values apart), in order. */
export const globalParams = (g: TemplateArguments | Globals<ParamOnlyRecord>): ReadonlyArray<NamedParam> => {
  const params = isGlobals(g) ? Object.entries(g[GLOBAL_PARAMS]) : Object.entries(g).filter(([, v]) => !isArtifact(v));
  return Object.freeze(params.map(([name, param]) => Object.freeze({ name, param: param as AnyParam })));
};

/** An arguments record without the names of its `globals({...})`: the values it gives the entrypoint. */
export const withoutGlobals = (args: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => {
  if (!isGlobals(args)) return args;
  const names = new Set(Object.keys(args[GLOBAL_PARAMS]));
  return Object.fromEntries(Object.entries(args).filter(([name]) => !names.has(name)));
};

/** The argument values a set of globals accepts (all optional: a global may be given at submit time). @category type-level */
export type GlobalValues<G> = [GlobalsIn<G>] extends [never]
  ? G extends ParamRecord
    ? { readonly [K in keyof G]?: ValueOf<G[K]> }
    : never
  : { readonly [K in keyof GlobalsIn<G>]?: ValueOf<GlobalsIn<G>[K]> };
