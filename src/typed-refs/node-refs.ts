import { expr } from './ref.js';

/**
 * What a template reads about the node running it, as typed refs: its node's name, its pod's, and the
 * step or task that called it.
 * @example
 * ```ts
 * script({ ..., source: `echo ${node.name} runs in ${node.podName}, called as ${node.stepName}` })
 * // source: echo {{node.name}} runs in {{pod.name}}, called as {{steps.name}}
 * ```
 * @category constructors
 */
export const node = Object.freeze({
  /** `{{node.name}}`: the full name of the node, e.g. `my-wf[0].prepare`. */
  name: expr<string>('node.name'),
  /** `{{pod.name}}`: the pod of a container or script template. */
  podName: expr<string>('pod.name'),
  /** `{{steps.name}}`: the name of the step that called the template. */
  stepName: expr<string>('steps.name'),
  /** `{{tasks.name}}`: the name of the task that called the template (`c-loop(0:x)` in a loop). */
  taskName: expr<string>('tasks.name'),
  /** `{{inputs.parameters}}`: every input parameter of the template, as one JSON list. */
  inputs: expr<string>('inputs.parameters'),
});
