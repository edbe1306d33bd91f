import { field, list, str, strField } from '../../argo-model/json-value.js';
import { parseDepends } from './depends-expression.js';
import type { DependsParse } from './depends-expression.js';

/** One DAG task's dependencies, from `depends` or `dependencies`. */
export interface TaskDeps {
  readonly depends?: DependsParse;
  readonly dependencies: ReadonlyArray<string>;
  /** Every task named, in order of appearance. */
  readonly all: ReadonlyArray<string>;
}

// Up to this many names, a linear scan dedupes faster than a Set.
const SMALL = 16;

/** `names` without repeats, first occurrence kept. */
const unique = (names: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (names.length > SMALL) return [...new Set(names)];
  const out: Array<string> = [];
  for (const n of names) if (!out.includes(n)) out.push(n);
  return out;
};

export const taskDeps = (task: unknown): TaskDeps => {
  const dependsText = strField(task, 'depends');
  const depends = dependsText === '' ? undefined : parseDepends(dependsText);
  const dependencies = list(field(task, 'dependencies')).map((d) => str(d) ?? String(d));
  const named: Array<string> = [];
  for (const t of depends?.terms ?? []) named.push(t.task);
  for (const d of dependencies) named.push(d);
  const all = unique(named);
  return depends === undefined ? { dependencies, all } : { depends, dependencies, all };
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

/** A DFS frame keeps its filtered dependencies, so returning to it does not filter them again. */
interface Frame {
  readonly node: string;
  readonly deps: ReadonlyArray<string>;
  next: number;
}

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
  const depsOf = (n: string): ReadonlyArray<string> => (graph.get(n) ?? []).filter((d) => graph.has(d));
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const path: Array<string> = [];
    const stack: Array<Frame> = [{ node: root, deps: depsOf(root), next: 0 }];
    state.set(root, 'active');
    path.push(root);
    while (stack.length > 0 && cycles.length < limit) {
      const top = stack[stack.length - 1] as Frame;
      const deps = top.deps;
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
        stack.push({ node: d, deps: depsOf(d), next: 0 });
      }
    }
  }
  return cycles;
};
