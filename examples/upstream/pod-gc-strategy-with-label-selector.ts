import { container, steps, workflow } from 'tiphys';

// A pod whose labels say whether podGC's labelSelector picks it.
const sh = (name: string, exit: number, deleted: boolean) =>
  container({
    name,
    metadata: { labels: { 'should-be-deleted': String(deleted) } },
    image: 'alpine:3.23',
    command: ['sh', '-c'],
    args: [`exit ${exit}`],
  });

const main = steps('pod-gc-strategy-with-label-selector', (s) => {
  s.parallel((p) => {
    p.step('fail', sh('fail', 1, true), {});
    p.step('succeed-deleted', sh('succeed-deleted', 0, true), {});
    p.step('succeed-not-deleted', sh('succeed-not-deleted', 0, false), {});
  });
});

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  generateName: 'pod-gc-strategy-with-label-selector-',
  entrypoint: main,
  // Only successful pods labelled should-be-deleted=true are deleted, 30s after they complete.
  podGC: { strategy: 'OnPodSuccess', deleteDelayDuration: '30s', labelSelector: { matchLabels: { 'should-be-deleted': 'true' } } },
});
