import type { ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';

// How Go prints the values Argo's expressions produce: `encoding/json` for results and `toJson`, and
// `fmt`'s `%v` for `string()` and sprig's string conversions.

const HTML = /[<>&\u2028\u2029]/g;

/** Go's `json.Marshal` escapes HTML characters and the JS line separators in strings. */
const goQuote = (s: string): string =>
  JSON.stringify(s).replace(HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * `json.Marshal`: map keys sorted, HTML escaped; with `indent`, `json.MarshalIndent(v, "", indent)`.
 * @category utils
 */
export const goJson = (v: ExprValue, indent = '', depth = 0): string => {
  if (v === null) return 'null';
  if (typeof v === 'string') return goQuote(v);
  // Go's JSON switches to exponents at the same thresholds as JS (1e21, 1e-6) and writes them the same way.
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  const nl = indent === '' ? '' : `\n${indent.repeat(depth + 1)}`;
  const end = indent === '' ? '' : `\n${indent.repeat(depth)}`;
  const sep = indent === '' ? ':' : ': ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x: ExprValue) => nl + goJson(x, indent, depth + 1)).join(',')}${end}]`;
  }
  const keys = Object.keys(v).sort();
  if (keys.length === 0) return '{}';
  return `{${keys.map((k) => `${nl}${goQuote(k)}${sep}${goJson(isExprMap(v) ? (v[k] ?? null) : null, indent, depth + 1)}`).join(',')}${end}}`;
};

/** `fmt.Sprintf("%v", v)`: `<nil>`, `[a b]`, `map[k:v]` (keys sorted). @category utils */
export const goString = (v: ExprValue): string => {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  const m = v as Readonly<Record<string, ExprValue>>;
  return `map[${Object.keys(m)
    .sort()
    .map((k) => `${k}:${goString(m[k] ?? null)}`)
    .join(' ')}]`;
};

/** How a `{{= }}` result is inserted: a string as itself, anything else as its JSON text. @category utils */
export const renderResult = (v: ExprValue): string => (typeof v === 'string' ? v : goJson(v));
