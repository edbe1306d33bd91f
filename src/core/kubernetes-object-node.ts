import type { WorkflowMetadata } from './workflow-node.js';

/** A JSON value of a Kubernetes object's body: tiphys vendors no Kubernetes types, so it is checked as JSON only. @category model */
export type KubernetesValue = string | number | boolean | null | ReadonlyArray<KubernetesValue> | { readonly [key: string]: KubernetesValue };

/**
 * A root of the AST: a plain Kubernetes object a module exports beside its workflows (a
 * PersistentVolumeClaim a workflow mounts, a ResourceQuota on workflows), rendered as it is given.
 * @category model
 */
export interface KubernetesObjectNode {
  readonly kind: 'KubernetesObject';
  readonly apiVersion: string;
  /** The object's own `kind` (`PersistentVolumeClaim`, `ResourceQuota`, ...). */
  readonly objectKind: string;
  readonly metadata: WorkflowMetadata;
  /** Every other top-level field (`spec`, `data`, ...), in the order given. */
  readonly body: Readonly<Record<string, KubernetesValue>>;
}
