// The result of a local run: phase, node tree, decoded outputs, event log, and the helpers contract tests use.
import type { LocalArtifact } from './leaf-runner.js';
import type { LocalNode, NodePhase } from './local-node.js';
import type { LocalEvent } from './run-events.js';
import { isoAt, type NodeRecord, type RunState } from './run-state.js';

/** A finished local run; `O` is the entrypoint's outputs record. */
export interface LocalRun<O = Readonly<Record<string, unknown>>> {
  /** `workflow.name`. */
  readonly name: string;
  readonly phase: 'Succeeded' | 'Failed' | 'Error';
  readonly message?: string;
  /** Every node by full name, like Argo's `status.nodes` (keyed by name rather than id). */
  readonly nodes: Readonly<Record<string, LocalNode>>;
  /** The entrypoint's node (named after the workflow). */
  readonly root: LocalNode | undefined;
  /** The entrypoint's outputs and the global outputs, decoded with the workflow's codecs (strings for Argo YAML). */
  readonly outputs: Partial<O>;
  /** The same outputs as Argo reports them: strings. */
  readonly rawOutputs: Readonly<Record<string, string>>;
  /** Global output artifacts by global name, as files in the run's temp store. */
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  readonly events: ReadonlyArray<LocalEvent>;
  /** Whether a step or task (display name) or node (full name) ran: exists and was neither Skipped nor Omitted. */
  ran(name: string): boolean;
  /** Whether every node of that name was Skipped or Omitted. */
  skipped(name: string): boolean;
  /** The phase of the node of that name (the first created, if several). */
  phaseOf(name: string): NodePhase | undefined;
  /** Display names of the leaves (pods, suspends, http, plugin nodes) in the order they started. */
  order(): ReadonlyArray<string>;
  /** Attempts the step or task made (the children of its Retry node; 1 without retries; 0 if it never ran). */
  attempts(name: string): number;
}

const LEAF_TYPES: ReadonlySet<string> = new Set(['Pod', 'Suspend', 'HTTP', 'Plugin']);

const freeze = (run: RunState, n: NodeRecord): LocalNode =>
  Object.freeze({
    id: n.id,
    name: n.name,
    displayName: n.displayName,
    type: n.type,
    ...(n.templateName !== undefined && { templateName: n.templateName }),
    phase: n.phase,
    ...(n.message !== undefined && { message: n.message }),
    startedAt: isoAt(run, n.startedAt),
    ...(n.finishedAt !== undefined && { finishedAt: isoAt(run, n.finishedAt) }),
    attempts: n.phase === 'Skipped' || n.phase === 'Omitted' ? 0 : n.attempts,
    children: Object.freeze([...n.children]),
    ...(n.boundary !== undefined && { boundary: n.boundary }),
    ...(n.inputs !== undefined && { inputs: { parameters: n.inputs } }),
    ...(n.outputs !== undefined && { outputs: n.outputs }),
    ...(n.daemoned && { daemoned: true }),
  });

/** Every node of the run as it is now, by full name. */
export const nodesOf = (run: RunState): Readonly<Record<string, LocalNode>> => {
  const nodes: Record<string, LocalNode> = {};
  for (const n of run.nodes.values()) nodes[n.name] = freeze(run, n);
  return Object.freeze(nodes);
};

export interface RunSummary<O> {
  readonly phase: LocalRun['phase'];
  readonly message: string | undefined;
  readonly root: NodeRecord | undefined;
  readonly outputs: Partial<O>;
  readonly rawOutputs: Readonly<Record<string, string>>;
}

/** Freezes the run's state into its result. */
export const localRun = <O>(run: RunState, summary: RunSummary<O>): LocalRun<O> => {
  const nodes = nodesOf(run);
  const all = Object.values(nodes);
  const matching = (name: string): ReadonlyArray<LocalNode> => {
    const exact = nodes[name];
    return exact !== undefined ? [exact] : all.filter((n) => n.displayName === name);
  };
  const didRun = (n: LocalNode): boolean => n.phase !== 'Skipped' && n.phase !== 'Omitted';
  const events = Object.freeze([...run.events]);
  return Object.freeze({
    name: run.workflowName,
    phase: summary.phase,
    ...(summary.message !== undefined && { message: summary.message }),
    nodes,
    root: summary.root === undefined ? undefined : nodes[summary.root.name],
    outputs: summary.outputs,
    rawOutputs: summary.rawOutputs,
    artifacts: Object.freeze(Object.fromEntries(run.globalArtifacts)),
    events,
    ran: (name: string) => matching(name).some(didRun),
    skipped: (name: string) => {
      const found = matching(name);
      return found.length > 0 && !found.some(didRun);
    },
    phaseOf: (name: string) => matching(name)[0]?.phase,
    order: () =>
      events.filter((e) => e.type === 'Started' && LEAF_TYPES.has(nodes[e.node]?.type ?? '')).map((e) => e.displayName),
    attempts: (name: string) => matching(name).reduce((most, n) => Math.max(most, n.attempts), 0),
  });
};
