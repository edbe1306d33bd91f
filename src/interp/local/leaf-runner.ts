// The contract between the local scheduler and whatever runs one leaf (mock, implementation, host command).
// The scheduler resolves, substitutes and retries; a LeafRunner runs exactly one attempt of one leaf node.
import type { Template, Workflow } from '../../argo-model/generated/index.js';

/** A file or directory in the run's temp store, standing for an artifact. */
export interface LocalArtifact {
  readonly path: string;
}

/** The node a leaf attempt runs as, named as Argo names it in `status.nodes`. */
export interface LeafNode {
  /** Deterministic node id (Argo's `{{pod.name}}`-style id). */
  readonly id: string;
  /** Full node name, e.g. `diamond.B` or `main[0].step(1:item)`. */
  readonly name: string;
  readonly displayName: string;
  readonly templateName: string;
  /** 0 for the first attempt, then 1, 2, ... (Argo's `{{retries}}`). */
  readonly attempt: number;
}

/** Inputs of a leaf attempt, after argument passing and defaults. */
export interface LeafInputs {
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
}

/** One attempt of one leaf node. */
export interface LeafRequest {
  /** The rendered, validated workflow manifest being run. */
  readonly workflow: Workflow;
  /** The resolved template with `{{inputs.*}}`, `{{workflow.*}}`, `{{item}}`... already substituted. */
  readonly template: Template;
  readonly node: LeafNode;
  readonly inputs: LeafInputs;
  /** Aborted on timeout, activeDeadlineSeconds or stop. */
  readonly signal: AbortSignal;
  /**
   * Waits `ms` on the run's clock (virtual unless `clock: 'real'`): how a mock or fake takes time, so that
   * timeouts and deadlines can be tested without real waiting. Resolves false if `signal` aborted first.
   */
  readonly sleep?: (ms: number) => Promise<boolean>;
}

/** Outputs of a leaf attempt: raw strings and temp-store paths, as Argo records them. */
export interface LeafOutputs {
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  readonly result?: string;
  readonly exitCode?: string;
}

/** The phase a leaf attempt ends in. */
export type LeafPhase = 'Succeeded' | 'Failed' | 'Error';

/** What one leaf attempt ended with. */
export interface LeafResult {
  readonly phase: LeafPhase;
  readonly message?: string;
  readonly outputs: LeafOutputs;
}

/** Runs one attempt of one leaf node. */
export type LeafRunner = (request: LeafRequest) => Promise<LeafResult>;
