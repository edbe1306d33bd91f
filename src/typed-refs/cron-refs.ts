import { expr, type Ref } from './ref.js';

/**
 * The variables a CronWorkflow's `when` and `stopStrategy` read (Argo's `cronworkflow.*`), as typed refs:
 * build the condition with `expression<boolean>`.
 * @example
 * ```ts
 * cronWorkflow({ ..., when: expression<boolean>`${cron.failed} < 3`, stopStrategy: { expression: expression<boolean>`${cron.failed} >= 5` } });
 * // when: "{{=cronworkflow.failed < 3}}"
 * // stopStrategy: { expression: "cronworkflow.failed >= 5" }
 * ```
 * @category constructors
 */
export const cron = Object.freeze({
  name: expr<string>('cronworkflow.name'),
  namespace: expr<string>('cronworkflow.namespace'),
  /** When it last ran, as RFC 3339 text; nil before the first run (use `?? ''` in the expression). */
  lastScheduledTime: expr<string>('cronworkflow.lastScheduledTime'),
  /** How many of its workflows failed, and how many succeeded. */
  failed: expr<number>('cronworkflow.failed'),
  succeeded: expr<number>('cronworkflow.succeeded'),
  labels: (key: string): Ref<string> => expr<string>(`cronworkflow.labels.${key}`),
  annotations: (key: string): Ref<string> => expr<string>(`cronworkflow.annotations.${key}`),
});
