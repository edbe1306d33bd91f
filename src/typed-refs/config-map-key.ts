import type { OutputSource } from '../core/param.js';
import { isRef, type Ref } from './ref.js';

/** The key of a ConfigMap as Argo and Kubernetes name it (`configMapKeyRef`), after rendering. @category model */
export type ConfigMapKeyRef = NonNullable<OutputSource['configMapKeyRef']>;

/**
 * A key of a ConfigMap, read when the pod starts (`valueFrom.configMapKeyRef`), as `configMapKey` makes
 * it: an environment value, or the argument of a string input of a task, step or hook.
 * @category model
 */
export interface ConfigMapKeySource {
  readonly valueFrom: {
    readonly configMapKeyRef: { readonly name: string | Ref<string>; readonly key: string | Ref<string>; readonly optional?: boolean };
  };
}

/** Whether `v` is a `configMapKey(...)` value (a `valueFrom` holding only `configMapKeyRef`). @category utils */
export const isConfigMapKey = (v: unknown): v is ConfigMapKeySource => {
  if (typeof v !== 'object' || v === null || isRef(v) || !('valueFrom' in v)) return false;
  const from = v.valueFrom;
  return typeof from === 'object' && from !== null && Object.keys(from).length === 1 && 'configMapKeyRef' in from;
};
