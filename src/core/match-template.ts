// Exhaustive dispatch over `kind`-tagged unions: a walker is a record with one handler per kind, so a
// kind added to a union does not compile until every walker handles it.
import type { TemplateNode } from './template-node.js';

// model

/** A value tagged by `kind`: an AST node, a ref source, a step or a parallel group. @category model */
export interface Tagged {
  readonly kind: string;
}

/**
 * One handler per kind of the union `N`, each given the node of its kind.
 * @example
 * ```ts
 * const images: KindMatch<TemplateNode, string> = {
 *   Container: (n) => n.image, Script: (n) => n.image, Dag: () => '', Steps: () => '',
 * };
 * ```
 * @category model
 */
export type KindMatch<N extends Tagged, R> = {
  readonly [K in N['kind']]: (node: Extract<N, { readonly kind: K }>) => R;
};

/** One handler per template kind. @category model */
export type TemplateMatch<R> = KindMatch<TemplateNode, R>;

// destructors

/** Calls the handler of `node`'s kind. @category destructors */
export const matchKind = <N extends Tagged, R>(node: N, handlers: KindMatch<N, R>): R =>
  // The mapped type pairs each kind with its handler; indexing by a union kind loses that pairing.
  (handlers[node.kind as N['kind']] as (n: N) => R)(node);

/**
 * Calls the handler of the template's kind. Data-first (`matchTemplate(t, handlers)`) and data-last
 * (`pipe(t, matchTemplate(handlers))`, or as a function to `map`).
 * @example
 * ```ts
 * const calls = matchTemplate<ReadonlyArray<CallNode>>({
 *   Container: () => [], Script: () => [], Dag: (d) => d.tasks, Steps: (s) => s.groups.flat(),
 * });
 * templates.flatMap(calls);
 * ```
 * @category destructors
 */
export function matchTemplate<R>(handlers: TemplateMatch<R>): (node: TemplateNode) => R;
export function matchTemplate<R>(node: TemplateNode, handlers: TemplateMatch<R>): R;
export function matchTemplate<R>(
  a: TemplateNode | TemplateMatch<R>,
  b?: TemplateMatch<R>,
): R | ((node: TemplateNode) => R) {
  if (b === undefined) return (node: TemplateNode) => matchKind(node, a as TemplateMatch<R>);
  return matchKind(a as TemplateNode, b);
}
