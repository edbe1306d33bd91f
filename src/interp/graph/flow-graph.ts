// The picture of a workflow before it is printed: one model, drawn by the Mermaid and DOT printers alike.

// model

import type { NodePhase } from '../../core/phase.js';

export type { NodePhase };

/**
 * The phases of a finished (or running) run, by node path: a call's name, prefixed with the names of the
 * calls it runs inside (`A`, `prep.a`), as Argo names nodes without the workflow name, step-group indexes
 * and loop items. A hook is `A.hooks.<name>`, an exit handler `A.onExit` (the workflow's: `onExit`), the
 * entrypoint `''`. For a flat dag or steps template the keys are the display names. `runPhases` reads them
 * from an Argo Workflow's `status.nodes`.
 * @category model
 */
export type RunPhases = Readonly<Record<string, NodePhase>>;

/** What a box stands for: a call of a leaf template, a hook or exit handler, or a join of step groups. @category model */
export type GraphNodeRole = 'call' | 'hook' | 'join';

/** A box: a call of a template that is no dag, steps or container set, or a join point. @category model */
export interface GraphNode {
  readonly kind: 'GraphNode';
  /** Unique in the graph; safe as a Mermaid or DOT id. */
  readonly id: string;
  /** The node path `RunPhases` is keyed by. */
  readonly path: string;
  readonly role: GraphNodeRole;
  /** The template the call runs (`lib/name` for a library's); none for a join or a container of a set. */
  readonly template?: string;
  /** The label, one line each: the call's name, the template it runs, then its marks (condition, loop...). */
  readonly lines: ReadonlyArray<string>;
  /** The call fans out (`withItems`, `withParam`, `withSequence`). */
  readonly looped: boolean;
  /** The call runs only when its condition holds. */
  readonly conditional: boolean;
}

/** A frame around the calls of a dag, steps or container set template, as one call of it runs them. @category model */
export interface GraphCluster {
  readonly kind: 'GraphCluster';
  readonly id: string;
  readonly path: string;
  /** The dag, steps or container set template whose calls the frame holds. */
  readonly template: string;
  readonly lines: ReadonlyArray<string>;
  readonly looped: boolean;
  readonly conditional: boolean;
  readonly members: ReadonlyArray<GraphItem>;
}

/** @category model */
export type GraphItem = GraphNode | GraphCluster;

/** How an edge is drawn: an order (dependency, next step group), a hook, or data read past the next group. @category model */
export type GraphEdgeRole = 'order' | 'hook' | 'data';

/** @category model */
export interface GraphEdge {
  /** Ids of a node or a cluster. */
  readonly from: string;
  readonly to: string;
  readonly role: GraphEdgeRole;
  /** What flows along it (`result → message`, `artifact hello-art → message`), the result it waits for, a hook's name. */
  readonly labels: ReadonlyArray<string>;
}

/** A workflow, workflow template or cron workflow as boxes, frames and edges. @category model */
export interface FlowGraph {
  readonly title: string;
  /** The top-level items: the entrypoint (a frame when it is a dag or steps template), the exit handler... */
  readonly items: ReadonlyArray<GraphItem>;
  readonly edges: ReadonlyArray<GraphEdge>;
}

/** Options of `toMermaid`, `toDot` and `toSvg`. @category model */
export interface GraphOptions {
  /** Colour nodes and frames by the phase their path had in a run. */
  readonly phases?: RunPhases;
}

// utils

/** Fill colours by phase, shared by the printers so Mermaid and SVG pictures agree. */
export const PHASE_COLOURS: { readonly [P in NodePhase]: string } = {
  Pending: '#e0e0e0',
  Running: '#90caf9',
  Succeeded: '#a5d6a7',
  Skipped: '#f5f5f5',
  Failed: '#ef9a9a',
  Error: '#ffcc80',
  Omitted: '#f5f5f5',
};

/** Every item of the graph, each frame before its members, in drawing order. */
export const graphItems = (items: ReadonlyArray<GraphItem>): ReadonlyArray<GraphItem> =>
  items.flatMap((i) => (i.kind === 'GraphNode' ? [i] : [i, ...graphItems(i.members)]));

/** The phase a run gave the item's path, if any. */
export const phaseOf = (i: GraphItem, phases: RunPhases): NodePhase | undefined =>
  Object.hasOwn(phases, i.path) ? phases[i.path] : undefined;
