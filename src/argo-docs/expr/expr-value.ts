// model

/**
 * A value in Argo's expression languages: what Go's `encoding/json` gives for JSON (nil, bool, float64,
 * string, []any, map[string]any). Integers and floats are both JS numbers: expr-lang's `/` is always a
 * float division and Go prints a whole float without a fraction, so no Argo result tells them apart.
 * @category model
 */
export type ExprValue = null | boolean | number | string | ReadonlyArray<ExprValue> | ExprMap;

/** @category model */
export interface ExprMap {
  readonly [key: string]: ExprValue;
}

/**
 * The variables an expr-lang expression sees: nested maps, as Argo builds them from its flat scope with
 * `bellows.Expand` (`inputs.parameters.x` is member access on `inputs`). Build one from flat, dot-joined
 * names with `expandEnv`.
 * @category model
 */
export type ExprEnv = ExprMap;

// utils

/** Whether `v` is a map (not a list, not a scalar). @category utils */
export const isExprMap = (v: ExprValue | undefined): v is ExprMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Argo's `bellows.Expand`: `{ 'inputs.parameters.x': '1' }` becomes `{ inputs: { parameters: { x: '1' } } }`.
 * A name that is both a value and a prefix of longer names (`steps.a.outputs.parameters` and
 * `steps.a.outputs.parameters.p`) keeps the map: the longer names win.
 * @category utils
 */
export const expandEnv = (flat: Readonly<Record<string, ExprValue>>): ExprEnv => {
  const root: Record<string, ExprValue> = {};
  for (const name of Object.keys(flat).sort((a, b) => a.length - b.length)) {
    const parts = name.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      const map: Record<string, ExprValue> = isExprMap(next) ? (next as Record<string, ExprValue>) : {};
      node[part] = map;
      node = map;
    }
    const last = parts[parts.length - 1] ?? name;
    if (!isExprMap(node[last])) node[last] = flat[name] ?? null;
  }
  return root;
};
