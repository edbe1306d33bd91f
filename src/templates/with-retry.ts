import { makeTemplate, type Template } from '../core/template.js';
import type { RetryStrategy } from '../core/retry-strategy.js';

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
 * @category combinators
 */
export function withRetry(strategy: RetryStrategy): <I, O>(t: Template<I, O>) => Template<I, O>;
export function withRetry<I, O>(t: Template<I, O>, strategy: RetryStrategy): Template<I, O>;
export function withRetry<I, O>(
  a: Template<I, O> | RetryStrategy,
  b?: RetryStrategy,
): Template<I, O> | (<I2, O2>(t: Template<I2, O2>) => Template<I2, O2>) {
  if (b === undefined) return <I2, O2>(t: Template<I2, O2>) => withRetry(t, a as RetryStrategy);
  const t = a as Template<I, O>;
  return makeTemplate<I, O>({ ...t.node, retryStrategy: b });
}
