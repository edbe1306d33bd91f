import { artifact, container, secretKey, workflow } from 'tiphys';

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt'],
  outputs: {
    message: artifact({
      path: '/tmp',
      azure: {
        endpoint: 'https://myazurestorageaccountname.blob.core.windows.net',
        container: 'my-container',
        blob: 'path/in/container/hello_world.txt.tgz',
        accountKeySecret: secretKey('my-azure-credentials', 'accountKey'),
      },
    }),
  },
});

export default workflow({
  generateName: 'output-artifact-s3-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: helloWorldToFile,
});
