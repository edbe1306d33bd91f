import type { Artifact } from '../core/artifact.js';
import type { WorkflowFailure, WorkflowPhase } from '../core/phase.js';
import { expr, globalRef, type GlobalRef, type Ref } from './ref.js';

/**
 * How `wf.creationTimestampAs` formats the creation time: `RFC3339`, or one strftime character (`Y` the
 * year, `m` the month, `s` the Unix seconds, ...), as Argo's `workflow.creationTimestamp.<f>` does.
 * @category model
 */
export type TimestampFormat =
  | 'RFC3339'
  | 'A' | 'a' | 'B' | 'b' | 'C' | 'c' | 'D' | 'd' | 'e' | 'F' | 'H' | 'I' | 'j' | 'k' | 'L' | 'l' | 'M' | 'm'
  | 'n' | 'p' | 'R' | 'r' | 'S' | 's' | 'T' | 't' | 'U' | 'u' | 'V' | 'v' | 'W' | 'w' | 'X' | 'x' | 'Y' | 'y' | 'Z' | 'z';

/**
 * Workflow-level variables Argo fills in at run time, as typed refs. Those set when the workflow starts
 * are global refs (they fit workflow-level fields too); `status`, `failures`, `duration` and global outputs
 * are not. `status` compares only with a phase (`eq(wf.status, 'Succeeded')`); `failures` is a JSON list an
 * exit handler can loop over (`withParam: wf.failures`, each item a `WorkflowFailure`).
 * @example
 * ```ts
 * args: [`${wf.name} in ${wf.namespace}, label team=${wf.labels('team')}, year ${wf.creationTimestampAs('Y')}`]
 * // args: ["{{workflow.name}} in {{workflow.namespace}}, label team={{workflow.labels.team}}, year {{workflow.creationTimestamp.Y}}"]
 * ```
 * @category constructors
 */
export const wf = Object.freeze({
  name: globalRef<string>('workflow.name'),
  namespace: globalRef<string>('workflow.namespace'),
  uid: globalRef<string>('workflow.uid'),
  status: expr<WorkflowPhase>('workflow.status'),
  /** In an exit handler: the failed nodes, a JSON list of `{displayName, message, templateName, phase, podName, finishedAt}`. */
  failures: expr<ReadonlyArray<WorkflowFailure>>('workflow.failures'),
  serviceAccountName: globalRef<string>('workflow.serviceAccountName'),
  mainEntrypoint: globalRef<string>('workflow.mainEntrypoint'),
  creationTimestamp: globalRef<string>('workflow.creationTimestamp'),
  /** The creation time in one format: `{{workflow.creationTimestamp.RFC3339}}`, `{{workflow.creationTimestamp.Y}}`... */
  creationTimestampAs: (format: TimestampFormat): GlobalRef<string> => globalRef<string>(`workflow.creationTimestamp.${format}`),
  scheduledTime: globalRef<string>('workflow.scheduledTime'),
  duration: expr<number>('workflow.duration'),
  priority: globalRef<number>('workflow.priority'),
  labels: (key: string): GlobalRef<string> => globalRef<string>(`workflow.labels.${key}`),
  annotations: (key: string): GlobalRef<string> => globalRef<string>(`workflow.annotations.${key}`),
  /** Every global parameter as one JSON object: `{{workflow.parameters.json}}`. */
  parametersJson: globalRef<string>('workflow.parameters.json'),
  /** A global output parameter published with `globalName`: `{{workflow.outputs.parameters.<name>}}`. */
  output: <A = string>(globalName: string): Ref<A> => expr<A>(`workflow.outputs.parameters.${globalName}`),
  /** A global output artifact published with `globalName`: `{{workflow.outputs.artifacts.<name>}}`, for an artifact input. */
  outputArtifact: (globalName: string): Ref<Artifact> => expr<Artifact>(`workflow.outputs.artifacts.${globalName}`),
});
