import { resource, workflow } from 'tiphys';

export default workflow({
  generateName: 'k8s-patch-merge-pod-',
  annotations: { 'workflows.argoproj.io/description': 'This example shows a more advanced JSON merge patch\n' },
  entrypoint: resource({
    name: 'main',
    action: 'patch',
    mergeStrategy: 'merge',
    flags: ['pod', '{{pod.name}}'],
    manifest: { metadata: { annotations: { foo: 'bar' } } },
  }),
});
