import { container, steps, workflow } from 'tiphys';

const helloWorld = container({ name: 'hello-world', image: 'busybox', command: ['echo'], args: ['hello world'] });
const exitContainer = container({ name: 'exit-container', image: 'busybox', command: ['echo'], args: ['goodbye world'] });

const stepTemplate = steps('step-template', (s) => {
  s.step('stepA', helloWorld, {}, { hooks: { exit: exitContainer } });
  s.step('stepB', helloWorld, {}, { hooks: { exit: exitContainer } });
});

export default workflow({
  generateName: 'container-on-exit-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: stepTemplate,
});
