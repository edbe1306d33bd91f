import { artifact, container, steps, workflow } from 'tiphys';

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt | tee /tmp/hello_world_nc.txt ; sleep 1'],
  outputs: {
    etc: artifact({ path: '/etc', archive: 'none' }),
    'hello-txt': artifact({ path: '/tmp/hello_world.txt', archive: 'none' }),
    'hello-txt-nc': artifact({ path: '/tmp/hello_world_nc.txt', archive: { tar: { compressionLevel: 0 } } }),
  },
});

const printMessageFromFiles = container({
  name: 'print-message-from-files',
  image: 'busybox',
  inputs: {
    etc: artifact({ path: '/tmp/etc' }),
    'hello-txt': artifact({ path: '/tmp/hello.txt' }),
    'hello-txt-nc': artifact({ path: '/tmp/hello_nc.txt' }),
  },
  command: ['sh', '-c'],
  args: ['cat /tmp/hello.txt && cat /tmp/hello_nc.txt && cd /tmp/etc && find .'],
});

const main = steps('artifact-disable-archive', (s) => {
  const generate = s.step('generate-artifact', helloWorldToFile, {});
  s.step('consume-artifact', printMessageFromFiles, {
    etc: generate.out.etc,
    'hello-txt': generate.out['hello-txt'],
    'hello-txt-nc': generate.out['hello-txt-nc'],
  });
});

export default workflow({
  generateName: 'artifact-disable-archive-',
  labels: { 'workflows.argoproj.io/no-test': 'flaky' },
  entrypoint: main,
});
