import { container, steps, workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

const retryBackoff = container({
  name: 'retry-backoff',
  image: 'python:alpine3.23',
  command: ['python', '-c'],
  args: ['import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)'],
});

export default workflow({
  generateName: 'template-defaults-',
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  annotations: {
    'workflows.argoproj.io/description':
      'Template defaults will provide the fixability to configure the defaults values for all templates in workflow.\nIndividual template can be overide default values.\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
    'workflows.argoproj.io/no-test-reasons': "This tests requires interaction and we can't test it automatically.\n",
  },
  entrypoint: steps('main', (s) => {
    s.step('retry-backoff', retryBackoff, {});
    s.step('hello-world', helloWorld, {});
  }),
  // Every template gets these unless it sets its own.
  templateDefaults: { timeout: '30s', retryStrategy: { limit: '2' } },
});
