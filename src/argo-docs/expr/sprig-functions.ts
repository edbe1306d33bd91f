import { createHash } from 'node:crypto';
import { goJson, goString } from './go-format.js';
import { arity, arr, FunctionError, str } from './expr-function.js';
import type { ExprFunction } from './expr-function.js';
import type { ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';
import { parseJson } from './expr-builtins.js';
import { formatGoTime } from './go-time-format.js';

// The commonly used part of `sprig.*` (sprig v3 GenericFuncMap, which Argo exposes minus `env` and
// `expandenv`). Sprig converts loosely (github.com/spf13/cast): a string that is not a number counts as 0,
// nil as 0 or "", and integer arithmetic truncates. Functions not listed here are an error naming them.

/** cast.ToInt64: numbers truncate, numeric strings parse (base prefixes too), anything else is 0. */
const toInt64 = (v: ExprValue): number => {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = Number(v.replace(/\.0*$/, ''));
    return Number.isInteger(n) && v.trim() !== '' ? n : 0;
  }
  return 0;
};

/** cast.ToFloat64. */
const toFloat64 = (v: ExprValue): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return 0;
};

/** sprig's `strval`: strings as is, nil as "", others as `%v`. */
const strval = (v: ExprValue): string => (v === null ? '' : goString(v));

/** sprig's `empty`: the zero value of its type. */
const empty = (v: ExprValue): boolean =>
  v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0) || (isExprMap(v) && Object.keys(v).length === 0);

const s1 = (f: (s: string) => ExprValue): ExprFunction => (a) => (arity(a, 1), f(strval(a[0] ?? null)));
const ints = (f: (a: number, b: number) => number): ExprFunction => (a) => (arity(a, 2), f(toInt64(a[0] ?? null), toInt64(a[1] ?? null)));

const divide = (a: number, b: number): number => {
  if (b === 0) throw new FunctionError('cannot divide by zero');
  return Math.trunc(a / b);
};

