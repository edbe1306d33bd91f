import type { CronWorkflowNode } from './cron-workflow-node.js';
import type { WorkflowNode } from './workflow-node.js';
import type { WorkflowTemplateNode } from './workflow-template-node.js';

/** The closed union of document kinds a module can export: every root interpreter handles each one. @category model */
export type RootNode = WorkflowNode | WorkflowTemplateNode | CronWorkflowNode;

/** @category model */
export type RootKind = RootNode['kind'];
