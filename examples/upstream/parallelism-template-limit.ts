import { container, steps, workflow } from 'tiphys';

const sleep = container({ name: 'sleep', image: 'alpine:3.23', command: ['sh', '-c', 'sleep 10'] });

export default workflow({
  generateName: 'parallelism-template-limit-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps(
    'parallelism-template-limit',
    { parallelism: 2 },
    (s) =>
      void s.step('sleep', sleep, {}, {
        withItems: ['this', 'workflow', 'should', 'take', 'at', 'least', 60, 'seconds', 'to', 'complete'],
      }),
  ),
});
