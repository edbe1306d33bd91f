import { container, workflow } from 'tiphys';

const helloWorld = container({
  name: 'hello-world',
  image: 'busybox',
  command: ['echo'],
  args: ['hello world'],
  resources: { limits: { memory: '32Mi', cpu: '100m' } },
});

export default workflow({
  generateName: 'test-dns-config-',
  entrypoint: helloWorld,
  // The DNS settings of every pod of the workflow.
  dnsConfig: { nameservers: ['1.2.3.4'], options: [{ name: 'ndots', value: '2' }] },
});
