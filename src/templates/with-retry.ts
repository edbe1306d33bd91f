import { makeTemplate, type Template } from '../core/template.js';
import { retryStrategyOf, type RetrySpec } from './retry-spec.js';

/**
 * Sets a template's `retryStrategy`; the result has exactly the same `<I, O>`. Data-first
 * (`withRetry(t, p)`) and data-last (`pipe(t, withRetry(p))`).
 *
 * @example
 * ```ts
 * const flaky = withRetry(randomFail, { limit: 10, backoff: { duration: 1, factor: 2, maxDuration: '1m' } });
 * // - name: random-fail
 * //   retryStrategy:
 * //     limit: "10"
 * //     backoff: {duration: "1", factor: "2", maxDuration: "1m"}
 * //   container: ...
 * ```
 * Retry only when the last attempt exited with more than 1:
 * ```ts
 * withRetry(work, { limit: 3, expression: expression<boolean>`asInt(${lastRetry.exitCode}) > 1` })
 * // retryStrategy: {limit: "3", expression: "asInt(lastRetry.exitCode) > 1"}
 * ```
 * @category combinators
 */
export function withRetry(strategy: RetrySpec): <I, O>(t: Template<I, O>) => Template<I, O>;
export function withRetry<I, O>(t: Template<I, O>, strategy: RetrySpec): Template<I, O>;
export function withRetry<I, O>(
  a: Template<I, O> | RetrySpec,
  b?: RetrySpec,
): Template<I, O> | (<I2, O2>(t: Template<I2, O2>) => Template<I2, O2>) {
  if (b === undefined) return <I2, O2>(t: Template<I2, O2>) => withRetry(t, a as RetrySpec);
  const t = a as Template<I, O>;
  const refs = [...t.node.refs];
  const retryStrategy = retryStrategyOf(b, refs);
  return makeTemplate<I, O>({ ...t.node, retryStrategy, refs: Object.freeze(refs) });
}
