/**
 * A local run shown the way `argo get` shows a cluster's: its nodes become an Argo Workflow's
 * `status.nodes`, so the one renderer of run-summary.ts draws both.
 */
import type { NodeStatus, Workflow } from '../argo-model/generated/index.js';
import type { LocalEvent } from '../interp/local/run-events.js';
import type { LocalNode } from '../interp/local/local-node.js';

/** The run as a Workflow object: nodes keyed by id with children by id, the root's times as the run's. */
export const localWorkflow = (
  name: string,
  nodes: Readonly<Record<string, LocalNode>>,
  outcome?: { readonly phase: string; readonly message?: string },
): Workflow => {
  const idOf = (n: string): string => nodes[n]?.id ?? n;
  const status: Record<string, NodeStatus> = {};
  // What Argo's NodeStatus names the same way is kept; inputs and outputs have another shape there and the tree shows neither.
  for (const { attempts: _a, boundary: _b, inputs: _i, outputs: _o, daemoned: _d, ...n } of Object.values(nodes))
    status[n.id] = { ...n, children: n.children.map(idOf) };
  const root = nodes[name];
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { name },
    spec: {},
    status: {
      phase: outcome?.phase ?? 'Running',
      ...(outcome?.message !== undefined && { message: outcome.message }),
      ...(root !== undefined && { startedAt: root.startedAt }),
      ...(root?.finishedAt !== undefined && { finishedAt: root.finishedAt }),
      nodes: status,
    },
  };
};

/** The workflow's name: its entrypoint node is the one Argo ids by that name. */
export const runName = (nodes: Readonly<Record<string, LocalNode>>): string | undefined =>
  Object.values(nodes).find((n) => n.id === n.name)?.name;

/** The run's "now" for durations: its clock may be virtual, so the latest time any node records. */
export const latestTime = (nodes: Readonly<Record<string, LocalNode>>): number =>
  Math.max(0, ...Object.values(nodes).flatMap((n) => [Date.parse(n.startedAt), ...(n.finishedAt !== undefined ? [Date.parse(n.finishedAt)] : [])]));

/**
 * One plain line per node event, for logs and CI, as `argo watch` prints changes: `<workflow> <step>
 * Running`, `<workflow> <step> Failed: message`, and `<workflow> Succeeded` for the run's own node.
 */
export const eventLine = (workflow: string, e: LocalEvent): string | undefined => {
  const phase = e.type === 'Started' ? 'Running' : e.type === 'Finished' ? e.phase : e.type;
  if (phase === undefined) return undefined;
  const who = e.node === workflow ? workflow : `${workflow} ${e.displayName}`;
  return `${who} ${phase}${e.message === undefined ? '' : `: ${e.message}`}`;
};
