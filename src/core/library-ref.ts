/**
 * Where a template lives when it belongs to a (Cluster)WorkflowTemplate: a call of such a template
 * renders Argo's `templateRef` to it instead of copying it into the calling workflow.
 * @category model
 */
export interface LibraryRef {
  /** The resource name of the WorkflowTemplate or ClusterWorkflowTemplate. */
  readonly name: string;
  /** True for a ClusterWorkflowTemplate (Argo's `clusterScope`). */
  readonly clusterScope: boolean;
}
