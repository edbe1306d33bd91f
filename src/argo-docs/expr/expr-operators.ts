import { exprEquals } from './expr-equals.js';
import { typeName } from './expr-function.js';
import type { ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';

// expr-lang's binary operators on values (the short-circuit ones, `and`/`or`/`??`/`|`, are in the
// evaluator). A refusal throws `OperatorError` with a sentence.

/** @category model */
export class OperatorError extends Error {}

const refuse = (op: string, a: ExprValue, b: ExprValue): never => {
  throw new OperatorError(`The operator ${op} cannot take ${typeName(a)} and ${typeName(b)}`);
};

const numbers = (op: string, a: ExprValue, b: ExprValue): readonly [number, number] =>
  typeof a === 'number' && typeof b === 'number' ? [a, b] : refuse(op, a, b);

const strings = (op: string, a: ExprValue, b: ExprValue): readonly [string, string] =>
  typeof a === 'string' && typeof b === 'string' ? [a, b] : refuse(op, a, b);

const compare = (op: string, a: ExprValue, b: ExprValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return refuse(op, a, b);
};

/** Go's regexp (RE2) and JS's agree on the syntax Argo workflows use; a pattern JS rejects is an error. */
const regex = (pattern: string): RegExp => {
  try {
    return new RegExp(pattern, 'u');
  } catch (e) {
    throw new OperatorError(`The pattern ${JSON.stringify(pattern)} is not a valid regular expression (${(e as Error).message})`);
  }
};

const member = (a: ExprValue, b: ExprValue): boolean => {
  if (Array.isArray(b)) return b.some((x: ExprValue) => exprEquals(a, x));
  if (isExprMap(b)) return typeof a === 'string' && Object.hasOwn(b, a);
  return refuse('in', a, b);
};

const range = (a: ExprValue, b: ExprValue): ReadonlyArray<number> => {
  const [from, to] = numbers('..', a, b);
  if (!Number.isInteger(from) || !Number.isInteger(to)) refuse('..', a, b);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
};

const OPERATORS: ReadonlyMap<string, (a: ExprValue, b: ExprValue) => ExprValue> = new Map<string, (a: ExprValue, b: ExprValue) => ExprValue>([
  ['==', (a, b) => exprEquals(a, b)],
  ['!=', (a, b) => !exprEquals(a, b)],
  ['<', (a, b) => compare('<', a, b) < 0],
  ['<=', (a, b) => compare('<=', a, b) <= 0],
  ['>', (a, b) => compare('>', a, b) > 0],
  ['>=', (a, b) => compare('>=', a, b) >= 0],
  ['in', member],
  ['matches', (a, b) => regex(strings('matches', a, b)[1]).test(strings('matches', a, b)[0])],
  ['contains', (a, b) => { const [s, t] = strings('contains', a, b); return s.includes(t); }],
  ['startsWith', (a, b) => { const [s, t] = strings('startsWith', a, b); return s.startsWith(t); }],
  ['endsWith', (a, b) => { const [s, t] = strings('endsWith', a, b); return s.endsWith(t); }],
  ['..', range],
  ['+', (a, b) => {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) return [...(a as ReadonlyArray<ExprValue>), ...(b as ReadonlyArray<ExprValue>)];
    const [x, y] = numbers('+', a, b);
    return x + y;
  }],
  ['-', (a, b) => { const [x, y] = numbers('-', a, b); return x - y; }],
  ['*', (a, b) => { const [x, y] = numbers('*', a, b); return x * y; }],
  ['/', (a, b) => { const [x, y] = numbers('/', a, b); return x / y; }],
  ['%', (a, b) => {
    const [x, y] = numbers('%', a, b);
    if (!Number.isInteger(x) || !Number.isInteger(y)) refuse('%', a, b);
    if (y === 0) throw new OperatorError('The operator % cannot divide by zero');
    return x % y;
  }],
  ['**', (a, b) => { const [x, y] = numbers('**', a, b); return x ** y; }],
  ['^', (a, b) => { const [x, y] = numbers('^', a, b); return x ** y; }],
]);

/** Applies the binary operator `op` (`not in`, `not matches`... negate the word after `not `). @category utils */
export const applyOperator = (op: string, a: ExprValue, b: ExprValue): ExprValue => {
  const negated = op.startsWith('not ');
  const f = OPERATORS.get(negated ? op.slice(4) : op);
  if (f === undefined) throw new OperatorError(`The operator ${op} is not known`);
  const result = f(a, b);
  return negated ? !result : result;
};
