import { field, list, str, strField } from '../../core/json-value.js';
import { parseDepends } from './depends-expression.js';
import type { DependsParse } from './depends-expression.js';

/** One DAG task's dependencies, from `depends` or `dependencies`. */
export interface TaskDeps {
  readonly depends?: DependsParse;
  readonly dependencies: ReadonlyArray<string>;
  /** Every task named, in order of appearance. */
  readonly all: ReadonlyArray<string>;
}

export const taskDeps = (task: unknown): TaskDeps => {
  const dependsText = strField(task, 'depends');
  const depends = dependsText === '' ? undefined : parseDepends(dependsText);
  const dependencies = list(field(task, 'dependencies')).map((d) => str(d) ?? String(d));
  const all = [...new Set([...(depends?.terms.map((t) => t.task) ?? []), ...dependencies])];
  return { ...(depends === undefined ? {} : { depends }), dependencies, all };
};

/** Whether `to` is a transitive dependency of `from`: breadth-first, so direct dependencies answer at once. */
export const dependsOn = (graph: ReadonlyMap<string, ReadonlyArray<string>>, from: string, to: string): boolean => {
  const seen = new Set<string>([from]);
  const queue = [...(graph.get(from) ?? [])];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] as string;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const d of graph.get(n) ?? []) if (!seen.has(d)) queue.push(d);
  }
  return false;
};

/**
 * Dependency cycles, each as `a -> b -> a` (a task followed by what it depends on). Iterative DFS;
 * reports each strongly connected loop once.
 */
export const findCycles = (
  graph: ReadonlyMap<string, ReadonlyArray<string>>,
  limit = 20,
): ReadonlyArray<ReadonlyArray<string>> => {
  const cycles: Array<ReadonlyArray<string>> = [];
  const state = new Map<string, 'active' | 'done'>();
  const seenKeys = new Set<string>();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const path: Array<string> = [];
    const stack: Array<{ readonly node: string; next: number }> = [{ node: root, next: 0 }];
    state.set(root, 'active');
    path.push(root);
    while (stack.length > 0 && cycles.length < limit) {
      const top = stack[stack.length - 1] as { readonly node: string; next: number };
      const deps = (graph.get(top.node) ?? []).filter((d) => graph.has(d));
      if (top.next >= deps.length) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const d = deps[top.next++] as string;
      const st = state.get(d);
      if (st === 'active') {
        const cycle = [...path.slice(path.indexOf(d)), d];
        const key = [...new Set(cycle)].sort().join('\u0000');
        if (!seenKeys.has(key)) {
          seenKeys.add(key);
          cycles.push(cycle);
        }
      } else if (st === undefined) {
        state.set(d, 'active');
        path.push(d);
        stack.push({ node: d, next: 0 });
      }
    }
  }
  return cycles;
};
