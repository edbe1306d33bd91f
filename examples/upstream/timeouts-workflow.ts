import { container, steps, workflow } from 'tiphys';

const sleep = container({ name: 'sleep', image: 'busybox', command: ['sleep', '1d'] });

const unschedulable = container({
  name: 'unschedulable',
  image: 'alpine:3.23',
  nodeSelector: { 'beta.kubernetes.io/arch': 'no-such-arch' },
});

export default workflow({
  generateName: 'timeouts-workflow-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  // The whole workflow is stopped after 30 s.
  patch: { activeDeadlineSeconds: 30 },
  entrypoint: steps('bunch-of-sleeps', (s) =>
    s.parallel((p) => {
      p.step('sleep-one-day', sleep, {}, { withItems: [1, 2, 3] });
      p.step('unschedulable', unschedulable, {}, { withItems: [1, 2, 3] });
    }),
  ),
});
