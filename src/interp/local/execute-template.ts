// Runs one template invocation as Argo's executeTemplate does: resolve the template, bind its inputs,
// wrap it in a Retry node when it has a retryStrategy, enforce its timeout, run its body, resolve its outputs.
import type { RetryStrategy, Template } from '../../argo-model/generated/index.js';
import { podName } from './local-node.js';
import { abortMessage, type BodyExecutors, type BodyResult } from './template-body.js';
import { durationMs } from './run-durations.js';
import { finishNode, startNode, type NodeRecord, type RunState, type TemplateContext } from './run-state.js';
import type { RunSemaphore } from './run-semaphore.js';
import { layer, type Scope } from './run-scope.js';
import { bindInputs, substituteInputs, type BoundInputs, type CallArguments } from './template-inputs.js';
import { isLeafKind, NODE_TYPE, templateKind } from './template-kind.js';
import { exportGlobals, resolveOutputs } from './template-outputs.js';
import { resolveTemplate, type ResolvedTemplate, type TemplateHolder } from './resolve-template.js';
import { executeRetries } from './retry-node.js';
import { runLeaf } from './run-leaf.js';
import { runSuspend } from './run-suspend.js';
import { runSteps } from './run-steps.js';
import { runDag } from './run-dag.js';
import { substituteDeep } from './run-expressions.js';

/** One invocation: which template, under which node name, with which arguments. */
export interface TemplateCall {
  readonly name: string;
  readonly displayName: string;
  readonly parent: NodeRecord | undefined;
  readonly boundary: string | undefined;
  readonly holder: TemplateHolder;
  readonly context: TemplateContext;
  readonly args: CallArguments;
  readonly signal: AbortSignal;
  /** Pod slots of the steps/dag template the call belongs to (its `parallelism`). */
  readonly slots: RunSemaphore;
  /** Variables the exit handler and its children see (`workflow.status`, `workflow.failures`). */
  readonly extra?: Scope;
}

/** The resolved, bound template a call runs; the same for every retry attempt. */
export interface Prepared {
  readonly resolved: ResolvedTemplate;
  readonly inputs: BoundInputs;
}

/** Retry bookkeeping an attempt sees as `retries` and `lastRetry.*`. */
export interface AttemptInfo {
  readonly attempt: number;
  readonly lastRetry?: ReadonlyMap<string, string>;
}

const EXECUTORS: BodyExecutors = {
  container: runLeaf,
  script: runLeaf,
  containerSet: runLeaf,
  resource: runLeaf,
  data: runLeaf,
  http: runLeaf,
  plugin: runLeaf,
  suspend: runSuspend,
  steps: runSteps,
  dag: runDag,
};

const errorNode = (run: RunState, call: TemplateCall, templateName: string | undefined, message: string): NodeRecord =>
  finishNode(
    run,
    startNode(run, { name: call.name, displayName: call.displayName, type: 'Pod', templateName, parent: call.parent, boundary: call.boundary }),
    'Error',
    message,
  );

/** Runs `call` to completion; the returned node is fulfilled. */
export const executeTemplate = async (run: RunState, call: TemplateCall): Promise<NodeRecord> => {
  const resolved = resolveTemplate(run, call.holder, call.context);
  if (typeof resolved === 'string') return errorNode(run, call, call.holder.template, resolved);
  const bound = bindInputs(resolved.template, call.args);
  if (typeof bound === 'string') return errorNode(run, call, resolved.name, bound);
  const inputs = substituteInputs(bound, call.extra ?? run.globals);
  const prepared: Prepared = { resolved, inputs };
  const retry: RetryStrategy | undefined = inputs.template.retryStrategy ?? run.workflow.spec.retryStrategy;
  if (retry === undefined) return executeAttempt(run, call, prepared, { attempt: 0 });
  // Argo substitutes the strategy's fields with the inputs (`limit: "{{inputs.parameters.limit}}"`); its
  // expression is read per attempt, over lastRetry.
  const inputVars = layer(
    call.extra ?? run.globals,
    Object.entries(inputs.parameters).map(([k, v]) => [`inputs.parameters.${k}`, v] as const),
  );
  const { expression, ...rest } = retry;
  return executeRetries(run, call, prepared, { ...substituteDeep(rest, inputVars), ...(expression !== undefined && { expression }) });
};

/** The variables a template sees besides the caller's: its inputs, paths, `pod.name`, `retries`... */
const templateScope = (run: RunState, call: TemplateCall, node: NodeRecord, t: Template, inputs: BoundInputs, info: AttemptInfo, retried: boolean): Scope => {
  const vars = new Map<string, string>([['node.name', node.name]]);
  const params = Object.entries(inputs.parameters);
  for (const [name, value] of params) vars.set(`inputs.parameters.${name}`, value);
  vars.set('inputs.parameters', JSON.stringify(params.map(([name, value]) => ({ name, value }))));
  for (const a of t.inputs?.artifacts ?? []) if (a.path !== undefined) vars.set(`inputs.artifacts.${a.name}.path`, a.path);
  for (const p of t.outputs?.parameters ?? []) if (p.valueFrom?.path !== undefined) vars.set(`outputs.parameters.${p.name}.path`, p.valueFrom.path);
  for (const a of t.outputs?.artifacts ?? []) if (a.path !== undefined) vars.set(`outputs.artifacts.${a.name}.path`, a.path);
  vars.set('pod.name', podName(run.workflowName, node.templateName ?? '', node.name));
  if (retried) vars.set('retries', String(info.attempt));
  for (const [k, v] of info.lastRetry ?? []) vars.set(k, v);
  return layer(call.extra ?? run.globals, vars);
};

