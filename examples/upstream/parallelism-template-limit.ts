import { container, steps, workflow } from 'tiphys';

const sleep = container({ name: 'sleep', image: 'alpine:3.23', command: ['sh', '-c', 'sleep 10'] });

// At most two steps of this template run at once.
const limit = steps('parallelism-template-limit', { parallelism: 2 }, (s) => {
  s.step('sleep', sleep, {}, { withItems: ['this', 'workflow', 'should', 'take', 'at', 'least', 60, 'seconds', 'to', 'complete'] });
});

export default workflow({
  generateName: 'parallelism-template-limit-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: limit,
});
