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

/** Runs `f` with `process.exit` disabled; an exit call, or any throw, comes back as a message. */
export const guardExit = async <A>(f: () => Promise<A> | A): Promise<E.Either<string, A>> => {
  const exit = process.exit;
  process.exit = ((code?: unknown) => {
    throw new ExitCalled(code);
  }) as typeof process.exit;
  try {
    return E.right(await f());
  } catch (e) {
    if (e instanceof ExitCalled) return E.left(`called process.exit(${String(e.code ?? '')}); a workflow module must not end the process`);
    return E.left(e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e));
  } finally {
    process.exit = exit;
  }
};
