// model

/**
 * The variables a `{{tag}}` may name at one point of a template. Layered: a step or task scope
 * extends its template's scope without copying it.
 */
export interface VariableScope {
  readonly exact: ReadonlySet<string>;
  /** Any tag starting with one of these is accepted (withParam items, unresolvable callees, ...). */
  readonly prefixes: ReadonlySet<string>;
  /** Keys accepted by rule rather than listed (e.g. `tasks.<ancestor>.status`), to keep big DAGs linear. */
  readonly test?: (key: string) => boolean;
  readonly parent?: VariableScope;
}

// constructors

export const scopeOf = (exact: Iterable<string>, prefixes: Iterable<string> = [], parent?: VariableScope): VariableScope => ({
  exact: new Set(exact),
  prefixes: new Set(prefixes),
  ...(parent === undefined ? {} : { parent }),
});

// utils

export const inScope = (scope: VariableScope, key: string): boolean => {
  for (let s: VariableScope | undefined = scope; s !== undefined; s = s.parent) {
    if (s.exact.has(key) || s.test?.(key) === true) return true;
    for (const p of s.prefixes) if (key.startsWith(p)) return true;
  }
  return false;
};

/** A scope being filled while walking steps or tasks; frozen into a layer with `freeze`. */
export interface ScopeBuilder {
  readonly exact: Set<string>;
  readonly prefixes: Set<string>;
}

export const scopeBuilder = (): ScopeBuilder => ({ exact: new Set(), prefixes: new Set() });

export const freeze = (b: ScopeBuilder, parent?: VariableScope): VariableScope => scopeOf(b.exact, b.prefixes, parent);
