/** Waits for a workflow to finish, with a timeout (Hera's wait has none). */
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { ArgoApi } from './argo-api.js';
import type { Workflow } from '../../argo-model/generated/index.js';
import type { SubmitError } from './submit-error.js';
import { watchWorkflow, type WatchWorkflowOptions } from './watch-workflow.js';

export interface WaitOptions extends Omit<WatchWorkflowOptions, 'signal'> {
  readonly timeoutMs?: number | undefined;
  readonly onUpdate?: ((wf: Workflow) => void) | undefined;
}

/** The finished workflow (whatever its phase), or a `WaitTimeout` naming the last phase seen. */
export const waitForWorkflow =
  (api: ArgoApi, ns: string, name: string, o: WaitOptions = {}): TE.TaskEither<SubmitError, Workflow> =>
  async () => {
    const ctl = new AbortController();
    let timedOut = false;
    const timer =
      o.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            ctl.abort();
          }, o.timeoutMs);
    let last: Workflow | undefined;
    try {
      for await (const ev of watchWorkflow(api, ns, name, { ...o, signal: ctl.signal })) {
        if (E.isLeft(ev)) return timedOut ? E.left(timeoutError(name, o.timeoutMs, last)) : ev;
        last = ev.right;
        o.onUpdate?.(ev.right);
      }
      if (timedOut || last === undefined) return E.left(timeoutError(name, o.timeoutMs, last));
      return E.right(last);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      ctl.abort();
    }
  };

const timeoutError = (workflow: string, timeoutMs: number | undefined, last: Workflow | undefined): SubmitError => ({
  _tag: 'WaitTimeout',
  workflow,
  timeoutMs: timeoutMs ?? 0,
  lastPhase: last?.status?.phase,
});
