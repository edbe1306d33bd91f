import { artifact, container, secretKey, workflow } from 'tiphys';

const main = container({
  name: 'input-artifact-s3-example',
  image: 'debian:latest',
  inputs: {
    'my-art': artifact({
      path: '/my-artifact',
      azure: {
        endpoint: 'https://myazurestorageaccountname.blob.core.windows.net',
        container: 'my-container',
        blob: 'path/in/container',
        accountKeySecret: secretKey('my-azure-credentials', 'accountKey'),
      },
    }),
  },
  command: ['sh', '-c'],
  args: ['ls -l /my-artifact'],
});

export default workflow({
  generateName: 'input-artifact-s3-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: main,
});