/** `timeout` (any template) or `activeDeadlineSeconds` (leaves): milliseconds the node may run. */
const deadlineMs = (t: { readonly timeout?: string | undefined; readonly activeDeadlineSeconds?: Template['activeDeadlineSeconds'] | undefined }, leaf: boolean): number | undefined => {
  const timeout = t.timeout === undefined ? undefined : durationMs(t.timeout);
  const active = leaf && t.activeDeadlineSeconds !== undefined ? durationMs(t.activeDeadlineSeconds) : undefined;
  if (timeout === undefined) return active;
  return active === undefined ? timeout : Math.min(timeout, active);
};

const LEAF_DEADLINE = 'Pod was active on the node longer than the specified deadline';

/**
 * The signal a node runs under: its caller's, or (with a deadline) one that also aborts with `message`
 * after `ms` on the run's clock. Without a deadline no signal is made: EventTarget listeners are the
 * costliest thing per node.
 */
const withDeadline = (run: RunState, parent: AbortSignal, ms: number | undefined, message: string): { readonly signal: AbortSignal; end(): void } => {
  if (ms === undefined) return { signal: parent, end: () => undefined };
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  const timer = new AbortController();
  void run.clock.sleep(ms, timer.signal).then((fired) => fired && controller.abort(message));
  return {
    signal: controller.signal,
    end: () => {
      timer.abort();
      parent.removeEventListener('abort', onAbort);
    },
  };
};

/** One attempt of a prepared call, as a node named `call.name`. */
export const executeAttempt = async (run: RunState, call: TemplateCall, prepared: Prepared, info: AttemptInfo, retried = false): Promise<NodeRecord> => {
  const { resolved, inputs } = prepared;
  const t = inputs.template;
  const kind = templateKind(t);
  if (kind === undefined) return errorNode(run, call, resolved.name, `template '${resolved.name}' has no body (container, script, steps, dag...)`);
  const leaf = isLeafKind(kind);
  // A leaf waits for a pod slot before its node starts, as a pod waits for parallelism in Argo.
  const releases = leaf && !call.signal.aborted ? [await call.slots.acquire(), await run.pods.acquire()] : [];
  try {
    const node = startNode(run, {
      name: call.name,
      displayName: call.displayName,
      type: NODE_TYPE[kind],
      templateName: resolved.name,
      parent: call.parent,
      boundary: call.boundary,
    });
    node.inputs = inputs.parameters;
    node.attempts = 1;
    if (call.signal.aborted) return finishNode(run, node, 'Failed', abortMessage(call.signal));
    const scope = templateScope(run, call, node, t, inputs, info, retried);
    // Both may name inputs (`timeout: "{{inputs.parameters.t}}"`), as Argo substitutes them.
    const limits = substituteDeep({ timeout: t.timeout, activeDeadlineSeconds: t.activeDeadlineSeconds }, scope);
    const deadline = withDeadline(run, call.signal, deadlineMs(limits, leaf), leaf ? LEAF_DEADLINE : `Timeout of ${limits.timeout ?? ''} exceeded`);
    const { signal } = deadline;
    let body: BodyResult;
    try {
      body = await EXECUTORS[kind]({ run, node, template: t, inputs, scope, context: resolved.context, signal, attempt: info.attempt });
    } catch (e) {
      body = { phase: 'Error', message: e instanceof Error ? e.message : String(e) };
    } finally {
      deadline.end();
    }
    if (signal.aborted && body.phase === 'Succeeded' && leaf) body = { phase: 'Failed', message: abortMessage(signal) };
    if (signal.aborted && body.phase !== 'Succeeded') body = { ...body, message: abortMessage(signal) };
    if (body.phase !== 'Succeeded') {
      if (body.outputs !== undefined) node.outputs = { parameters: body.outputs.parameters, artifacts: body.outputs.artifacts, ...(body.outputs.exitCode !== undefined && { exitCode: body.outputs.exitCode }) };
      return finishNode(run, node, body.phase, body.message);
    }
    const outputs = resolveOutputs(t, body.scope ?? scope, body.outputs, body.supplied);
    if (typeof outputs === 'string') return finishNode(run, node, 'Error', outputs);
    node.outputs = outputs;
    exportGlobals(run, t, outputs);
    return finishNode(run, node, 'Succeeded', body.message);
  } finally {
    for (const release of releases) release();
  }
};
