import { par, seq, step, steps, workflow } from 'tiphys';
import { randomFailLib } from './templates.js';

const fail = randomFailLib.templates.randomFail;

const retryWithSteps = steps('retry-with-steps', seq(step('hello1', fail, {}), par(step('hello2a', fail, {}), step('hello2b', fail, {}))));

export default workflow({
  generateName: 'workflow-template-retry-with-steps-',
  labels: { 'workflows.argoproj.io/no-test': 'flaky' },
  entrypoint: retryWithSteps,
});
