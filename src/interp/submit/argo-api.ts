/**
 * The operations both transports offer (Argo Server REST and the Kubernetes API). Idempotent calls
 * retry inside the HTTP layer; creates are single attempts here, made duplicate-safe by
 * `create-once.ts`, and watch streams are re-opened by `watch-workflow.ts`.
 */
import type * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { SubmitMode } from './argo-config.js';
import type { LogEntry, Workflow, WorkflowList, WorkflowWatchEvent } from '../../argo-model/generated/index.js';
import type { ArgoManifest } from '../typed-io/argo-manifest.js';
import type { SubmitError } from './submit-error.js';

// model

/** The stored Argo resources the client creates, lints, lists, updates and deletes besides workflows. @category model */
export type ResourceKind = 'WorkflowTemplate' | 'ClusterWorkflowTemplate' | 'CronWorkflow';

export interface CreateOptions {
  /** Kubernetes dry-run on the server: validated and admitted, not stored. */
  readonly serverDryRun?: boolean | undefined;
  /** Client-side dry-run (`createOptions.dryRun: ["All"]`): the object comes back unchanged. */
  readonly dryRun?: boolean | undefined;
}

export interface ListOptions {
  readonly labelSelector?: string | undefined;
  readonly fieldSelector?: string | undefined;
  readonly limit?: number | undefined;
  readonly continue?: string | undefined;
  /** Argo Server only: substring filter on names. */
  readonly nameFilter?: string | undefined;
}

export interface WatchOptions {
  readonly fieldSelector?: string | undefined;
  readonly labelSelector?: string | undefined;
  readonly resourceVersion?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface LogOptions {
  readonly podName?: string | undefined;
  readonly container?: string | undefined;
  readonly follow?: boolean | undefined;
  readonly grep?: string | undefined;
  readonly selector?: string | undefined;
  readonly tailLines?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

export type WorkflowAction = 'stop' | 'terminate' | 'suspend' | 'resume' | 'retry' | 'resubmit';

export interface ActionOptions {
  readonly message?: string | undefined;
  readonly nodeFieldSelector?: string | undefined;
  readonly restartSuccessful?: boolean | undefined;
  readonly memoized?: boolean | undefined;
  /** `name=value` pairs, as the Argo API takes them. */
  readonly parameters?: ReadonlyArray<string> | undefined;
}

export interface SubmitFromOptions {
  readonly entryPoint?: string | undefined;
  /** `name=value` pairs. */
  readonly parameters?: ReadonlyArray<string> | undefined;
  readonly labels?: Readonly<Record<string, string>> | undefined;
  readonly generateName?: string | undefined;
  readonly name?: string | undefined;
  readonly serviceAccount?: string | undefined;
  readonly serverDryRun?: boolean | undefined;
}

export type EventStream<A> = AsyncIterable<E.Either<SubmitError, A>>;

export interface ResourceList {
  readonly items: ReadonlyArray<ArgoManifest>;
  readonly metadata: { readonly continue?: string };
}

export interface ArgoApi {
  readonly mode: SubmitMode;
  readonly namespace: string;
  readonly createWorkflow: (ns: string, wf: ArgoManifest, o: CreateOptions) => TE.TaskEither<SubmitError, Workflow>;
  readonly lintWorkflow: (ns: string, wf: ArgoManifest) => TE.TaskEither<SubmitError, Workflow>;
  readonly submitFrom: (
    ns: string,
    kind: ResourceKind,
    name: string,
    o: SubmitFromOptions,
  ) => TE.TaskEither<SubmitError, Workflow>;
  readonly getWorkflow: (ns: string, name: string) => TE.TaskEither<SubmitError, Workflow>;
  readonly listWorkflows: (ns: string, o: ListOptions) => TE.TaskEither<SubmitError, WorkflowList>;
  /** One watch stream; it ends when the server closes it. */
  readonly watchWorkflows: (ns: string, o: WatchOptions) => TE.TaskEither<SubmitError, EventStream<WorkflowWatchEvent>>;
  readonly workflowLogs: (ns: string, name: string, o: LogOptions) => TE.TaskEither<SubmitError, EventStream<LogEntry>>;
  readonly deleteWorkflow: (ns: string, name: string) => TE.TaskEither<SubmitError, void>;
  readonly workflowAction: (
    ns: string,
    name: string,
    action: WorkflowAction,
    o: ActionOptions,
  ) => TE.TaskEither<SubmitError, Workflow>;
  readonly createResource: (
    kind: ResourceKind,
    ns: string,
    obj: ArgoManifest,
    o: CreateOptions,
  ) => TE.TaskEither<SubmitError, ArgoManifest>;
  readonly lintResource: (kind: ResourceKind, ns: string, obj: ArgoManifest) => TE.TaskEither<SubmitError, ArgoManifest>;
  readonly getResource: (kind: ResourceKind, ns: string, name: string) => TE.TaskEither<SubmitError, ArgoManifest>;
  readonly listResources: (kind: ResourceKind, ns: string, o: ListOptions) => TE.TaskEither<SubmitError, ResourceList>;
  readonly updateResource: (kind: ResourceKind, ns: string, obj: ArgoManifest) => TE.TaskEither<SubmitError, ArgoManifest>;
  readonly deleteResource: (kind: ResourceKind, ns: string, name: string) => TE.TaskEither<SubmitError, void>;
  readonly cronAction: (ns: string, name: string, action: 'suspend' | 'resume') => TE.TaskEither<SubmitError, ArgoManifest>;
  /** `GET /api/v1/version` (Argo Server) or `/version` (Kubernetes). */
  readonly version: () => TE.TaskEither<SubmitError, Readonly<Record<string, unknown>>>;
}
