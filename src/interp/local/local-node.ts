// A node of a local run, shaped like an entry of Argo's `status.nodes` (times are ISO strings on the run's clock).
import type { LocalArtifact } from './leaf-runner.js';

import type { NodePhase } from '../../core/phase.js';

export type { NodePhase };

/** Argo's node types (`Pod` for every leaf that would be a pod, `HTTP` and `Plugin` for agent leaves). */
export type NodeType = 'Pod' | 'Steps' | 'StepGroup' | 'DAG' | 'TaskGroup' | 'Retry' | 'Skipped' | 'Suspend' | 'HTTP' | 'Plugin';

/** What a node produced: raw strings and temp-store paths, as Argo records them. */
export interface NodeOutputs {
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  readonly result?: string;
  readonly exitCode?: string;
}

/** One node of the run. */
export interface LocalNode {
  /** Deterministic id: the workflow's name for the root, `<workflow>-<fnv32a(name)>` otherwise (as Argo). */
  readonly id: string;
  /** Full name, e.g. `diamond.B`, `main[0].hello`, `main[1].loop(0:a)`, `diamond.B(1)`. */
  readonly name: string;
  readonly displayName: string;
  readonly type: NodeType;
  readonly templateName?: string;
  readonly phase: NodePhase;
  readonly message?: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  /** Attempts made: the children of a Retry node, 1 for a node that ran, 0 for a Skipped or Omitted one. */
  readonly attempts: number;
  /** Names of the child nodes, in creation order. */
  readonly children: ReadonlyArray<string>;
  /** Name of the steps or dag node this node belongs to. */
  readonly boundary?: string;
  readonly inputs?: { readonly parameters: Readonly<Record<string, string>> };
  readonly outputs?: NodeOutputs;
  /** A daemon leaf that was left running for its dependents. */
  readonly daemoned?: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UTF8 = new TextEncoder();

/** FNV-1a 32-bit of a string's UTF-8 bytes: the hash Argo derives node ids and pod names from. */
export const fnv32a = (text: string): number => {
  let h = FNV_OFFSET;
  // ASCII (every name Argo accepts) is its own UTF-8: hash the code units without encoding.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const bytes = ascii ? undefined : UTF8.encode(text);
  const length = bytes?.length ?? text.length;
  for (let i = 0; i < length; i++) {
    h ^= bytes === undefined ? text.charCodeAt(i) : (bytes[i] ?? 0);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
};

/** Argo's node id: the workflow name for the root node, `<workflow>-<hash of the node name>` otherwise. */
export const nodeId = (workflowName: string, nodeName: string): string =>
  nodeName === workflowName ? workflowName : `${workflowName}-${fnv32a(nodeName)}`;

/** Argo's v2 pod name: `<workflow>-<template>-<hash of the node name>`. */
export const podName = (workflowName: string, templateName: string, nodeName: string): string =>
  templateName === '' || workflowName === nodeName
    ? workflowName
    : `${workflowName}-${templateName}-${fnv32a(nodeName)}`;

/** Phases a node ends in. */
export const isFulfilled = (phase: NodePhase): boolean => phase !== 'Pending' && phase !== 'Running';

export const isFailedOrError = (phase: NodePhase): phase is 'Failed' | 'Error' => phase === 'Failed' || phase === 'Error';
