import { container, steps, suspend, workflow } from 'tiphys';

const helloWorld = container({ name: 'hello-world', image: 'busybox', command: ['echo'], args: ['hello world'] });

// Waits until resumed (`tiphys resume`).
const approve = suspend({ name: 'approve' });

// Resumes by itself: seconds by default, or a duration such as '2m' or '6h'.
const delay = suspend({ name: 'delay', duration: '20' });

export default workflow({
  generateName: 'suspend-template-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('suspend', (s) => {
    s.step('build', helloWorld, {});
    s.step('approve', approve, {});
    s.step('delay', delay, {});
    s.step('release', helloWorld, {});
  }),
});
