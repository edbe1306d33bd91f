import { script, withRetry, workflow } from 'tiphys';

const flaky = script({
  name: 'retry-script',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random;\nimport sys; \nexit_code = random.choice([0, 1, 1]); \nsys.exit(exit_code)\n',
});

export default workflow({ generateName: 'retry-script-', entrypoint: withRetry(flaky, { limit: 10 }) });
