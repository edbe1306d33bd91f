import type { CronWorkflowNode } from './cron-workflow-node.js';
import type { KubernetesObjectNode } from './kubernetes-object-node.js';
import type { WorkflowEventBindingNode } from './workflow-event-binding-node.js';
import type { WorkflowNode } from './workflow-node.js';
import type { WorkflowTemplateNode } from './workflow-template-node.js';

/** The roots that are or start workflows: what `tiphys submit` and `tiphys run` take. @category model */
export type WorkflowRootNode = WorkflowNode | WorkflowTemplateNode | CronWorkflowNode;

/** @category model */
export type WorkflowRootKind = WorkflowRootNode['kind'];

/**
 * The closed union of document kinds a module can export: every root interpreter handles each one.
 * Besides the workflow kinds, a WorkflowEventBinding and a plain Kubernetes object.
 * @category model
 */
export type RootNode = WorkflowRootNode | WorkflowEventBindingNode | KubernetesObjectNode;

/** @category model */
export type RootKind = RootNode['kind'];
