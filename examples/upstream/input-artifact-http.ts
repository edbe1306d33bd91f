import { artifact, container, workflow } from 'tiphys';

const main = container({
  name: 'http-artifact-example',
  image: 'alpine:3.23',
  inputs: {
    kubectl: artifact({
      path: '/bin/kubectl',
      mode: 0o755,
      http: { url: 'https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl' },
    }),
  },
  command: ['sh', '-c'],
  args: ['kubectl version'],
});

export default workflow({
  generateName: 'input-artifact-http-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: main,
});
