/**
 * The parts of Argo objects the client reads. Manifests stay plain JSON objects: the client never
 * needs the DSL, only `{apiVersion, kind, metadata, spec}`.
 */
import * as t from 'io-ts';

// model

export interface ObjectMeta {
  readonly name?: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly uid?: string;
  readonly resourceVersion?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly creationTimestamp?: string;
}

export interface ArgoManifest {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: ObjectMeta;
  readonly spec: unknown;
}

export interface OutputParameter {
  readonly name: string;
  readonly value?: string;
}

export interface NodeStatus {
  readonly id: string;
  readonly name: string;
  readonly displayName?: string;
  readonly type: string;
  readonly phase?: string;
  readonly message?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly children?: ReadonlyArray<string>;
  readonly outputs?: { readonly parameters?: ReadonlyArray<OutputParameter>; readonly result?: string };
  readonly templateName?: string;
}

export interface WorkflowStatus {
  readonly phase?: string;
  readonly message?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly nodes?: Readonly<Record<string, NodeStatus>>;
  readonly outputs?: { readonly parameters?: ReadonlyArray<OutputParameter> };
}

export interface Workflow extends ArgoManifest {
  readonly status?: WorkflowStatus;
}

export interface WorkflowList {
  readonly items: ReadonlyArray<Workflow>;
  readonly metadata: { readonly continue?: string; readonly resourceVersion?: string };
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WorkflowWatchEvent {
  readonly type: WatchEventType;
  readonly object: Workflow;
}

export interface LogEntry {
  readonly content: string;
  readonly podName: string;
}

// codecs: only what the client relies on is checked; the rest passes through untouched.

const MetaC = t.partial({ name: t.string, namespace: t.string, labels: t.record(t.string, t.string) });

export const WorkflowC: t.Type<Workflow, unknown, unknown> = t.intersection([
  t.type({ metadata: MetaC }),
  t.partial({ status: t.partial({ phase: t.string, finishedAt: t.union([t.string, t.null]) }) }),
]) as unknown as t.Type<Workflow, unknown, unknown>;

export const WorkflowListC: t.Type<WorkflowList, unknown, unknown> = t.type({
  items: t.union([t.array(WorkflowC), t.null]),
  metadata: t.partial({ continue: t.string }),
}) as unknown as t.Type<WorkflowList, unknown, unknown>;

export const WatchEventC: t.Type<WorkflowWatchEvent, unknown, unknown> = t.type({
  type: t.keyof({ ADDED: null, MODIFIED: null, DELETED: null }),
  object: WorkflowC,
}) as unknown as t.Type<WorkflowWatchEvent, unknown, unknown>;

export const LogEntryC: t.Type<LogEntry, unknown, unknown> = t.type({
  content: t.string,
  podName: t.string,
}) as unknown as t.Type<LogEntry, unknown, unknown>;

// utils

export const SUBMISSION_LABEL = 'tiphys.io/submission-id';

export const isFinished = (wf: Workflow): boolean =>
  typeof wf.status?.finishedAt === 'string' && wf.status.finishedAt !== '';

export const isSuccessful = (wf: Workflow): boolean => wf.status?.phase === 'Succeeded';
