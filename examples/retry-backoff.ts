import { container, withRetry, workflow } from 'tiphys';

const flaky = container({
  name: 'retry-backoff',
  image: 'python:alpine3.23',
  command: ['python', '-c'],
  args: ['import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)'],
});

export default workflow({
  generateName: 'retry-backoff-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: withRetry(flaky, { limit: 10, backoff: { duration: 1, factor: 2, maxDuration: '1m', cap: 5 } }),
});
