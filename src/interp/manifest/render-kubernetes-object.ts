import type { KubernetesObjectNode, KubernetesValue } from '../../core/kubernetes-object-node.js';
import type { Problem } from '../../core/problem.js';
import type { WorkflowMetadata } from '../../core/workflow-node.js';

/** A plain Kubernetes object as it is applied: apiVersion, kind, metadata and its other fields. @category model */
export interface KubernetesManifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: WorkflowMetadata;
  readonly [field: string]: KubernetesValue | WorkflowMetadata;
}

const ARGO_GROUP = 'argoproj.io/';

/**
 * The object as given, after the checks its loose typing leaves to run time: an apiVersion, a kind, a
 * name, and no Argo kind (those have typed values that tiphys checks: `workflow()`, `workflowTemplate()`, ...).
 */
export const renderKubernetesObject = (node: KubernetesObjectNode, problems: Problem[]): KubernetesManifest => {
  const { apiVersion, objectKind, metadata, body } = node;
  if (apiVersion.trim() === '') problems.push({ path: 'apiVersion', message: `the ${objectKind || 'object'} needs an apiVersion, e.g. 'v1'` });
  if (objectKind.trim() === '') problems.push({ path: 'kind', message: "the object needs a kind, e.g. 'PersistentVolumeClaim'" });
  if (apiVersion.startsWith(ARGO_GROUP))
    problems.push({
      path: 'apiVersion',
      message: `${objectKind} is an Argo kind (${apiVersion}): build it with its typed constructor (workflow(), workflowTemplate(), cronWorkflow(), workflowEventBinding()), which tiphys checks`,
    });
  if (metadata.name === undefined && metadata.generateName === undefined)
    problems.push({ path: 'metadata', message: `the ${objectKind || 'object'} needs \`metadata.name\` (or \`generateName\`)` });
  return { apiVersion, kind: objectKind, metadata, ...body };
};
