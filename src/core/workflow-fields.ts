// Every workflow-level field of the generated model, typed by it: no field is listed by hand here, so a
// field Argo adds is usable as soon as the model is regenerated.
import type { WorkflowSpec as ArgoWorkflowSpec } from '../argo-model/generated/argo-types.js';
import type { OwnedSpecField } from './patch.js';

/** Spec fields tiphys builds from its own values (templates, refs, arguments), so they are not taken raw. @category model */
export type OwnedWorkflowField = OwnedSpecField | 'workflowTemplateRef';

/**
 * The workflow-level fields of Argo's `WorkflowSpec` (`parallelism`, `podGC`, `ttlStrategy`, `volumes`,
 * `archiveLogs`, ...), given directly to `workflow()`, `workflowTemplate()` and `cronWorkflow()`.
 * @category model
 */
export type WorkflowFields = Omit<ArgoWorkflowSpec, OwnedWorkflowField>;
