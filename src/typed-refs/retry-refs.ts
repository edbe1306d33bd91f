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

/**
 * Inside a template with a `retryStrategy` (and in its metrics): how many times it has been retried so far,
 * `{{retries}}` (0 on the first attempt).
 * @example
 * ```ts
 * script({ ..., retryStrategy: { limit: '2' }, source: `echo attempt ${retries}` })   // echo attempt {{retries}}
 * ```
 * @category constructors
 */
export const retries = expr<number>('retries');
