import { expr, type Ref } from './ref.js';

/**
 * What a template's own Prometheus metrics read about the node they measure (Argo's metric variables),
 * as typed refs for `metrics` labels and values; its own output parameters are `o.<name>` of
 * `metrics: (i, o) => ...`, and `retries` is the attempt.
 * @example
 * ```ts
 * metrics: { prometheus: [{ name: 'took', help: 'Seconds taken', labels: [{ key: 'phase', value: metric.status }], gauge: { realtime: false, value: metric.duration } }] }
 * // labels: [{key: phase, value: "{{status}}"}]
 * // gauge: {realtime: false, value: "{{duration}}"}
 * ```
 * @category constructors
 */
export const metric = Object.freeze({
  /** `{{status}}`: the phase the node ended in. */
  status: expr<string>('status'),
  /** `{{duration}}`: how long the node ran, in seconds (text, as metric values are). */
  duration: expr<string>('duration'),
  /** `{{exitCode}}`: the exit code of its main container. */
  exitCode: expr<string>('exitCode'),
  /** `{{outputs.result}}`: the template's own result. */
  result: expr<string>('outputs.result'),
  /** `{{resourcesDuration.cpu}}` / `{{resourcesDuration.memory}}`: resources used, in Argo's units (not in realtime gauges). */
  resourcesDuration: (resource: 'cpu' | 'memory'): Ref<string> => expr<string>(`resourcesDuration.${resource}`),
});
