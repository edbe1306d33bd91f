// Every tag and expression the scheduler evaluates goes through here: `{{...}}` substitution, `when`,
// `depends`, and the expr-lang expressions of outputs, retries and hooks.
// TEMPORARY until the expr engineer's src/argo-docs/expr/ is merged: simple tags only.
import type { Scope } from './run-scope.js';

export class ExpressionError extends Error {}

const TAG = /\{\{\s*([^{}=][^{}]*?)\s*\}\}/g;

/** `text` with every `{{key}}` the scope knows replaced; unknown tags stay for a later pass. */
export const substitute = (text: string, scope: Scope): string => {
  if (!text.includes('{{')) return text;
  if (text.includes('{{=')) throw new ExpressionError(`expression tags are not supported yet: ${text}`);
  return text.replace(TAG, (tag, key: string) => scope.get(key) ?? tag);
};

/** Every string inside `value` substituted (Argo substitutes the JSON form of a template). */
export const substituteDeep = <T>(value: T, scope: Scope): T => {
  if (typeof value === 'string') return substitute(value, scope) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => substituteDeep(v, scope)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = substituteDeep(v, scope);
    return out as T;
  }
  return value;
};

/** A step's or task's `when`, after substitution, as govaluate reads it. */
export const evaluateWhen = (text: string, scope: Scope): boolean => {
  const s = substitute(text, scope).trim();
  if (s === 'true') return true;
  if (s === 'false') return false;
  throw new ExpressionError(`when expressions are not supported yet: ${s}`);
};

/** An expr-lang expression over the scope (expanded into nested maps), as Argo evaluates `{{= }}`. */
export const evaluateExpression = (source: string, _scope: Scope, _extra?: Readonly<Record<string, unknown>>): unknown => {
  throw new ExpressionError(`expressions are not supported yet: ${source}`);
};

/** The results one dependency exposes to `depends`. */
export interface TaskResults {
  readonly Succeeded: boolean;
  readonly Failed: boolean;
  readonly Errored: boolean;
  readonly Skipped: boolean;
  readonly Omitted: boolean;
  readonly Daemoned: boolean;
  readonly AnySucceeded: boolean;
  readonly AllFailed: boolean;
}

/** A `depends` expression against its dependencies' results (Argo: `-` → `_`, then expr-lang). */
export const evaluateDepends = (logic: string, results: ReadonlyMap<string, TaskResults>): boolean => {
  // TEMPORARY: conjunctions of terms only.
  return logic.split('&&').every((part) => {
    const [task = '', result] = part.trim().split('.');
    const r = results.get(task);
    if (r === undefined) throw new ExpressionError(`unknown task ${task}`);
    return result === undefined ? r.Succeeded || r.Skipped || r.Daemoned : r[result as keyof TaskResults];
  });
};
