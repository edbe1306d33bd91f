import { container, withRetry, workflow } from 'tiphys';

/** Exits non-zero four times in five. */
const flaky = container({
  name: 'retry-to-completion',
  image: 'python:alpine3.23',
  command: ['python', '-c'],
  args: ['import random; import sys; exit_code = random.choice(range(0, 5)); sys.exit(exit_code)'],
});

export default workflow({
  generateName: 'retry-to-completion-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  // An empty strategy has no limit: Argo retries until the container succeeds.
  entrypoint: withRetry(flaky, {}),
});
