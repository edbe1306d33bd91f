// The mutable state of one local run: its nodes, event log, global variables and the services the
// scheduler shares (clock, leaf runner, parallelism). Everything else is passed down explicitly.
import type { Template, Workflow } from '../../argo-model/generated/index.js';
import type { LeafRunner, LocalArtifact } from './leaf-runner.js';
import { nodeId, type NodeOutputs, type NodePhase, type NodeType, isFulfilled } from './local-node.js';
import type { LocalMocks } from './leaf-mock.js';
import type { LocalEvent, LocalEventType } from './run-events.js';
import type { RunClock } from './run-clock.js';
import type { RunSemaphore } from './run-semaphore.js';
import type { ScopeLayer } from './run-scope.js';

/** A node while the run builds it. */
export interface NodeRecord {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly type: NodeType;
  readonly templateName: string | undefined;
  readonly boundary: string | undefined;
  readonly startedAt: number;
  phase: NodePhase;
  message: string | undefined;
  finishedAt: number | undefined;
  attempts: number;
  readonly children: string[];
  inputs: Readonly<Record<string, string>> | undefined;
  outputs: NodeOutputs | undefined;
  daemoned: boolean;
}

/** Where template names resolve: the workflow's own templates, or a WorkflowTemplate's after a `templateRef`. */
export interface TemplateContext {
  /** `undefined` for the workflow itself, else the WorkflowTemplate's name. */
  readonly library: string | undefined;
  readonly templates: ReadonlyMap<string, Template>;
}

/** A WorkflowTemplate the run can call into, with its templates by name. */
export interface RunLibrary extends TemplateContext {
  readonly library: string;
  readonly clusterScope: boolean;
}

export interface RunState {
  readonly workflow: Workflow;
  readonly workflowName: string;
  readonly clock: RunClock;
  /** Epoch milliseconds of the run's start: virtual times are offsets from it. */
  readonly origin: number;
  readonly leaf: LeafRunner;
  readonly mocks: LocalMocks;
  readonly pods: RunSemaphore;
  readonly main: TemplateContext;
  readonly libraries: ReadonlyArray<RunLibrary>;
  readonly templateDefaults: Template | undefined;
  /** Workflow-level variables (`workflow.*`), written as global outputs appear. */
  readonly globals: ScopeLayer;
  readonly globalArtifacts: Map<string, LocalArtifact>;
  readonly nodes: Map<string, NodeRecord>;
  readonly events: LocalEvent[];
  /** A run handle can resume suspended nodes; without one, a suspend nothing can resume is an error. */
  readonly resumable: boolean;
  /** Called with every event as it is logged (live views, `whenSuspended`). */
  readonly listeners: Array<(event: LocalEvent) => void>;
  /** Suspended nodes waiting for `resume`, by node name. */
  readonly suspended: Map<string, (supplied: Readonly<Record<string, string>> | undefined) => void>;
}

/** ISO time of a clock offset. */
export const isoAt = (run: RunState, at: number): string => new Date(run.origin + at).toISOString();

export const emit = (run: RunState, type: LocalEventType, node: NodeRecord, message?: string): void => {
  const event: LocalEvent = {
    at: run.clock.now(),
    type,
    node: node.name,
    displayName: node.displayName,
    ...(type === 'Finished' && { phase: node.phase }),
    ...(message !== undefined && { message }),
  };
  run.events.push(event);
  for (const listener of run.listeners) listener(event);
};

export interface NodeSpec {
  readonly name: string;
  readonly displayName: string;
  readonly type: NodeType;
  readonly templateName?: string | undefined;
  readonly parent: NodeRecord | undefined;
  readonly boundary: string | undefined;
}

const createNode = (run: RunState, spec: NodeSpec): NodeRecord => {
  const node: NodeRecord = {
    id: nodeId(run.workflowName, spec.name),
    name: spec.name,
    displayName: spec.displayName,
    type: spec.type,
    templateName: spec.templateName,
    boundary: spec.boundary,
    startedAt: run.clock.now(),
    phase: 'Running',
    message: undefined,
    finishedAt: undefined,
    attempts: 0,
    children: [],
    inputs: undefined,
    outputs: undefined,
    daemoned: false,
  };
  run.nodes.set(node.name, node);
  spec.parent?.children.push(node.name);
  return node;
};

/** A node that starts now, Running, as a child of its parent. */
export const startNode = (run: RunState, spec: NodeSpec): NodeRecord => {
  const node = createNode(run, spec);
  emit(run, 'Started', node);
  return node;
};

/** Ends a node in `phase` (once: a fulfilled node keeps its phase). */
export const finishNode = (run: RunState, node: NodeRecord, phase: NodePhase, message?: string): NodeRecord => {
  if (isFulfilled(node.phase)) return node;
  node.phase = phase;
  node.message = message;
  node.finishedAt = run.clock.now();
  emit(run, 'Finished', node, message);
  return node;
};

/**
 * A node that never runs (`when` false, `depends` not met, no items): created already Skipped or Omitted,
 * with the `outputs` its dependents read (its output parameters' `valueFrom.default`, see passed-outputs.ts).
 */
export const passNode = (
  run: RunState,
  spec: Omit<NodeSpec, 'type'>,
  phase: 'Skipped' | 'Omitted',
  message: string,
  outputs?: NodeOutputs,
): NodeRecord => {
  const node = createNode(run, { ...spec, type: 'Skipped' });
  node.outputs = outputs;
  return finishNode(run, node, phase, message);
};
