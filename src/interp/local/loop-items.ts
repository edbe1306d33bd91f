// withItems, withParam, withSequence: the items a looped step or task expands into, each with the
// variables it sees (`item`, `item.<field>`) and the label Argo puts in its node name (`task(0:a)`).
import type { Item, Sequence } from '../../argo-model/generated/index.js';
import { substitute, substituteDeep } from './run-expressions.js';
import type { Scope } from './run-scope.js';

export interface LoopItem {
  readonly index: number;
  /** Argo's node-name label: `(index:label)`. */
  readonly label: string;
  readonly vars: ReadonlyMap<string, string>;
}

export interface Looped {
  readonly withItems?: ReadonlyArray<Item>;
  readonly withParam?: string;
  readonly withSequence?: Sequence;
}

export const isLooped = (s: Looped): boolean => s.withItems !== undefined || s.withParam !== undefined || s.withSequence !== undefined;

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `item.a`, `item.a.b`... for a map item. */
const fields = (prefix: string, v: unknown, out: Map<string, string>): void => {
  if (!isRecord(v)) return;
  for (const [k, f] of Object.entries(v)) {
    out.set(`${prefix}.${k}`, text(f));
    fields(`${prefix}.${k}`, f, out);
  }
};

/** Argo's `%v` of an item in a node name: a map prints its sorted `key:value` pairs. */
const label = (v: unknown): string =>
  isRecord(v)
    ? Object.keys(v)
        .sort()
        .map((k) => `${k}:${label(v[k])}`)
        .join(',')
    : text(v);

const item = (index: number, value: unknown): LoopItem => {
  const vars = new Map([['item', text(value)]]);
  fields('item', value, vars);
  return { index, label: label(value), vars };
};

/** Go's `%d`, `%0Nd`, `%x`, `%X`, `%o`, `%s` with one number: what withSequence formats take. */
const printf = (format: string, n: number): string =>
  format.replace(/%(0?)(\d*)([dxXos%])/g, (_m, zero: string, width: string, verb: string) => {
    if (verb === '%') return '%';
    const body = verb === 'x' ? n.toString(16) : verb === 'X' ? n.toString(16).toUpperCase() : verb === 'o' ? n.toString(8) : String(n);
    return body.padStart(Number(width || 0), zero === '0' ? '0' : ' ');
  });

const int = (v: string | number | undefined, scope: Scope, field: string): number => {
  if (v === undefined) return 0;
  const n = Number(typeof v === 'string' ? substitute(v, scope) : v);
  if (!Number.isInteger(n)) throw new Error(`withSequence.${field} is not an integer: ${String(v)}`);
  return n;
};

const sequence = (s: Sequence, scope: Scope): ReadonlyArray<string> => {
  const start = int(s.start, scope, 'start');
  const numbers: number[] = [];
  if (s.count !== undefined) {
    const count = int(s.count, scope, 'count');
    for (let i = 0; i < count; i++) numbers.push(start + i);
  } else {
    const end = int(s.end, scope, 'end');
    const step = end >= start ? 1 : -1;
    for (let n = start; step > 0 ? n <= end : n >= end; n += step) numbers.push(n);
  }
  return numbers.map((n) => (s.format === undefined ? String(n) : printf(s.format, n)));
};

/** The items of a looped step or task, substituted in its scope. */
export const loopItems = (s: Looped, scope: Scope): ReadonlyArray<LoopItem> => {
  if (s.withItems !== undefined) return substituteDeep(s.withItems, scope).map((v, i) => item(i, v));
  if (s.withSequence !== undefined) return sequence(s.withSequence, scope).map((v, i) => item(i, v));
  const raw = substitute(s.withParam ?? '[]', scope);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`withParam value could not be parsed as a JSON list: ${raw}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`withParam value is not a JSON list: ${raw}`);
  return parsed.map((v: unknown, i) => item(i, v));
};
