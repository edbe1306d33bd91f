/**
 * Every server-facing command has an overall deadline (`--timeout`, 2 minutes by default), so a server
 * that never answers ends the command instead of retries adding up to many minutes. Commands that
 * follow a workflow (`watch`, `logs -f`, `submit --watch/--wait`) have none unless `--timeout` is given
 * (for `submit` it then bounds the wait).
 */
import { parseDuration, UsageError } from './client-flags.js';

export const DEFAULT_DEADLINE_MS = 2 * 60_000;

/** The deadline in milliseconds, or undefined for none. */
export const deadlineMs = (timeout: string | undefined, follows: boolean): number | undefined => {
  if (timeout === undefined) return follows ? undefined : DEFAULT_DEADLINE_MS;
  const ms = parseDuration(timeout);
  if (ms === undefined) throw new UsageError(`--timeout '${timeout}' is not a duration like 30s or 2m`);
  return ms;
};

/**
 * Runs `body` until it ends or `ms` pass. At the deadline `controller` is aborted (cancelling every
 * request of the command's client) and the command ends with exit 1 at once, whatever `body` does next.
 */
export const withDeadline = async (
  ms: number | undefined,
  controller: AbortController,
  body: () => Promise<number>,
  onTimeout: () => number,
): Promise<number> => {
  if (ms === undefined) return body();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), ms);
  });
  const running = body();
  try {
    const first = await Promise.race([running, expired]);
    if (first !== 'expired') return first;
    controller.abort();
    // What the body does after the deadline is not reported.
    running.catch(() => undefined);
    return onTimeout();
  } finally {
    clearTimeout(timer);
  }
};
