/**
 * Dependency graphs: cycles and dependency-first order. Every walk is iterative, because a graph can be
 * a chain of tens of thousands of nodes (tasks, containers, model definitions).
 */

// model

/**
 * A directed graph: each node with the nodes it depends on. Edges to nodes that are not keys are
 * dangling (reported elsewhere) and ignored here.
 * @category model
 */
export type Graph = ReadonlyMap<string, ReadonlyArray<string>>;

// utils

/** A DFS frame: the node and the index of its next dependency to follow. */
interface Frame {
  readonly node: string;
  readonly deps: ReadonlyArray<string>;
  next: number;
}

const depsOf = (graph: Graph, n: string): ReadonlyArray<string> => graph.get(n) ?? [];

/**
 * Dependency cycles, each as a path that ends where it starts (`['a', 'c', 'b', 'a']`: a depends on c,
 * which depends on b, which depends on a). Nodes are tried in key order and dependencies in list order,
 * so the result is stable. A loop over the same nodes is reported once; at most `limit` cycles.
 * @category utils
 */
export const findCycles = (graph: Graph, limit = Number.POSITIVE_INFINITY): ReadonlyArray<ReadonlyArray<string>> => {
  const cycles: Array<ReadonlyArray<string>> = [];
  const state = new Map<string, 'active' | 'done'>();
  const seen = new Set<string>();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const path: Array<string> = [root];
    const stack: Array<Frame> = [{ node: root, deps: depsOf(graph, root), next: 0 }];
    state.set(root, 'active');
    while (stack.length > 0) {
      if (cycles.length >= limit) return cycles;
      const top = stack[stack.length - 1] as Frame;
      if (top.next >= top.deps.length) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const d = top.deps[top.next++] as string;
      const st = state.get(d);
      if (st === 'active') {
        const cycle = [...path.slice(path.indexOf(d)), d];
        const key = [...new Set(cycle)].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (st === undefined && graph.has(d)) {
        state.set(d, 'active');
        path.push(d);
        stack.push({ node: d, deps: depsOf(graph, d), next: 0 });
      }
    }
  }
  return cycles;
};

/** The first dependency cycle, as `findCycles` prints it, or undefined. @category utils */
export const findCycle = (graph: Graph): ReadonlyArray<string> | undefined => findCycles(graph, 1)[0];

/** Whether `to` is a transitive dependency of `from`: breadth-first, so direct dependencies answer at once. */
export const dependsOn = (graph: Graph, from: string, to: string): boolean => {
  const seen = new Set<string>([from]);
  const queue = [...depsOf(graph, from)];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] as string;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const d of depsOf(graph, n)) if (!seen.has(d)) queue.push(d);
  }
  return false;
};

/** Tarjan's bookkeeping for one node on the DFS stack. */
interface TarjanFrame extends Frame {
  low: number;
}

/**
 * The strongly connected components in dependency-first order (Tarjan's algorithm, iterative): every
 * component comes after the components it depends on. On an acyclic graph each component is one node,
 * so this is a topological order; a component of several nodes (or one that depends on itself) is a cycle.
 * Nodes are tried in key order and dependencies in list order, so the result is stable.
 * @category utils
 */
export const topologicalOrder = (graph: Graph): ReadonlyArray<ReadonlyArray<string>> => {
  const index = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: Array<string> = [];
  const order: Array<ReadonlyArray<string>> = [];
  let next = 0;
  const open = (node: string): TarjanFrame => {
    index.set(node, next);
    stack.push(node);
    onStack.add(node);
    return { node, deps: depsOf(graph, node), next: 0, low: next++ };
  };
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const frames: Array<TarjanFrame> = [open(root)];
    while (frames.length > 0) {
      const top = frames[frames.length - 1] as TarjanFrame;
      if (top.next < top.deps.length) {
        const d = top.deps[top.next++] as string;
        if (!graph.has(d)) continue;
        const di = index.get(d);
        if (di === undefined) frames.push(open(d));
        else if (onStack.has(d)) top.low = Math.min(top.low, di);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) parent.low = Math.min(parent.low, top.low);
      if (top.low !== index.get(top.node)) continue;
      const component: Array<string> = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== top.node);
      order.push(component);
    }
  }
  return order;
};
