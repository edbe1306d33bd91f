// What a local run is given: parameters, how its leaves run, and the clock it runs on.
import type {
  ClusterWorkflowTemplate as ArgoClusterWorkflowTemplate,
  WorkflowTemplate as ArgoWorkflowTemplate,
} from '../../argo-model/generated/index.js';
import type { WorkflowTemplate } from '../../core/workflow-template.js';
import type { LeafRunner } from './leaf-runner.js';
import type { LocalImplementations } from './leaf-implementation.js';
import type { LocalMocks } from './leaf-mock.js';

/** A WorkflowTemplate a run resolves `templateRef`s and `workflowTemplateRef` from. */
export type LocalLibrary = WorkflowTemplate<unknown, unknown> | ArgoWorkflowTemplate | ArgoClusterWorkflowTemplate;

/** Options of `runLocal`; `P` is the record of the workflow's parameters. */
export interface LocalOptions<P = Readonly<Record<string, unknown>>> {
  /** Workflow parameters (`spec.arguments.parameters`), encoded with the entrypoint's codecs. */
  readonly params?: Partial<P>;
  /** TypeScript functions standing in for leaf templates, by template name (see `Implementation`). */
  readonly implementations?: LocalImplementations;
  /** Fixed outcomes by template name; a mock on a suspend template resumes it with its parameters. */
  readonly mocks?: LocalMocks;
  /** Run scripts' and containers' commands on this machine where no implementation or mock applies. */
  readonly host?: boolean;
  /** `virtual` (default): backoffs, suspend durations and deadlines take no real time. */
  readonly clock?: 'virtual' | 'real';
  /** WorkflowTemplates and ClusterWorkflowTemplates the workflow refers to. */
  readonly templates?: ReadonlyArray<LocalLibrary>;
  /** `workflow.name` when the workflow only has a `generateName` (default: the prefix + `local`). */
  readonly name?: string;
  /** Replaces how leaves run (mocks, implementations, host); for testing the scheduler itself. */
  readonly leafRunner?: LeafRunner;
  /**
   * Keep the run's temp store (`$TMPDIR/tiphys-run-*`: output artifacts' files, each attempt's sandbox)
   * after the run; by default it is removed once the run has ended, so artifact paths in the result
   * name files that are gone.
   */
  readonly keepStore?: boolean;
}
