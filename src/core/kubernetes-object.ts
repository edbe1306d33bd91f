import type { KubernetesObjectNode } from './kubernetes-object-node.js';

/** A plain Kubernetes object a module exports beside its workflows. @category model */
export interface KubernetesObject {
  readonly kind: 'KubernetesObject';
  readonly node: KubernetesObjectNode;
}

/** @category refinements */
export const isKubernetesObject = (u: unknown): u is KubernetesObject =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'KubernetesObject' && 'node' in u;
