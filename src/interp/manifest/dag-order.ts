/**
 * Finds a dependency cycle, if any, and returns it as a path that ends where it starts
 * (`['A', 'B', 'A']`). Iterative, so a 10,000-task chain does not overflow the stack.
 */
export const findCycle = (deps: ReadonlyMap<string, ReadonlyArray<string>>): ReadonlyArray<string> | undefined => {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of deps.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const iters: Iterator<string>[] = [(deps.get(root) ?? [])[Symbol.iterator]()];
    state.set(root, 'open');
    while (iters.length > 0) {
      const next = iters[iters.length - 1]!.next();
      if (next.done === true) {
        state.set(path.pop()!, 'done');
        iters.pop();
        continue;
      }
      const n = next.value;
      const s = state.get(n);
      if (s === 'open') return [...path.slice(path.indexOf(n)), n];
      if (s === 'done' || !deps.has(n)) continue;
      state.set(n, 'open');
      path.push(n);
      iters.push((deps.get(n) ?? [])[Symbol.iterator]());
    }
  }
  return undefined;
};
