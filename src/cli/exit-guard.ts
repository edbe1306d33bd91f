/**
 * User modules run inside the CLI (loading, rendering): a `process.exit(0)` there would end the CLI
 * with status 0 and no output, as if all went well. While a guarded call runs, `process.exit` throws
 * instead, and the call fails naming the module.
 */
import * as E from 'fp-ts/lib/Either.js';

class ExitCalled extends Error {
  constructor(readonly code: unknown) {
    super(`process.exit(${String(code ?? '')}) called`);
  }
}

/** How a guarded call ended instead of returning; `stack` locates it in the user's code. */
export interface Escaped {
  readonly exited: boolean;
  /** `process.exit(n)` for an exit, else what was thrown as `Name: message`. */
  readonly what: string;
  readonly stack?: string;
}

/** What a user's code threw, as one line: `Name: message`. */
export const describeThrown = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** One line for an escape while `doing` (loading, rendering) a module. */
export const describeEscape = (e: Escaped, doing: string): string =>
  e.exited ? `called ${e.what} while ${doing}; a workflow module must not end the process` : `threw while ${doing}: ${e.what}`;

/** Runs `f` with `process.exit` disabled; an exit call, or any throw, comes back as an `Escaped`. */
export const guardExit = async <A>(f: () => Promise<A> | A): Promise<E.Either<Escaped, A>> => {
  const exit = process.exit;
  process.exit = ((code?: unknown) => {
    throw new ExitCalled(code);
  }) as typeof process.exit;
  try {
    return E.right(await f());
  } catch (e) {
    const stack = e instanceof Error && e.stack !== undefined ? { stack: e.stack } : {};
    if (e instanceof ExitCalled) return E.left({ exited: true, what: `process.exit(${String(e.code ?? '')})`, ...stack });
    return E.left({ exited: false, what: describeThrown(e), ...stack });
  } finally {
    process.exit = exit;
  }
};
