import type { ParamOnlyRecord, ParamRecord, ValueOf } from '../core/param.js';
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
 * ```
 * @category constructors
 */
export const globals = <const P extends ParamOnlyRecord>(params: P): Globals<P> =>
  Object.freeze({
    ...Object.fromEntries(Object.keys(params).map((name) => [name, globalRef(`workflow.parameters.${name}`)])),
    [GLOBAL_PARAMS]: params,
  }) as Globals<P>;

/** @category refinements */
export const isGlobals = (u: unknown): u is Globals<ParamOnlyRecord> =>
  typeof u === 'object' && u !== null && GLOBAL_PARAMS in u;

/** The declarations of a `Globals` value or of a plain parameter record, in order. */
export const globalParams = (g: Globals<ParamOnlyRecord> | ParamOnlyRecord): ReadonlyArray<NamedParam> => {
  const params: ParamOnlyRecord = isGlobals(g) ? g[GLOBAL_PARAMS] : g;
  return Object.freeze(Object.entries(params).map(([name, param]) => Object.freeze({ name, param })));
};

/** The argument values a set of globals accepts (all optional: a global may be given at submit time). @category type-level */
export type GlobalValues<G> = G extends Globals<infer P> ? { readonly [K in keyof P]?: ValueOf<P[K]> } : G extends ParamRecord ? { readonly [K in keyof G]?: ValueOf<G[K]> } : never;
