import { artifact, container, steps, workflow } from 'tiphys';

const hdfs = {
  addresses: [
    'my-hdfs-namenode-0.my-hdfs-namenode.default.svc.cluster.local:8020',
    'my-hdfs-namenode-1.my-hdfs-namenode.default.svc.cluster.local:8020',
  ],
  path: '/tmp/argo/foo',
  hdfsUser: 'root',
  force: true,
};

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo hello world | tee /tmp/hello_world.txt'],
  outputs: { 'hello-art': artifact({ path: '/tmp/hello_world.txt', hdfs }) },
});

const printMessageFromHdfs = container({
  name: 'print-message-from-hdfs',
  image: 'alpine:3.23',
  inputs: { message: artifact({ path: '/tmp/message', hdfs }) },
  command: ['sh', '-c'],
  args: ['cat /tmp/message'],
});

const artifactExample = steps('artifact-example', (s) => {
  const generate = s.step('generate-artifact', helloWorldToFile, {});
  s.step('consume-artifact', printMessageFromHdfs, { message: generate.out['hello-art'] });
});

export default workflow({
  generateName: 'hdfs-artifact-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: artifactExample,
});
