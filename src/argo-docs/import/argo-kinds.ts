// The four workflow kinds tiphys reads, writes and validates. No codecs here: the validator (on the
// DSL path) imports this without loading the model's io-ts codecs.

export type ArgoKind = 'Workflow' | 'WorkflowTemplate' | 'ClusterWorkflowTemplate' | 'CronWorkflow';

export const ARGO_KINDS: ReadonlyArray<ArgoKind> = ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'];

export const ARGO_API_VERSION = 'argoproj.io/v1alpha1';

export const isArgoKind = (kind: unknown): kind is ArgoKind =>
  typeof kind === 'string' && (ARGO_KINDS as ReadonlyArray<string>).includes(kind);
