import { artifact, container, workflow } from 'tiphys';

const main = container({
  name: 'main',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt'],
  outputs: { hello_world: artifact({ path: '/tmp/hello_world.txt' }) },
});

export default workflow({
  generateName: 'artifact-repository-ref-',
  entrypoint: main,
  artifactRepositoryRef: { key: 'my-key' },
});
