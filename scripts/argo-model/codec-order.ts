// Orders definitions so each codec is declared after the codecs it uses; cycles become `t.recursion`.
import { topologicalOrder } from '../../src/core/graph.js';
import type { Definition } from './model-ir.js';
import { dependenciesOf } from './model-ir.js';

export interface CodecOrder {
  /** Definitions, dependencies first; ties broken by schema key so the output is stable. */
  readonly order: ReadonlyArray<Definition>;
  /** Keys of definitions on a reference cycle (including self-references): these need `t.recursion`. */
  readonly recursive: ReadonlySet<string>;
}

export const codecOrder = (defs: ReadonlyArray<Definition>): CodecOrder => {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const graph = new Map(
    [...defs]
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((d) => [d.key, [...new Set(dependenciesOf(d))].sort()] as const),
  );
  const order: Definition[] = [];
  const recursive = new Set<string>();
  for (const component of topologicalOrder(graph)) {
    const sorted = [...component].sort();
    const first = sorted[0] as string;
    if (sorted.length > 1 || (graph.get(first) ?? []).includes(first)) for (const m of sorted) recursive.add(m);
    for (const m of sorted) order.push(byKey.get(m) as Definition);
  }
  return { order, recursive };
};
