import { expr } from './ref.js';

/**
 * What a `retryStrategy.expression` reads about the attempt that just failed (strings, as Argo gives
 * them: `asInt(...)` to compare numbers).
 * @example
 * ```ts
 * withRetry(work, { limit: 10, expression: expression<boolean>`asInt(${lastRetry.exitCode}) > 1 && ${lastRetry.status} != "Error"` })
 * // retryStrategy:
 * //   limit: "10"
 * //   expression: asInt(lastRetry.exitCode) > 1 && lastRetry.status != "Error"
 * ```
 * @category constructors
 */
export const lastRetry = Object.freeze({
  exitCode: expr<string>('lastRetry.exitCode'),
  status: expr<string>('lastRetry.status'),
  duration: expr<string>('lastRetry.duration'),
  message: expr<string>('lastRetry.message'),
});
