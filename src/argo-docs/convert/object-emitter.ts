// A plain Kubernetes object (a PersistentVolumeClaim, a ConfigMap, a ResourceQuota) of a converted file:
// `kubernetesObject({...})` with its data as it is, so `tiphys build` writes the file's every document back.
import { isRecord } from '../../argo-model/json-value.js';
import { ConvertError, use, type ModuleContext } from './emit-context.js';
import { literal } from './ts-code.js';

/** What `kubernetesObject()` types `metadata` with: the rest of an object's metadata is set by the cluster. */
const METADATA = ['name', 'generateName', 'namespace', 'labels', 'annotations'];

/** Whether a document is a plain Kubernetes object, not one of Argo's kinds. */
export const isPlainObject = (data: unknown): boolean =>
  isRecord(data) && typeof data['apiVersion'] === 'string' && typeof data['kind'] === 'string' && !data['apiVersion'].startsWith('argoproj.io/');

/** `kubernetesObject({ apiVersion, kind, metadata, ... })` of the document's data. */
export const emitObject = (module: ModuleContext, data: Readonly<Record<string, unknown>>): string => {
  const metadata = data['metadata'];
  if (!isRecord(metadata)) throw new ConvertError('metadata must be a map with a name');
  const extra = Object.keys(metadata).filter((k) => !METADATA.includes(k));
  if (extra.length > 0) throw new ConvertError(`metadata.${extra[0]} has no kubernetesObject() form (it takes ${METADATA.join(', ')})`);
  return `${use(module, 'kubernetesObject')}(${literal(data)})`;
};
