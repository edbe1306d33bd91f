/**
 * The request timeout covers the body too: ky's `timeout` ends when the headers arrive, so a server
 * that sends headers and then stalls would hold a `get` forever. A `BodyDeadline` aborts the request
 * when the answering attempt's timeout runs out while its body is still being read.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { SubmitError } from './submit-error.js';

export interface BodyDeadline {
  /** Passed to the request: aborted when the time is up. */
  readonly signal: AbortSignal;
  /** Called as each attempt starts: that attempt has `ms` for headers and body together. */
  readonly restart: (ms: number) => void;
  /**
   * Reads the body; a timeout, or the client's cancellation, is the matching failure. Left
   * `undefined` is any other read error (the caller names it).
   */
  readonly read: <A>(f: () => Promise<A>, cancel: AbortSignal | undefined) => Promise<E.Either<SubmitError | undefined, A>>;
}

export const cancelled = (method: string, path: string): SubmitError => ({
  _tag: 'Cancelled',
  method,
  path,
});

export const bodyDeadline = (method: string, path: string): BodyDeadline => {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let budget = 0;
  return {
    signal: controller.signal,
    restart: (ms) => {
      clearTimeout(timer);
      budget = ms;
      timer = setTimeout(() => controller.abort(), ms);
      timer.unref?.();
    },
    read: async (f, cancel) => {
      try {
        return E.right(await f());
      } catch {
        if (cancel?.aborted === true) return E.left(cancelled(method, path));
        if (controller.signal.aborted) return E.left({ _tag: 'RequestTimeout', method, path, timeoutMs: budget });
        return E.left(undefined);
      } finally {
        clearTimeout(timer);
      }
    },
  };
};

/** The `signal` option for ky from every signal that may cancel a request (none: no option). */
export const signalOf = (...signals: ReadonlyArray<AbortSignal | undefined>): { readonly signal?: AbortSignal } => {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length === 0 ? {} : { signal: present.length === 1 ? (present[0] as AbortSignal) : AbortSignal.any(present) };
};
