import { goJson, goString } from './go-format.js';
import { arity, arr, FunctionError, num, str, typeName } from './expr-function.js';
import type { ExprFunction } from './expr-function.js';
import { exprEquals } from './expr-equals.js';
import type { ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';
import { JsonPathError, jsonPathLookup } from './json-path.js';

// expr-lang's built-in functions that take values (the predicate ones, `filter`, `map`, `all`..., live in
// the evaluator because they evaluate their second argument per element), plus the ones Argo adds
// (util/expr/env): `asInt`, `asFloat`, `jsonpath`, `toJson`. `sprig` is in sprig-functions.ts.

const INT = /^[+-]?\d+$/;

/** expr-lang's `int`: truncates numbers; a string must be a whole number (strconv.Atoi). */
const toInt: ExprFunction = (args) => {
  arity(args, 1);
  const v = args[0] ?? null;
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'string' && INT.test(v)) return Number(v);
  throw new FunctionError(`cannot convert ${JSON.stringify(v)} (${typeName(v)}) to an integer`);
};

/** expr-lang's `float`: a string must be a number (strconv.ParseFloat). */
const toFloat: ExprFunction = (args) => {
  arity(args, 1);
  const v = args[0] ?? null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() === v && v !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new FunctionError(`cannot convert ${JSON.stringify(v)} (${typeName(v)}) to a float`);
};

/** Parses JSON as Go does into `any`; a failure is the function's error. */
export const parseJson = (text: string): ExprValue => {
  try {
    return JSON.parse(text) as ExprValue;
  } catch (e) {
    throw new FunctionError(`cannot read ${JSON.stringify(text)} as JSON (${(e as Error).message})`);
  }
};

const len: ExprFunction = (args) => {
  arity(args, 1);
  const v = args[0] ?? null;
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  if (isExprMap(v)) return Object.keys(v).length;
  throw new FunctionError(`cannot take the length of ${typeName(v)}`);
};

const stringFn = (f: (s: string, args: ReadonlyArray<ExprValue>) => ExprValue, min = 1, max = min): ExprFunction => (args) => {
  arity(args, min, max);
  return f(str(args, 0), args);
};

const numbers = (args: ReadonlyArray<ExprValue>): ReadonlyArray<number> => {
  const flat = args.length === 1 && Array.isArray(args[0]) ? (args[0] as ReadonlyArray<ExprValue>) : args;
  return flat.map((_, i) => num(flat, i));
};

const jsonpath: ExprFunction = (args) => {
  arity(args, 2);
  try {
    return jsonPathLookup(parseJson(str(args, 0)), str(args, 1));
  } catch (e) {
    if (e instanceof JsonPathError) throw new FunctionError(e.message);
    throw e;
  }
};

