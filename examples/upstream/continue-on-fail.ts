import { steps, workflow } from 'tiphys';
import { helloWorld, intentionalFail } from '../lib/hello-and-fail.js';

const workflowIgnore = steps('workflow-ignore', (s) => {
  s.step('A', helloWorld, {});
  s.parallel((p) => {
    p.step('B', helloWorld, {});
    p.step('C', intentionalFail, {}, { continueOn: { failed: true } });
  });
  s.step('D', helloWorld, {});
});

export default workflow({
  generateName: 'continue-on-fail-',
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  entrypoint: workflowIgnore,
  patch: { parallelism: 1 },
});
