// The variables a template sees: Argo's flat `key → string` map (`inputs.parameters.x`, `tasks.A.outputs.result`,
// `workflow.name`...). Layered, so a task's scope shares its dag's and the workflow's instead of copying them.

/** A read-only view of variables; inner layers shadow outer ones. */
export interface Scope {
  get(key: string): string | undefined;
  /** Every visible variable, inner layers first (for expr-lang's nested environment). */
  entries(): IterableIterator<readonly [string, string]>;
}

/** A scope layer that can still be written (a dag's, as its tasks finish). */
export interface ScopeLayer extends Scope {
  set(key: string, value: string): void;
}

/** A new layer over `parent` holding `vars`. */
export const layer = (parent: Scope | undefined, vars?: Iterable<readonly [string, string]>): ScopeLayer => {
  const own = new Map<string, string>(vars);
  return {
    get: (key) => own.get(key) ?? parent?.get(key),
    set: (key, value) => {
      own.set(key, value);
    },
    *entries() {
      yield* own.entries();
      if (parent === undefined) return;
      for (const entry of parent.entries()) if (!own.has(entry[0])) yield entry;
    },
  };
};

/** The variables a scope holds under `prefix.`, with the prefix removed (`inputs.parameters.` → `{ x }`). */
export const under = (scope: Scope, prefix: string): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of scope.entries()) {
    if (key.startsWith(prefix) && !out.has(key.slice(prefix.length))) out.set(key.slice(prefix.length), value);
  }
  return out;
};