/** `sprig.<name>` by name. @category utils */
export const SPRIG: ReadonlyMap<string, ExprFunction> = new Map<string, ExprFunction>([
  ['upper', s1((s) => s.toUpperCase())],
  ['lower', s1((s) => s.toLowerCase())],
  ['title', s1((s) => s.replace(/(^|\s)(\S)/g, (_, sp: string, c: string) => sp + c.toUpperCase()))],
  ['trim', s1((s) => s.trim())],
  ['nospace', s1((s) => s.replace(/\s/g, ''))],
  ['trimAll', (a) => (arity(a, 2), strval(a[1] ?? null).replace(new RegExp(`^[${escapeClass(str(a, 0))}]+|[${escapeClass(str(a, 0))}]+$`, 'g'), ''))],
  ['trimPrefix', (a) => (arity(a, 2), strval(a[1] ?? null).startsWith(str(a, 0)) ? strval(a[1] ?? null).slice(str(a, 0).length) : strval(a[1] ?? null))],
  ['trimSuffix', (a) => (arity(a, 2), str(a, 0) !== '' && strval(a[1] ?? null).endsWith(str(a, 0)) ? strval(a[1] ?? null).slice(0, -str(a, 0).length) : strval(a[1] ?? null))],
  ['replace', (a) => (arity(a, 3), strval(a[2] ?? null).split(str(a, 0)).join(str(a, 1)))],
  ['repeat', (a) => (arity(a, 2), strval(a[1] ?? null).repeat(Math.max(0, toInt64(a[0] ?? null))))],
  ['contains', (a) => (arity(a, 2), strval(a[1] ?? null).includes(str(a, 0)))],
  ['hasPrefix', (a) => (arity(a, 2), strval(a[1] ?? null).startsWith(str(a, 0)))],
  ['hasSuffix', (a) => (arity(a, 2), strval(a[1] ?? null).endsWith(str(a, 0)))],
  ['trunc', (a) => (arity(a, 2), truncate(strval(a[1] ?? null), toInt64(a[0] ?? null)))],
  ['substr', (a) => (arity(a, 3), substr(strval(a[2] ?? null), toInt64(a[0] ?? null), toInt64(a[1] ?? null)))],
  ['quote', (a) => a.filter((v) => v !== null).map((v) => JSON.stringify(strval(v))).join(' ')],
  ['squote', (a) => a.filter((v) => v !== null).map((v) => `'${strval(v)}'`).join(' ')],
  ['cat', (a) => a.filter((v) => v !== null).map(strval).join(' ')],
  ['b64enc', s1((s) => Buffer.from(s, 'utf8').toString('base64'))],
  ['b64dec', s1((s) => Buffer.from(s, 'base64').toString('utf8'))],
  ['sha256sum', s1((s) => createHash('sha256').update(s, 'utf8').digest('hex'))],
  ['toString', s1((s) => s)],
  ['atoi', s1((s) => (/^[+-]?\d+$/.test(s) ? Number(s) : 0))],
  ['int', (a) => (arity(a, 1), toInt64(a[0] ?? null))],
  ['int64', (a) => (arity(a, 1), toInt64(a[0] ?? null))],
  ['float64', (a) => (arity(a, 1), toFloat64(a[0] ?? null))],
  ['add', (a) => a.reduce<number>((sum, v) => sum + toInt64(v), 0)],
  ['add1', (a) => (arity(a, 1), toInt64(a[0] ?? null) + 1)],
  ['sub', ints((x, y) => x - y)],
  ['mul', (a) => a.reduce<number>((p, v) => p * toInt64(v), 1)],
  ['div', ints(divide)],
  ['mod', ints((x, y) => x - divide(x, y) * y)],
  ['max', (a) => (arity(a, 1, Infinity), Math.max(...a.map(toInt64)))],
  ['min', (a) => (arity(a, 1, Infinity), Math.min(...a.map(toInt64)))],
  ['default', (a) => (arity(a, 1, 2), a.length < 2 || empty(a[1] ?? null) ? (a[0] ?? null) : (a[1] ?? null))],
  ['empty', (a) => (arity(a, 1), empty(a[0] ?? null))],
  ['coalesce', (a) => a.find((v) => !empty(v)) ?? null],
  ['ternary', (a) => (arity(a, 3), a[2] === true ? (a[0] ?? null) : (a[1] ?? null))],
  ['list', (a) => [...a]],
  ['dict', (a) => Object.fromEntries(Array.from({ length: Math.ceil(a.length / 2) }, (_, i) => [strval(a[2 * i] ?? null), a[2 * i + 1] ?? ''] as const))],
  ['join', (a) => (arity(a, 2), (Array.isArray(a[1]) ? arr(a, 1) : [a[1] ?? null]).map(strval).join(str(a, 0)))],
  ['splitList', (a) => (arity(a, 2), strval(a[1] ?? null).split(str(a, 0)))],
  ['first', (a) => (arity(a, 1), arr(a, 0)[0] ?? null)],
  ['last', (a) => (arity(a, 1), arr(a, 0).at(-1) ?? null)],
  ['toJson', (a) => (arity(a, 1), goJson(a[0] ?? null))],
  ['toPrettyJson', (a) => (arity(a, 1), goJson(a[0] ?? null, '  '))],
  ['fromJson', (a) => (arity(a, 1), parseJson(str(a, 0)))],
  ['regexMatch', (a) => (arity(a, 2), new RegExp(str(a, 0)).test(strval(a[1] ?? null)))],
  ['regexFind', (a) => (arity(a, 2), new RegExp(str(a, 0)).exec(strval(a[1] ?? null))?.[0] ?? '')],
  // sprig's date takes a time or Unix seconds; anything else (Argo's variables are strings) is time.Now().
  ['date', (a) => (arity(a, 2), formatGoTime(str(a, 0), typeof a[1] === 'number' ? new Date(Math.trunc(a[1]) * 1000) : new Date()))],
  ['now', (a) => (arity(a, 0), Math.floor(Date.now() / 1000))],
  ['regexReplaceAll', (a) => (arity(a, 3), strval(a[1] ?? null).replace(new RegExp(str(a, 0), 'g'), goRegexReplacement(str(a, 2))))],
]);

const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');

/** Go's `${1}`/`$1` references become JS's `$1`. */
const goRegexReplacement = (s: string): string => s.replace(/\$\{(\w+)\}/g, '$$$1');

const truncate = (s: string, n: number): string => (n < 0 ? (-n < s.length ? s.slice(s.length + n) : s) : s.slice(0, n));

/** sprig's substr: out-of-range bounds give the whole string or its tail, as upstream. */
const substr = (s: string, start: number, end: number): string => {
  if (start < 0) return s.slice(0, end);
  if (end < 0 || end > s.length) return s.slice(start);
  return s.slice(start, end);
};
