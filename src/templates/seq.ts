import type { Step } from './step.js';

/** Steps that run at the same time: one group of Argo's list of lists. @category model */
export interface Parallel<T extends ReadonlyArray<Step<unknown>>> {
  readonly kind: 'Parallel';
  readonly steps: T;
}

/** @category model */
export type SeqItem = Step<unknown> | Parallel<ReadonlyArray<Step<unknown>>>;

/** Groups that run one after the other. @category model */
export interface Sequence<T extends ReadonlyArray<SeqItem>> {
  readonly kind: 'Sequence';
  readonly items: T;
}

/**
 * Runs steps in parallel; keeps each step's type.
 *
 * @example
 * ```ts
 * par(step('hello2a', printMessage, { message: 'hello2a' }), step('hello2b', printMessage, { message: 'hello2b' }))
 * // - - name: hello2a
 * //     ...
 * //   - name: hello2b
 * //     ...
 * ```
 * @category combinators
 */
export const par = <const T extends readonly [Step<unknown>, ...Step<unknown>[]]>(...steps: T): Parallel<T> =>
  Object.freeze({ kind: 'Parallel', steps });

/**
 * Runs steps (or parallel groups) one after the other; keeps each item's type. Give it to `steps(name, ...)`.
 *
 * @example
 * ```ts
 * const hello = steps('hello-hello-hello', seq(
 *   step('hello1', printMessage, { message: 'hello1' }),
 *   par(step('hello2a', printMessage, { message: 'hello2a' }), step('hello2b', printMessage, { message: 'hello2b' })),
 * ));
 * // - name: hello-hello-hello
 * //   steps:
 * //   - - name: hello1 ...
 * //   - - name: hello2a ...
 * //     - name: hello2b ...
 * ```
 * @category combinators
 */
export const seq = <const T extends readonly [SeqItem, ...SeqItem[]]>(...items: T): Sequence<T> =>
  Object.freeze({ kind: 'Sequence', items });
