import { pipe } from 'fp-ts/lib/function.js';
import { container, par, seq, step, steps, withRetry, workflow } from 'tiphys';

const randomFail = pipe(
  container({
    name: 'random-fail',
    image: 'python:alpine3.23',
    command: ['python', '-c'],
    args: [
      "import random; import sys; print('retries: {{retries}}'); exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)",
    ],
  }),
  withRetry({ limit: 10 }),
);

const retryWithSteps = steps(
  'retry-with-steps',
  seq(step('hello1', randomFail, {}), par(step('hello2a', randomFail, {}), step('hello2b', randomFail, {}))),
);

export default workflow({
  generateName: 'retry-with-steps-',
  labels: { 'workflows.argoproj.io/no-test': 'flaky' },
  entrypoint: retryWithSteps,
});
