/**
 * Every upstream example (vendor/argo/examples) that has no port in examples/upstream/ yet, with why: one
 * line each, sorted, so branches that port examples in parallel merge by deleting their lines. A port that
 * lands must remove its line (test/example-corpus.test.ts fails otherwise).
 */
export const UNPORTED_EXAMPLES: Readonly<Record<string, string>> = {
  'testvolume.yaml': 'needs a way to export a plain Kubernetes object (a PersistentVolumeClaim) beside workflows; tiphys builds only the four Argo workflow kinds (issue 13)',
  'workflow-count-resourcequota.yaml': 'needs a way to export a plain Kubernetes object (a ResourceQuota) beside workflows; tiphys builds only the four Argo workflow kinds (issue 13)',
  'workflow-event-binding/event-consumer-workfloweventbinding.yaml': 'needs a WorkflowEventBinding value; tiphys has no such kind (issue 13)',
  'workflow-event-binding/event-consumer-workflowtemplate.yaml': 'its templates read {{workflow.parameters.appellation}}, which its WorkflowEventBinding supplies and it does not declare; tiphys reports an undeclared global, and has no WorkflowEventBinding kind to supply it (issue 13)',
  'workflow-event-binding/github-path-filter-workfloweventbinding.yaml': 'needs a WorkflowEventBinding value; tiphys has no such kind (issue 13)',
};
