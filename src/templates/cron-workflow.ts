import type { CronFields } from '../core/cron-workflow-node.js';
import type { CronWorkflow } from '../core/cron-workflow.js';
import type { Workflow } from '../core/workflow.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import type { GlobalValues } from '../typed-refs/globals.js';
import { workflow } from './workflow.js';

/** Run a WorkflowTemplate on the schedule, with values for its global arguments. @category model */
export interface CronTemplateRun<G> {
  readonly workflowTemplateRef: WorkflowTemplate<unknown, G>;
  readonly arguments?: GlobalValues<G>;
}

/** @category model */
export interface CronWorkflowSpec<G> extends Omit<WorkflowMetadata, 'name' | 'generateName'>, Partial<Omit<CronFields, 'schedules'>> {
  readonly name: string;
  readonly schedules: CronFields['schedules'];
  /** What runs: a `workflow(...)` value (its name is ignored: Argo names each run), or a WorkflowTemplate. */
  readonly workflow: Workflow<unknown, unknown> | CronTemplateRun<G>;
}

/**
 * @example
 * ```ts
 * export const nightly = cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], timezone: 'Europe/Berlin', workflow: workflow({ entrypoint: pipeline }) });
 * // kind: CronWorkflow
 * // metadata: { name: nightly }
 * // spec:
 * //   schedules: ['0 2 * * *']
 * //   timezone: Europe/Berlin
 * //   workflowSpec: { entrypoint: pipeline, templates: [...] }
 * ```
 * @category constructors
 */
export const cronWorkflow = <G = {}>(spec: CronWorkflowSpec<G>): CronWorkflow => {
  const { name, namespace, labels, annotations, workflow: run, ...cron } = spec;
  const wf: Workflow<unknown, unknown> =
    'kind' in run ? run : (workflow({ workflowTemplateRef: run.workflowTemplateRef, ...(run.arguments !== undefined && { arguments: run.arguments }) }) as Workflow<unknown, unknown>);
  const metadata: WorkflowMetadata = Object.freeze({
    name,
    ...(namespace !== undefined && { namespace }),
    ...(labels !== undefined && { labels }),
    ...(annotations !== undefined && { annotations }),
  });
  return Object.freeze({
    kind: 'CronWorkflow',
    node: Object.freeze({ kind: 'CronWorkflow', metadata, cron: Object.freeze(cron) as CronFields, workflow: wf.node }),
  });
};
