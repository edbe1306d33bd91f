/**
 * Follows one workflow like `argo submit --watch`: a get first (so a missing workflow is a 404, not
 * a silent wait), then a watch on `metadata.name=<name>` from resourceVersion 0, re-opened whenever
 * the stream ends or breaks, stopped once `status.finishedAt` is set.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ArgoApi } from './argo-api.js';
import type { Workflow } from '../../argo-model/generated/index.js';
import { isFinished } from './workflow-phase.js';
import { isRetriable } from './create-once.js';
import type { SubmitError } from './submit-error.js';

// model

export interface WatchWorkflowOptions {
  readonly signal?: AbortSignal | undefined;
  /** Pause before re-opening a stream that ended. */
  readonly reopenDelayMs?: number | undefined;
  /** Give up after this many consecutive failed re-opens. */
  readonly maxReopenFailures?: number | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

// utils

/** Waits `ms`, or less when `signal` aborts; leaves no listener behind either way (a watch sleeps once per re-open). */
const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

// constructors

/** Yields each new state of the workflow; the last one is finished unless an error came first. */
export async function* watchWorkflow(
  api: ArgoApi,
  ns: string,
  name: string,
  o: WatchWorkflowOptions = {},
): AsyncGenerator<E.Either<SubmitError, Workflow>> {
  const reopenDelayMs = o.reopenDelayMs ?? 1000;
  const maxFailures = o.maxReopenFailures ?? 10;
  // A watch on a name that does not exist would wait forever: look first, and skip the stream if done.
  const first = await api.getWorkflow(ns, name)();
  yield first;
  if (E.isLeft(first) || isFinished(first.right)) return;
  let failures = 0;
  const aborted = (): boolean => o.signal?.aborted === true;
  while (!aborted()) {
    const opened = await api.watchWorkflows(ns, {
      fieldSelector: `metadata.name=${name}`,
      resourceVersion: '0',
      signal: o.signal,
    })();
    if (E.isLeft(opened)) {
      if (!isRetriable(opened.left) || ++failures > maxFailures) {
        yield opened;
        return;
      }
      await sleep(reopenDelayMs, o.signal);
      continue;
    }
    for await (const ev of opened.right) {
      if (E.isLeft(ev)) {
        if (aborted()) return;
        // A broken stream is just re-opened; the next ADDED event carries the current state.
        if (isRetriable(ev.left)) break;
        yield ev;
        return;
      }
      failures = 0;
      if (ev.right.type === 'DELETED') {
        yield E.left({ _tag: 'UsageFailure', message: `Workflow ${name} in namespace ${ns} was deleted while being watched.` });
        return;
      }
      // The model leaves `object` optional; an event without one has nothing to report.
      const wf = ev.right.object;
      if (wf === undefined) continue;
      yield E.right(wf);
      if (isFinished(wf)) return;
    }
    if (aborted()) return;
    o.log?.(`~ watch stream for ${name} ended; re-opening`);
    await sleep(reopenDelayMs, o.signal);
  }
}
