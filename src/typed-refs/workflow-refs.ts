import { expr, type Ref } from './ref.js';

/**
 * Workflow-level variables Argo fills in at run time, as typed refs.
 * @example
 * ```ts
 * args: [`${wf.name} in ${wf.namespace}, label team=${wf.labels('team')}`]
 * // args: ["{{workflow.name}} in {{workflow.namespace}}, label team={{workflow.labels.team}}"]
 * ```
 * @category constructors
 */
export const wf = Object.freeze({
  name: expr<string>('workflow.name'),
  namespace: expr<string>('workflow.namespace'),
  uid: expr<string>('workflow.uid'),
  status: expr<string>('workflow.status'),
  serviceAccountName: expr<string>('workflow.serviceAccountName'),
  mainEntrypoint: expr<string>('workflow.mainEntrypoint'),
  creationTimestamp: expr<string>('workflow.creationTimestamp'),
  scheduledTime: expr<string>('workflow.scheduledTime'),
  duration: expr<number>('workflow.duration'),
  priority: expr<number>('workflow.priority'),
  labels: (key: string): Ref<string> => expr<string>(`workflow.labels.${key}`),
  annotations: (key: string): Ref<string> => expr<string>(`workflow.annotations.${key}`),
  /** A global output parameter published with `globalName`: `{{workflow.outputs.parameters.<name>}}`. */
  output: <A = string>(globalName: string): Ref<A> => expr<A>(`workflow.outputs.parameters.${globalName}`),
});
