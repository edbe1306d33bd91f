// What every kind's executor is given and returns: the scheduler's one shape for "run this template's body".
import type { Template } from '../../argo-model/generated/index.js';
import type { LeafOutputs } from './leaf-runner.js';
import type { NodeRecord, RunState, TemplateContext } from './run-state.js';
import type { Scope } from './run-scope.js';
import type { BoundInputs } from './template-inputs.js';
import type { TemplateKind } from './template-kind.js';

export interface BodyCall {
  readonly run: RunState;
  readonly node: NodeRecord;
  /** The template with its inputs bound (not yet substituted: each executor substitutes what it runs). */
  readonly template: Template;
  readonly inputs: BoundInputs;
  /** The template's own variables: inputs, `workflow.*`, `pod.name`, `retries`... */
  readonly scope: Scope;
  readonly context: TemplateContext;
  readonly signal: AbortSignal;
  /** 0 for the first attempt. */
  readonly attempt: number;
}

export interface BodyResult {
  readonly phase: 'Succeeded' | 'Failed' | 'Error';
  readonly message?: string;
  /** What a leaf reported. */
  readonly outputs?: LeafOutputs;
  /** Values a suspend was resumed with (`valueFrom.supplied`). */
  readonly supplied?: Readonly<Record<string, string>>;
  /** The scope a steps/dag template's outputs resolve in (with `steps.*` / `tasks.*`). */
  readonly scope?: Scope;
}

export type BodyExecutor = (call: BodyCall) => Promise<BodyResult>;

/** One executor per kind: a new kind does not compile until it is handled. */
export type BodyExecutors = { readonly [K in TemplateKind]: BodyExecutor };

/** Why a signal aborted, as a node message. */
export const abortMessage = (signal: AbortSignal): string =>
  typeof signal.reason === 'string' ? signal.reason : 'Stopped';
