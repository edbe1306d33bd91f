import { artifact, container, httpArtifact, workflow } from 'tiphys';

const kubectlInputArtifact = container({
  name: 'kubectl-input-artifact',
  image: 'busybox',
  inputs: { kubectl: artifact({ path: '/usr/local/bin/kubectl', mode: 0o755 }) },
  command: ['sh', '-c'],
  args: ['kubectl version'],
});

export default workflow({
  generateName: 'arguments-artifacts-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: kubectlInputArtifact,
  arguments: {
    kubectl: httpArtifact('https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl'),
  },
});