/** Built-in functions by name. A Map: names like `constructor` must not resolve to Object's. @category utils */
export const BUILTINS: ReadonlyMap<string, ExprFunction> = new Map<string, ExprFunction>([
  ['len', len],
  ['int', toInt],
  ['float', toFloat],
  ['asInt', toInt],
  ['asFloat', toFloat],
  ['string', (args) => (arity(args, 1), goString(args[0] ?? null))],
  ['type', (args) => (arity(args, 1), typeName(args[0] ?? null))],
  ['abs', (args) => (arity(args, 1), Math.abs(num(args, 0)))],
  ['ceil', (args) => (arity(args, 1), Math.ceil(num(args, 0)))],
  ['floor', (args) => (arity(args, 1), Math.floor(num(args, 0)))],
  ['round', (args) => (arity(args, 1), Math.sign(num(args, 0)) * Math.round(Math.abs(num(args, 0))))],
  ['max', (args) => Math.max(...numbers(args))],
  ['min', (args) => Math.min(...numbers(args))],
  ['trim', stringFn((s, a) => (a.length > 1 ? trimChars(s, str(a, 1)) : s.trim()), 1, 2)],
  ['trimPrefix', stringFn((s, a) => (s.startsWith(str(a, 1)) ? s.slice(str(a, 1).length) : s), 2)],
  ['trimSuffix', stringFn((s, a) => (s.endsWith(str(a, 1)) && str(a, 1) !== '' ? s.slice(0, -str(a, 1).length) : s), 2)],
  ['upper', stringFn((s) => s.toUpperCase())],
  ['lower', stringFn((s) => s.toLowerCase())],
  ['split', stringFn((s, a) => s.split(str(a, 1)), 2)],
  ['replace', stringFn((s, a) => s.split(str(a, 1)).join(str(a, 2)), 3)],
  ['repeat', stringFn((s, a) => s.repeat(num(a, 1)), 2)],
  ['indexOf', stringFn((s, a) => s.indexOf(str(a, 1)), 2)],
  ['lastIndexOf', stringFn((s, a) => s.lastIndexOf(str(a, 1)), 2)],
  ['hasPrefix', stringFn((s, a) => s.startsWith(str(a, 1)), 2)],
  ['hasSuffix', stringFn((s, a) => s.endsWith(str(a, 1)), 2)],
  ['join', (args) => (arity(args, 1, 2), arr(args, 0).map((v) => goString(v)).join(args.length > 1 ? str(args, 1) : ''))],
  ['toJSON', (args) => (arity(args, 1), goJson(args[0] ?? null, '  '))],
  ['fromJSON', (args) => (arity(args, 1), parseJson(str(args, 0)))],
  ['toBase64', stringFn((s) => Buffer.from(s, 'utf8').toString('base64'))],
  ['fromBase64', stringFn((s) => Buffer.from(s, 'base64').toString('utf8'))],
  ['first', (args) => (arity(args, 1), arr(args, 0)[0] ?? null)],
  ['last', (args) => (arity(args, 1), arr(args, 0).at(-1) ?? null)],
  ['get', (args) => (arity(args, 2), getIn(args[0] ?? null, args[1] ?? null))],
  ['keys', (args) => (arity(args, 1), Object.keys(mapArg(args)))],
  ['values', (args) => (arity(args, 1), Object.values(mapArg(args)))],
  ['concat', (args) => args.flatMap((_, i) => arr(args, i))],
  ['flatten', (args) => (arity(args, 1), flatten(arr(args, 0)))],
  ['uniq', (args) => (arity(args, 1), arr(args, 0).filter((v, i, xs) => xs.findIndex((w) => exprEquals(v, w)) === i))],
  ['reverse', (args) => (arity(args, 1), [...arr(args, 0)].reverse())],
  ['sort', (args) => (arity(args, 1, 2), sortValues(arr(args, 0), args.length > 1 ? str(args, 1) : 'asc'))],
  ['toJson', (args) => (arity(args, 1), goJson(args[0] ?? null))],
  ['jsonpath', jsonpath],
]);

const flatten = (xs: ReadonlyArray<ExprValue>): ReadonlyArray<ExprValue> =>
  xs.flatMap((x): ReadonlyArray<ExprValue> => (Array.isArray(x) ? flatten(x) : [x]));

const trimChars = (s: string, cut: string): string => {
  let a = 0;
  let b = s.length;
  while (a < b && cut.includes(s[a] ?? '')) a++;
  while (b > a && cut.includes(s[b - 1] ?? '')) b--;
  return s.slice(a, b);
};

const mapArg = (args: ReadonlyArray<ExprValue>): Readonly<Record<string, ExprValue>> => {
  const v = args[0] ?? null;
  if (!isExprMap(v)) throw new FunctionError(`needs a map, not ${typeName(v)}`);
  return v;
};

/** `get(x, k)`: like `x[k]` but nil instead of an error when the key or index is missing. */
const getIn = (v: ExprValue, key: ExprValue): ExprValue => {
  if (isExprMap(v) && typeof key === 'string') return Object.hasOwn(v, key) ? (v[key] ?? null) : null;
  if (Array.isArray(v) && typeof key === 'number') return (v as ReadonlyArray<ExprValue>).at(key) ?? null;
  return null;
};

const sortValues = (xs: ReadonlyArray<ExprValue>, order: string): ReadonlyArray<ExprValue> => {
  if (order !== 'asc' && order !== 'desc') throw new FunctionError(`sorts "asc" or "desc", not ${JSON.stringify(order)}`);
  const sign = order === 'asc' ? 1 : -1;
  return [...xs].sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
    if (typeof a === 'string' && typeof b === 'string') return sign * (a < b ? -1 : a > b ? 1 : 0);
    throw new FunctionError(`cannot sort ${typeName(a)} with ${typeName(b)}`);
  });
};
