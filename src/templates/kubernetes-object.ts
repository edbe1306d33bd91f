import type { KubernetesObject } from '../core/kubernetes-object.js';
import type { KubernetesObjectNode, KubernetesValue } from '../core/kubernetes-object-node.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';

/**
 * A Kubernetes object: `apiVersion`, `kind`, `metadata`, and its other top-level fields as JSON (tiphys
 * vendors no Kubernetes types, so `spec` is not checked against the object's schema).
 * @category model
 */
export interface KubernetesObjectSpec {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: WorkflowMetadata;
  readonly [field: string]: KubernetesValue | WorkflowMetadata;
}

/**
 * A plain Kubernetes object a module exports beside its workflows, such as the PersistentVolumeClaim a
 * workflow mounts or a ResourceQuota on workflows: `tiphys build` emits it among the module's documents,
 * in export order, as it is given.
 * @example
 * ```ts
 * export const volume = kubernetesObject({
 *   apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'my-existing-volume' },
 *   spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
 * });
 * // apiVersion: v1
 * // kind: PersistentVolumeClaim
 * // metadata: { name: my-existing-volume }
 * // spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
 * ```
 * @category constructors
 */
export const kubernetesObject = (spec: KubernetesObjectSpec): KubernetesObject => {
  const { apiVersion, kind, metadata, ...body } = spec;
  const node: KubernetesObjectNode = {
    kind: 'KubernetesObject',
    apiVersion,
    objectKind: kind,
    metadata: Object.freeze({ ...metadata }),
    body: Object.freeze(body as Readonly<Record<string, KubernetesValue>>),
  };
  return Object.freeze({ kind: 'KubernetesObject', node: Object.freeze(node) });
};
