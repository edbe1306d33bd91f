import { artifact, container, secretKey, workflow } from 'tiphys';

const main = container({
  name: 'input-artifact-oss-example',
  image: 'debian:latest',
  inputs: {
    'my-art': artifact({
      path: '/my-artifact',
      oss: {
        endpoint: 'http://oss-cn-hangzhou-zmf.aliyuncs.com',
        bucket: 'test-bucket-name',
        key: 'test/mydirectory/',
        accessKeySecret: secretKey('my-oss-credentials', 'accessKey'),
        secretKeySecret: secretKey('my-oss-credentials', 'secretKey'),
      },
    }),
  },
  command: ['sh', '-c'],
  args: ['ls -l /my-artifact'],
});

export default workflow({
  generateName: 'input-artifact-oss-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: main,
});
