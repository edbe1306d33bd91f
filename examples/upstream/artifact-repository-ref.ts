import { artifact, container, workflow } from 'tiphys';

const main = container({
  name: 'main',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt'],
  outputs: { hello_world: artifact({ path: '/tmp/hello_world.txt' }) },
});

// `artifactRepositoryRef` is a spec field tiphys does not name yet: set through `patch`.
export default workflow({
  generateName: 'artifact-repository-ref-',
  entrypoint: main,
  patch: { artifactRepositoryRef: { key: 'my-key' } },
});
