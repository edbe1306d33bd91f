import { container, workflow } from 'tiphys';

const helloWorld = container({
  name: 'hello-world',
  image: 'busybox',
  command: ['echo'],
  args: ['hello world'],
});

export default workflow({
  generateName: 'hello-world-',
  labels: { 'workflows.argoproj.io/archive-strategy': 'false' },
  annotations: { 'workflows.argoproj.io/description': 'This is a simple hello world example.\n' },
  entrypoint: helloWorld,
});
