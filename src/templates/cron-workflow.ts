import type { CronFields } from '../core/cron-workflow-node.js';
import type { CronWorkflow } from '../core/cron-workflow.js';
import type { Workflow } from '../core/workflow.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import type { Template } from '../core/template.js';
import type { LibraryValues } from '../typed-refs/workflow-args.js';
import { workflow } from './workflow.js';

/** Run a WorkflowTemplate on the schedule, with values for its globals and its entrypoint's inputs. @category model */
export interface CronTemplateRun<G, E = {}> {
  readonly workflowTemplateRef: WorkflowTemplate<unknown, G, E>;
  readonly arguments?: LibraryValues<G, E>;
}

/** How a value that is no workflow is named in the sentence of `CronRun`. @category type-level */
export type DescribeRun<W> =
  W extends Template<unknown, unknown>
    ? 'a template; wrap it: workflow({ entrypoint: t })'
    : W extends WorkflowTemplate<unknown, unknown, unknown>
      ? 'a WorkflowTemplate; run it with { workflowTemplateRef: lib }'
      : 'something else';

/**
 * What a CronWorkflow runs, checked: a `workflow(...)` value, or `{ workflowTemplateRef, arguments }`
 * typed by the WorkflowTemplate. Anything else reads as a sentence at the call site.
 * @category type-level
 */
export type CronRun<W> =
  W extends Workflow<unknown, unknown>
    ? W
    : W extends { readonly workflowTemplateRef: WorkflowTemplate<unknown, infer G, infer E> }
      ? CronTemplateRun<G, E>
      : `✗ a CronWorkflow runs a workflow(...) value or { workflowTemplateRef }, but got ${DescribeRun<W>}`;

/** @category model */
export interface CronWorkflowSpec<W> extends Omit<WorkflowMetadata, 'name' | 'generateName'>, Partial<Omit<CronFields, 'schedules'>> {
  readonly name: string;
  readonly schedules: CronFields['schedules'];
  /** What runs: a `workflow(...)` value (its name is ignored: Argo names each run), or a WorkflowTemplate. */
  readonly workflow: CronRun<W>;
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
export const cronWorkflow = <W>(spec: CronWorkflowSpec<W>): CronWorkflow => {
  const { name, namespace, labels, annotations, workflow: given, ...cron } = spec;
  const run = given as Workflow<unknown, unknown> | CronTemplateRun<unknown, unknown>;
  const wf: Workflow<unknown, unknown> =
    'kind' in run
      ? run
      : (workflow({ workflowTemplateRef: run.workflowTemplateRef, ...(run.arguments !== undefined && { arguments: run.arguments as {} }) }) as Workflow<unknown, unknown>);
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
