// Orders definitions so each codec is declared after the codecs it uses; cycles become `t.recursion`.
import type { Definition } from './model-ir.js';
import { dependenciesOf } from './model-ir.js';

export interface CodecOrder {
  /** Definitions, dependencies first; ties broken by schema key so the output is stable. */
  readonly order: ReadonlyArray<Definition>;
  /** Keys of definitions on a reference cycle (including self-references): these need `t.recursion`. */
  readonly recursive: ReadonlySet<string>;
}

/** Tarjan's strongly connected components; it emits components in dependency-first order. */
export const codecOrder = (defs: ReadonlyArray<Definition>): CodecOrder => {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const order: Definition[] = [];
  const recursive = new Set<string>();
  let next = 0;

  const connect = (key: string): void => {
    index.set(key, next);
    low.set(key, next);
    next++;
    stack.push(key);
    onStack.add(key);
    const deps = [...new Set(dependenciesOf(byKey.get(key) as Definition))].sort();
    for (const dep of deps) {
      if (!index.has(dep)) {
        connect(dep);
        low.set(key, Math.min(low.get(key) ?? 0, low.get(dep) ?? 0));
      } else if (onStack.has(dep)) {
        low.set(key, Math.min(low.get(key) ?? 0, index.get(dep) ?? 0));
      }
    }
    if (low.get(key) !== index.get(key)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== key);
    component.sort();
    const selfLoop = dependenciesOf(byKey.get(key) as Definition).includes(key);
    if (component.length > 1 || selfLoop) for (const m of component) recursive.add(m);
    for (const m of component) order.push(byKey.get(m) as Definition);
  };

  for (const d of [...defs].sort((a, b) => (a.key < b.key ? -1 : 1))) if (!index.has(d.key)) connect(d.key);
  return { order, recursive };
};
