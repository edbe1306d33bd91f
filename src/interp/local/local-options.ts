// What a local run is given: parameters, how its leaves run, and the clock it runs on.
import type {
  ClusterWorkflowTemplate as ArgoClusterWorkflowTemplate,
  WorkflowTemplate as ArgoWorkflowTemplate,
} from '../../argo-model/generated/index.js';
import type { WorkflowTemplate } from '../../core/workflow-template.js';
import type { LeafNode, LeafPhase, LeafRunner, LocalArtifact } from './leaf-runner.js';

/**
 * A leaf's fixed outcome, by template name: outputs to report, or a phase to end in. A list gives one
 * outcome per attempt (the last one repeats), to test retries. On a suspend template a mock resumes it at
 * once, its `parameters` supplying the `valueFrom.supplied` outputs.
 */
export interface LocalMock {
  /** Default `Succeeded`. */
  readonly phase?: LeafPhase;
  readonly message?: string;
  /** `outputs.result` (a script's or container's stdout, an http template's body). */
  readonly result?: string;
  readonly exitCode?: string | number;
  /** Output parameters; a value that is not a string is written as JSON. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** Output artifacts: the text each file holds. */
  readonly artifacts?: Readonly<Record<string, string>>;
}

/** Mocks by template name. */
export type LocalMocks = Readonly<Record<string, LocalMock | ReadonlyArray<LocalMock>>>;

/** What an implementation function is given besides its inputs. */
export interface ImplementationContext {
  readonly node: LeafNode;
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  /** Aborted on timeout, deadline or stop. */
  readonly signal: AbortSignal;
}

/**
 * A TypeScript function standing in for a leaf template: given the decoded inputs, it returns the outputs
 * (`{ result }` for `outputs.result`). Throwing fails the node with the error's message.
 */
export type Implementation<I = never, O = unknown> = (inputs: I, context: ImplementationContext) => O | Promise<O>;

/** Implementations by template name. */
export type LocalImplementations = Readonly<Record<string, Implementation>>;

/** A WorkflowTemplate a run resolves `templateRef`s and `workflowTemplateRef` from. */
export type LocalLibrary = WorkflowTemplate<unknown, unknown> | ArgoWorkflowTemplate | ArgoClusterWorkflowTemplate;

/** Options of `runLocal`; `P` is the record of the workflow's parameters. */
export interface LocalOptions<P = Readonly<Record<string, unknown>>> {
  /** Workflow parameters (`spec.arguments.parameters`), encoded with the entrypoint's codecs. */
  readonly params?: Partial<P>;
  readonly implementations?: LocalImplementations;
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
}
