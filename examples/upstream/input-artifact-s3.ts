import { artifact, container, secretKey, workflow } from 'tiphys';

const main = container({
  name: 'input-artifact-s3-example',
  image: 'debian:latest',
  inputs: {
    'my-art': artifact({
      path: '/my-artifact',
      s3: {
        endpoint: 's3.amazonaws.com',
        bucket: 'my-bucket-name',
        key: 'path/in/bucket',
        region: 'us-west-2',
        accessKeySecret: secretKey('my-s3-credentials', 'accessKey'),
        secretKeySecret: secretKey('my-s3-credentials', 'secretKey'),
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
