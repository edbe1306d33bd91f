import type { ExprValue } from './expr-value.js';
import { isExprMap } from './expr-value.js';

// The JSONPath of Argo's `jsonpath(json, path)` (github.com/oliveagle/jsonpath): `$`, `.key`, `['key']`,
// `[i]` (negative from the end), `[i,j]`, `[*]`, `[from:to]` with `to` INCLUDED (oliveagle's quirk:
// `[0:1]` is two elements), and filters `[?(@.k op value)]` joined by `&&`/`||`, where value is a number,
// a quoted string or a `$` path, and a bare `@.k` tests presence. No deep scan (`..`), as upstream.

/** A JSONPath that cannot be read or does not fit the document. @category model */
export class JsonPathError extends Error {}

type Step =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly indexes: ReadonlyArray<number> }
  | { readonly kind: 'all' }
  | { readonly kind: 'range'; readonly from?: number; readonly to?: number }
  | { readonly kind: 'filter'; readonly filter: string };

const STEP = /^(?:\.(\*|[^.[]+)|\[\s*(?:\*|'([^']*)'|"([^"]*)"|\?\((.*?)\)|(-?\d*\s*:\s*-?\d*)|(-?\d+(?:\s*,\s*-?\d+)*))\s*\])/;

const parse = (path: string): ReadonlyArray<Step> => {
  if (!path.startsWith('$')) throw new JsonPathError(`the path "${path}" does not start with $`);
  const steps: Array<Step> = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const m = STEP.exec(rest);
    if (!m) throw new JsonPathError(`the path "${path}" cannot be read at "${rest}"`);
    const [all, dotKey, sq, dq, filter, range, indexes] = m;
    if (dotKey === '*' || (all.startsWith('[') && all.includes('*') && filter === undefined)) steps.push({ kind: 'all' });
    else if (dotKey !== undefined) steps.push({ kind: 'key', key: dotKey });
    else if (sq !== undefined || dq !== undefined) steps.push({ kind: 'key', key: sq ?? dq ?? '' });
    else if (filter !== undefined) steps.push({ kind: 'filter', filter });
    else if (range !== undefined) {
      const [from, to] = range.split(':').map((s) => s.trim());
      steps.push({ kind: 'range', ...(from ? { from: Number(from) } : {}), ...(to ? { to: Number(to) } : {}) });
    } else steps.push({ kind: 'index', indexes: (indexes ?? '').split(',').map((s) => Number(s.trim())) });
    rest = rest.slice(all.length);
  }
  return steps;
};

const list = (v: ExprValue, what: string): ReadonlyArray<ExprValue> => {
  if (!Array.isArray(v)) throw new JsonPathError(`${what} needs a list, not ${JSON.stringify(v)}`);
  return v;
};

const at = (xs: ReadonlyArray<ExprValue>, i: number): ExprValue => {
  const j = i < 0 ? xs.length + i : i;
  if (j < 0 || j >= xs.length) throw new JsonPathError(`index ${i} is out of range (length ${xs.length})`);
  return xs[j] ?? null;
};

const OPERAND = /^\s*(@(?:\.[\w-]+)*|\$(?:\.[\w-]+)*|-?\d+(?:\.\d+)?|'[^']*'|"[^"]*")\s*(?:(==|!=|<=|>=|<|>|=~)\s*(@(?:\.[\w-]+)*|\$(?:\.[\w-]+)*|-?\d+(?:\.\d+)?|'[^']*'|"[^"]*"|\/.*\/))?\s*$/;

const operand = (text: string, item: ExprValue, root: ExprValue): ExprValue | undefined => {
  if (text.startsWith('@') || text.startsWith('$')) {
    let v: ExprValue | undefined = text.startsWith('@') ? item : root;
    for (const key of text.split('.').slice(1)) v = isExprMap(v ?? null) && v !== undefined && Object.hasOwn(v as object, key) ? (v as Record<string, ExprValue>)[key] : undefined;
    return v;
  }
  if (text.startsWith("'") || text.startsWith('"')) return text.slice(1, -1);
  return Number(text);
};

const test = (filter: string, item: ExprValue, root: ExprValue): boolean =>
  filter.split('||').some((any) =>
    any.split('&&').every((cond) => {
      const m = OPERAND.exec(cond);
      if (!m) throw new JsonPathError(`the filter "${filter}" cannot be read`);
      const left = operand(m[1] ?? '', item, root);
      if (m[2] === undefined) return left !== undefined;
      const rightText = m[3] ?? '';
      if (m[2] === '=~') return typeof left === 'string' && new RegExp(rightText.replace(/^\/|\/$/g, '')).test(left);
      const right = operand(rightText, item, root);
      if (left === undefined || right === undefined) return false;
      switch (m[2]) {
        case '==': return left === right;
        case '!=': return left !== right;
        case '<': return (left as number) < (right as number);
        case '<=': return (left as number) <= (right as number);
        case '>': return (left as number) > (right as number);
        default: return (left as number) >= (right as number);
      }
    }),
  );

const apply = (step: Step, v: ExprValue, root: ExprValue): ExprValue => {
  switch (step.kind) {
    case 'key': {
      if (!isExprMap(v) || !Object.hasOwn(v, step.key)) throw new JsonPathError(`key "${step.key}" is not in ${JSON.stringify(v)}`);
      return v[step.key] ?? null;
    }
    case 'index': {
      const xs = list(v, 'an index');
      return step.indexes.length === 1 ? at(xs, step.indexes[0] ?? 0) : step.indexes.map((i) => at(xs, i));
    }
    case 'all':
      return isExprMap(v) ? Object.keys(v).sort().map((k) => v[k] ?? null) : list(v, '[*]');
    case 'range': {
      const xs = list(v, 'a range');
      const from = step.from === undefined ? 0 : step.from < 0 ? xs.length + step.from : step.from;
      const to = step.to === undefined ? xs.length - 1 : step.to < 0 ? xs.length + step.to : step.to;
      return xs.slice(from, to + 1);
    }
    case 'filter':
      return list(v, 'a filter').filter((item) => test(step.filter, item, root));
  }
};

/** Whether a step turns one value into a list of results, after which keys apply to each. */
const fansOut = (step: Step): boolean =>
  step.kind === 'all' || step.kind === 'range' || step.kind === 'filter' || (step.kind === 'index' && step.indexes.length > 1);

/** Looks `path` up in `doc` as oliveagle/jsonpath does. @category utils */
export const jsonPathLookup = (doc: ExprValue, path: string): ExprValue => {
  let value: ExprValue = doc;
  let many = false;
  for (const step of parse(path)) {
    if (many) value = list(value, 'a path').map((item) => apply(step, item, doc));
    else value = apply(step, value, doc);
    many = many || fansOut(step);
  }
  return value;
};
