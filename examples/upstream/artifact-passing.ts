import { artifact, container, steps, workflow } from 'tiphys';

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['sleep 1; echo hello world | tee /tmp/hello_world.txt'],
  outputs: { 'hello-art': artifact({ path: '/tmp/hello_world.txt' }) },
});

const printMessageFromFile = container({
  name: 'print-message-from-file',
  image: 'busybox',
  inputs: { message: artifact({ path: '/tmp/message' }) },
  command: ['sh', '-c'],
  args: ['cat /tmp/message'],
});

const artifactExample = steps('artifact-example', (s) => {
  const generate = s.step('generate-artifact', helloWorldToFile, {});
  s.step('consume-artifact', printMessageFromFile, { message: generate.out['hello-art'] });
});

export default workflow({ generateName: 'artifact-passing-', entrypoint: artifactExample });
