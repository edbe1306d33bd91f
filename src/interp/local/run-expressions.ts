// Every tag and expression the scheduler evaluates goes through here, on Argo's own evaluators
// (src/argo-docs/expr): `{{...}}` substitution, `when` (govaluate after substitution), `depends` and the
// expr-lang expressions of outputs, retries and hooks, over the run's flat variables.
import * as E from 'fp-ts/lib/Either.js';
import { evaluateExpr, evaluateWhen as govaluateWhen, expandEnv, substituteTags } from '../../argo-docs/expr/index.js';
import type { ExprEnv, ExprValue } from '../../argo-docs/expr/index.js';
import type { Scope } from './run-scope.js';

/**
 * The scope as the flat record the evaluators read, without copying it: a dag's scope grows with every
 * task, and only the keys a tag names are looked up.
 */
const asRecord = (scope: Scope): Readonly<Record<string, ExprValue>> =>
  new Proxy<Record<string, ExprValue>>(
    {},
    {
      get: (_t, key) => (typeof key === 'string' ? scope.get(key) : undefined),
      has: (_t, key) => typeof key === 'string' && scope.get(key) !== undefined,
      getOwnPropertyDescriptor: (_t, key) => {
        const value = typeof key === 'string' ? scope.get(key) : undefined;
        return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
      },
      ownKeys: () => [...new Set([...scope.entries()].map(([k]) => k))],
    },
  );

const unwrap = <A>(e: E.Either<Error, A>): A => {
  if (E.isLeft(e)) throw e.left;
  return e.right;
};

/** `text` with every `{{...}}` tag replaced; an unknown variable or failing expression throws its sentence. */
export const substitute = (text: string, scope: Scope): string =>
  text.includes('{{') ? unwrap(substituteTags(text, asRecord(scope))) : text;

/** `substitute`, or undefined when a tag has no value (an absent output of a Skipped or Omitted producer). */
export const trySubstitute = (text: string, scope: Scope): string | undefined => {
  if (!text.includes('{{')) return text;
  const r = substituteTags(text, asRecord(scope));
  return E.isRight(r) ? r.right : undefined;
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

/** A step's or task's `when`, already substituted, read by govaluate with bare words as strings. */
export const evaluateWhen = (substituted: string): boolean => unwrap(govaluateWhen(substituted));

/** An expr-lang expression over the scope expanded into nested maps (`tasks.A.outputs.result` is member access). */
export const evaluateExpression = (source: string, scope: Scope): ExprValue => unwrap(evaluateExpr(source, expandEnv(asRecord(scope))));

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

const RESULT_NAMES: ReadonlyArray<keyof TaskResults> = ['Succeeded', 'Failed', 'Errored', 'Skipped', 'Omitted', 'Daemoned', 'AnySucceeded', 'AllFailed'];

/** Evaluated `depends`, by logic and results: evaluation is pure, and a dag repeats a few shapes. */
const dependsMemo = new Map<string, boolean>();
const MEMO_LIMIT = 10_000;

/**
 * A `depends` expression over dependencies named `d0`, `d1`... (see dag-depends.ts), against their
 * results, by expr-lang as Argo evaluates it.
 */
export const evaluateDepends = (logic: string, results: ReadonlyArray<TaskResults>): boolean => {
  const key = `${logic}|${results.map((r) => RESULT_NAMES.map((n) => (r[n] ? 1 : 0)).join('')).join(',')}`;
  const known = dependsMemo.get(key);
  if (known !== undefined) return known;
  const env: Record<string, ExprValue> = {};
  results.forEach((r, i) => (env[`d${i}`] = { ...r }));
  const value = unwrap(evaluateExpr(logic, env as ExprEnv));
  if (typeof value !== 'boolean') throw new Error(`gives ${JSON.stringify(value)}, not a boolean`);
  if (dependsMemo.size >= MEMO_LIMIT) dependsMemo.clear();
  dependsMemo.set(key, value);
  return value;
};
