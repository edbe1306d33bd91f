import { artifact, container, fromArtifact, steps, workflow } from 'tiphys';

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['sleep 1; echo hello world | tee /tmp/hello_world.txt'],
  outputs: { 'hello-art': artifact({ path: '/tmp/', archive: 'none' }) },
});

const reader = (name: string, command: string) =>
  container({
    name,
    image: 'busybox',
    inputs: { message: artifact({ path: '/tmp/message' }) },
    command: ['sh', '-c'],
    args: [command],
  });

const artifactExample = steps('artifact-example', (s) => {
  const generate = s.step('generate-artifact', helloWorldToFile, {});
  s.step('list-artifact', reader('print-message-dir', 'ls /tmp/message'), { message: generate.out['hello-art'] });
  s.step('consume-artifact', reader('print-message-from-file', 'cat /tmp/message'), {
    message: fromArtifact(generate.out['hello-art'], { subPath: 'hello_world.txt' }),
  });
});

export default workflow({ generateName: 'artifact-passing-subpath-', entrypoint: artifactExample });
