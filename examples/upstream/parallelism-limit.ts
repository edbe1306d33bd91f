import { container, steps, workflow } from 'tiphys';

const sleep = container({ name: 'sleep', image: 'busybox', command: ['sh', '-c', 'sleep 10'] });

const limit = steps('parallelism-limit', (s) => {
  s.step('sleep', sleep, {}, { withItems: ['this', 'workflow', 'should', 'take', 'at', 'least', 60, 'seconds', 'to', 'complete'] });
});

// At most two pods of the workflow run at once.
export default workflow({
  generateName: 'parallelism-limit-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: limit,
  parallelism: 2,
});
