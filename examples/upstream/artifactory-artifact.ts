import { artifact, container, secretKey, steps, workflow } from 'tiphys';

const artifactory = {
  url: 'http://artifactory:8081/artifactory/generic-local/hello_world.tgz',
  usernameSecret: secretKey('my-artifactory-credentials', 'username'),
  passwordSecret: secretKey('my-artifactory-credentials', 'password'),
};

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt'],
  outputs: { 'hello-art': artifact({ path: '/tmp/hello_world.txt', artifactory }) },
});

const printMessageFromFile = container({
  name: 'print-message-from-file',
  image: 'busybox',
  inputs: { message: artifact({ path: '/tmp/message', artifactory }) },
  command: ['sh', '-c'],
  args: ['cat /tmp/message'],
});

const artifactExample = steps('artifact-example', (s) => {
  const generate = s.step('generate-artifact', helloWorldToFile, {});
  s.step('consume-artifact', printMessageFromFile, { message: generate.out['hello-art'] });
});

export default workflow({
  generateName: 'artifactory-artifact-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: artifactExample,
});
