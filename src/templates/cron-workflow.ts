import type { CronFields } from '../core/cron-workflow-node.js';
import type { CronWorkflow } from '../core/cron-workflow.js';
import type { Workflow } from '../core/workflow.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import type { Template } from '../core/template.js';
import { expressionText, isExpression } from '../typed-refs/expression.js';
import type { Ref } from '../typed-refs/ref.js';
import type { LibraryArgsFor, LibraryValues } from '../typed-refs/workflow-args.js';
import { workflow } from './workflow.js';

/** The expr-lang text of a condition: an expression's, a ref's variable, or the text given. */
const expressionSource = (e: string | Ref<boolean>): string => (typeof e === 'string' ? e : isExpression(e) ? expressionText(e) : e.expr);

/** Run a WorkflowTemplate on the schedule, with values for its globals and its entrypoint's inputs. @category model */
export interface CronTemplateRun<G, E = {}, S = {}> {
  readonly workflowTemplateRef: WorkflowTemplate<unknown, G, E, S>;
  readonly arguments?: LibraryValues<G, E, S>;
}

/** How a value that is no workflow is named in the sentence of `CronRun`. @category type-level */
export type DescribeRun<W> =
  W extends Template<unknown, unknown>
    ? 'a template; wrap it: workflow({ entrypoint: t })'
    : W extends WorkflowTemplate<unknown, unknown, unknown>
      ? 'a WorkflowTemplate; run it with { workflowTemplateRef: lib }'
      : 'something else';

/**
 * `{ workflowTemplateRef, arguments }` with its arguments `A` checked as `workflow()` checks them, so a
 * misspelled or ill-typed argument reads as a sentence, not as an excess property.
 * @category type-level
 */
export type CronTemplateRunFor<G, E, A, S = {}> = [A] extends [undefined]
  ? CronTemplateRun<G, E, S>
  : { readonly workflowTemplateRef: WorkflowTemplate<unknown, G, E, S>; readonly arguments: LibraryArgsFor<G, E, A, S> };

/**
 * What a CronWorkflow runs, checked: a `workflow(...)` value, or `{ workflowTemplateRef, arguments }`
 * typed by the WorkflowTemplate. Anything else reads as a sentence at the call site.
 * @category type-level
 */
export type CronRun<W> =
  W extends Workflow<unknown, unknown>
    ? W
    : W extends { readonly workflowTemplateRef: WorkflowTemplate<unknown, infer G, infer E, infer S> }
      ? CronTemplateRunFor<G, E, W extends { readonly arguments?: infer A } ? A : undefined, S>
      : `✗ a CronWorkflow runs a workflow(...) value or { workflowTemplateRef }, but got ${DescribeRun<W>}`;

/** @category model */
export interface CronWorkflowSpec<W> extends Omit<WorkflowMetadata, 'name' | 'generateName'>, Partial<Omit<CronFields, 'schedules' | 'when' | 'stopStrategy'>> {
  readonly name: string;
  readonly schedules: CronFields['schedules'];
  /**
   * Whether a scheduled run starts: `expression<boolean>` over `cron` refs (`cron.failed`, ...), or
   * Argo's text (`'{{= cronworkflow.failed < 3 }}'`).
   */
  readonly when?: string | Ref<boolean>;
  /** Stop scheduling once its expression holds: `expression<boolean>` over `cron` refs, or expr-lang text. */
  readonly stopStrategy?: { readonly expression: string | Ref<boolean> };
  /** What runs: a `workflow(...)` value (its name is ignored: Argo names each run), or a WorkflowTemplate. */
  readonly workflow: CronRun<W>;
}

/**
 * @example
 * ```ts
 * export const nightly = cronWorkflow({
 *   name: 'nightly', schedules: ['0 2 * * *'], timezone: 'Europe/Berlin',
 *   when: expression<boolean>`${cron.failed} < 3`, stopStrategy: { expression: expression<boolean>`${cron.failed} >= 5` },
 *   workflow: workflow({ entrypoint: pipeline }),
 * });
 * // kind: CronWorkflow
 * // metadata: { name: nightly }
 * // spec:
 * //   schedules: ['0 2 * * *']
 * //   timezone: Europe/Berlin
 * //   when: '{{=cronworkflow.failed < 3}}'
 * //   stopStrategy: { expression: cronworkflow.failed >= 5 }
 * //   workflowSpec: { entrypoint: pipeline, templates: [...] }
 * ```
 * @category constructors
 */
export const cronWorkflow = <const W>(spec: CronWorkflowSpec<W>): CronWorkflow => {
  const { name, namespace, labels, annotations, workflow: given, when, stopStrategy, ...fields } = spec;
  // `when` is substituted (`{{=...}}`), stopStrategy's expression evaluated as it is: its bare text.
  const cron: CronFields = {
    ...fields,
    ...(when !== undefined && { when: String(when) }),
    ...(stopStrategy !== undefined && { stopStrategy: { expression: expressionSource(stopStrategy.expression) } }),
  };
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
    node: Object.freeze({ kind: 'CronWorkflow', metadata, cron: Object.freeze(cron), workflow: wf.node }),
  });
};
