import type { RetryStrategy } from '../core/retry-strategy.js';
import type { RefSource } from '../core/scope.js';
import { expressionText, isExpression, type Expression } from '../typed-refs/expression.js';
import type { Ref } from '../typed-refs/ref.js';

// model

/**
 * Argo's `retryStrategy` as an option: `expression` decides whether to retry, typed over `lastRetry`
 * (`expression<boolean>\`asInt(${lastRetry.exitCode}) > 1\``), or raw expr-lang text.
 * @category model
 */
export interface RetrySpec extends Omit<RetryStrategy, 'expression'> {
  readonly expression?: string | Expression<boolean>;
}

// utils

/** Argo evaluates a retry expression with only `lastRetry` in scope: other refs are substituted as tags first. */
const substituted = (r: Ref<unknown>): boolean => !r.expr.startsWith('lastRetry.');

/** A retry option as the node keeps it: the expression as text, the refs it reads pushed to `refs`. */
export const retryStrategyOf = (spec: RetrySpec, refs: RefSource[]): RetryStrategy => {
  const e = spec.expression;
  if (!isExpression(e)) return spec as RetryStrategy;
  refs.push(e.source);
  return Object.freeze({ ...spec, expression: expressionText(e, substituted) });
};
