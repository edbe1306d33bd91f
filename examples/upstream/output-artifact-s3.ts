import { artifact, container, secretKey, workflow } from 'tiphys';

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt'],
  outputs: {
    message: artifact({
      path: '/tmp',
      s3: {
        endpoint: 's3.amazonaws.com',
        bucket: 'my-bucket',
        region: 'us-west-2',
        key: 'path/in/bucket/hello_world.txt.tgz',
        accessKeySecret: secretKey('my-s3-credentials', 'accessKey'),
        secretKeySecret: secretKey('my-s3-credentials', 'secretKey'),
      },
    }),
  },
});

export default workflow({
  generateName: 'output-artifact-s3-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: helloWorldToFile,
});
