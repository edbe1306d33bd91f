import { isParseFailure, parseExpr, type ExprNode } from './expr-parser.js';

// What an expr-lang expression means, as a plain value: its syntax tree without the literals' source text,
// so `"x"` and `'x'`, spacing and grouping parentheses aside, two expressions that parse alike are equal.

const shape = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(shape);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (k === 'raw' ? [] : [[k, shape(x)]])));
};

// utils

/** The meaning of a parsed node (see `exprMeaning`). @category utils */
export const nodeMeaning = (node: ExprNode): unknown => shape(node);

/**
 * The meaning of expr-lang `text` as a plain value: two expressions mean the same when these are deeply
 * equal. `undefined` when it does not parse.
 * @category utils
 */
export const exprMeaning = (text: string): unknown => {
  const parsed = parseExpr(text);
  return isParseFailure(parsed) ? undefined : shape(parsed);
};
