import { param, resource, workflow } from 'tiphys';

const randNum = resource({
  name: 'rand-num',
  action: 'create',
  // Evaluated on every update of the resource, with Kubernetes label-selector syntax on any field.
  successCondition: 'status.succeeded > 2',
  failureCondition: 'status.failed > 1',
  setOwnerReference: true,
  manifest: {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { generateName: 'rand-num-' },
    spec: {
      completions: 3,
      parallelism: 3,
      template: {
        metadata: { name: 'rand' },
        spec: {
          containers: [
            {
              name: 'rand',
              image: 'python:alpine3.23',
              command: ['python', '-c', 'import random; import time; print(random.randint(1, 1000)); time.sleep(10)'],
            },
          ],
          restartPolicy: 'Never',
        },
      },
    },
  },
  outputs: {
    // `kubectl get job <name> -o jsonpath='{.metadata.name}'`
    'job-name': param.string({ jsonPath: '{.metadata.name}' }),
    // `kubectl get job <name> -o json | jq -c '.'`: the whole job object
    'job-obj': param.string({ jqFilter: '.' }),
  },
});

export default workflow({
  // Upstream has no name (its `name: k8s-jobs` sits inside the annotation below): Argo needs one.
  generateName: 'k8s-jobs-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: {
    'workflows.argoproj.io/no-test-reasons':
      'Error (exit code 64): no more retries Error from server (Forbidden): error when\ncreating "/tmp/manifest.yaml": jobs.batch is forbidden: User\n"system:serviceaccount:argo:default" cannot create resource "jobs" in API group\n"batch" in the namespace "argo"\nname: k8s-jobs\n',
  },
  entrypoint: randNum,
});
