// retryStrategy as Argo's processNodeRetries: a Retry node whose children are the attempts `name(0)`,
// `name(1)`...; `limit`, `retryPolicy`, `expression` (over `lastRetry.*`) and `backoff` on the run's clock.
import type { RetryStrategy } from '../../argo-model/generated/index.js';
import { emit, finishNode, startNode, type NodeRecord, type RunState } from './run-state.js';
import { durationMs } from './run-durations.js';
import { evaluateExpression } from './run-expressions.js';
import { layer } from './run-scope.js';
import { abortMessage } from './template-body.js';
import { executeAttempt, type Prepared, type TemplateCall } from './execute-template.js';

/** Attempts a retry without `limit` may make locally before the run gives up on it (Argo has no bound). */
const UNBOUNDED_LIMIT = 1000;

const limitOf = (s: RetryStrategy): number => {
  if (s.limit === undefined) return UNBOUNDED_LIMIT;
  const n = typeof s.limit === 'number' ? s.limit : Number.parseInt(s.limit, 10);
  return Number.isFinite(n) ? Math.max(0, n) : 0;
};

/** Argo's RetryPolicyActual: `OnFailure` unless set, `Always` when only an expression decides. */
const policyOf = (s: RetryStrategy): string => s.retryPolicy ?? (s.expression === undefined ? 'OnFailure' : 'Always');

const TRANSIENT = /transient|timeout|connection reset|connection refused|i\/o timeout|EOF/i;

const policyAllows = (policy: string, attempt: NodeRecord): boolean => {
  switch (policy) {
    case 'Always':
      return true;
    case 'OnError':
      return attempt.phase === 'Error';
    case 'OnTransientError':
      return TRANSIENT.test(attempt.message ?? '');
    default:
      return attempt.phase === 'Failed';
  }
};

/** Argo's backoff: `duration * factor^(attempt)`, capped by `cap`. */
const backoffMs = (s: RetryStrategy, retriesDone: number): number => {
  const b = s.backoff;
  if (b?.duration === undefined) return 0;
  const base = durationMs(b.duration) ?? 0;
  const factor = b.factor === undefined ? 1 : Number(b.factor);
  const wait = base * Math.pow(Number.isFinite(factor) ? factor : 1, retriesDone);
  const cap = b.cap === undefined ? undefined : durationMs(b.cap);
  return cap === undefined ? wait : Math.min(wait, cap);
};

const lastRetryVars = (run: RunState, attempt: NodeRecord): ReadonlyMap<string, string> =>
  new Map([
    ['lastRetry.exitCode', attempt.outputs?.exitCode ?? (attempt.phase === 'Succeeded' ? '0' : '1')],
    ['lastRetry.status', attempt.phase],
    ['lastRetry.duration', String(Math.round(((attempt.finishedAt ?? run.clock.now()) - attempt.startedAt) / 1000))],
    ['lastRetry.message', attempt.message ?? ''],
  ]);

/** Runs a call under its retryStrategy; the Retry node ends as its last attempt did. */
export const executeRetries = async (run: RunState, call: TemplateCall, prepared: Prepared, strategy: RetryStrategy): Promise<NodeRecord> => {
  const node = startNode(run, {
    name: call.name,
    displayName: call.displayName,
    type: 'Retry',
    templateName: prepared.resolved.name,
    parent: call.parent,
    boundary: call.boundary,
  });
  node.inputs = prepared.inputs.parameters;
  const limit = limitOf(strategy);
  const policy = policyOf(strategy);
  const maxMs = strategy.backoff?.maxDuration === undefined ? undefined : durationMs(strategy.backoff.maxDuration);
  let lastRetry: ReadonlyMap<string, string> | undefined;
  for (let i = 0; ; i++) {
    const attemptCall: TemplateCall = { ...call, name: `${call.name}(${i})`, displayName: `${call.displayName}(${i})`, parent: node, boundary: call.boundary };
    const attempt = await executeAttempt(run, attemptCall, prepared, lastRetry === undefined ? { attempt: i } : { attempt: i, lastRetry }, true);
    node.attempts = i + 1;
    if (attempt.outputs !== undefined) node.outputs = attempt.outputs;
    if (attempt.phase === 'Succeeded') return finishNode(run, node, 'Succeeded');
    if (call.signal.aborted) return finishNode(run, node, attempt.phase, abortMessage(call.signal));
    if (i >= limit) return finishNode(run, node, attempt.phase, 'No more retries left');
    if (!policyAllows(policy, attempt)) return finishNode(run, node, attempt.phase, attempt.message);
    lastRetry = lastRetryVars(run, attempt);
    if (strategy.expression !== undefined && evaluateExpression(strategy.expression, layer(run.globals, lastRetry)) !== true) {
      return finishNode(run, node, attempt.phase, attempt.message);
    }
    const wait = backoffMs(strategy, i);
    if (maxMs !== undefined && run.clock.now() + wait - node.startedAt > maxMs) {
      return finishNode(run, node, attempt.phase, 'Max duration limit exceeded');
    }
    emit(run, 'Retrying', attempt, wait > 0 ? `backoff ${wait / 1000}s` : undefined);
    if (wait > 0 && !(await run.clock.sleep(wait, call.signal))) return finishNode(run, node, attempt.phase, abortMessage(call.signal));
  }
};
