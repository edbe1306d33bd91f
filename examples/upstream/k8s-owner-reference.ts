import { container, resource, workflow } from 'tiphys';

// The workflow this one creates: a tiphys value, rendered to the manifest's YAML text.
const owned = workflow({
  generateName: 'owned-eg-',
  entrypoint: container({ name: 'main', image: 'argoproj/argosay:v2' }),
});

export default workflow({
  generateName: 'k8s-owner-reference-',
  annotations: {
    'workflows.argoproj.io/description':
      'This example creates a Kubernetes resource that will be deleted\nwhen the workflow is deleted via Kubernetes GC.\n\nA workflow is used for this example, but the same approach would apply\nto other resource types.\n\nhttps://kubernetes.io/docs/concepts/workloads/controllers/garbage-collection/\n',
  },
  entrypoint: resource({ name: 'main', action: 'create', setOwnerReference: true, manifest: owned }),
});
