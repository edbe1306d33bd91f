import { resource, workflow } from 'tiphys';

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: {
    'workflows.argoproj.io/description': 'This example shows how to patch a workflow with json mergeStrategy\n',
  },
  generateName: 'k8s-patch-json-workflow-',
  entrypoint: resource({
    name: 'main',
    action: 'patch',
    mergeStrategy: 'json',
    flags: ['workflow', '{{workflow.name}}'],
    manifest: '- op: add\n  path: /metadata/labels/foo\n  value: bar\n',
  }),
});
