import type { ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';

/** expr-lang's `==`: numbers by value (int 1 == float 1.0), lists and maps deeply, no coercion between kinds. @category utils */
export const exprEquals = (a: ExprValue, b: ExprValue): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const ys: ReadonlyArray<ExprValue> = b;
    return a.length === ys.length && a.every((x: ExprValue, i: number) => exprEquals(x, ys[i] ?? null));
  }
  if (isExprMap(a) && isExprMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && exprEquals(a[k] ?? null, b[k] ?? null));
  }
  return false;
};
