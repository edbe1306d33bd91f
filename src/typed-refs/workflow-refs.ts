import type { WorkflowFailure, WorkflowPhase } from './phase.js';
import { expr, globalRef, type GlobalRef, type Ref } from './ref.js';

/**
 * Workflow-level variables Argo fills in at run time, as typed refs. Those set when the workflow starts
 * are global refs (they fit workflow-level fields too); `status`, `failures`, `duration` and global outputs
 * are not. `status` compares only with a phase (`eq(wf.status, 'Succeeded')`); `failures` is a JSON list an
 * exit handler can loop over (`withParam: wf.failures`, each item a `WorkflowFailure`).
 * @example
 * ```ts
 * args: [`${wf.name} in ${wf.namespace}, label team=${wf.labels('team')}`]
 * // args: ["{{workflow.name}} in {{workflow.namespace}}, label team={{workflow.labels.team}}"]
 * ```
 * @category constructors
 */
export const wf = Object.freeze({
  name: globalRef<string>('workflow.name'),
  namespace: globalRef<string>('workflow.namespace'),
  uid: globalRef<string>('workflow.uid'),
  status: expr<WorkflowPhase>('workflow.status'),
  failures: expr<ReadonlyArray<WorkflowFailure>>('workflow.failures'),
  serviceAccountName: globalRef<string>('workflow.serviceAccountName'),
  mainEntrypoint: globalRef<string>('workflow.mainEntrypoint'),
  creationTimestamp: globalRef<string>('workflow.creationTimestamp'),
  scheduledTime: globalRef<string>('workflow.scheduledTime'),
  duration: expr<number>('workflow.duration'),
  priority: globalRef<number>('workflow.priority'),
  labels: (key: string): GlobalRef<string> => globalRef<string>(`workflow.labels.${key}`),
  annotations: (key: string): GlobalRef<string> => globalRef<string>(`workflow.annotations.${key}`),
  /** A global output parameter published with `globalName`: `{{workflow.outputs.parameters.<name>}}`. */
  output: <A = string>(globalName: string): Ref<A> => expr<A>(`workflow.outputs.parameters.${globalName}`),
});
