import { container, dag, steps, workflow } from 'tiphys';

// Fails one time in three, so a run very likely fails somewhere: `argo resubmit --memoized` then reruns it.
const randomFail = container({
  name: 'random-fail',
  image: 'python:alpine3.23',
  command: ['python', '-c'],
  args: [
    "import random; import sys; exit_code = random.choice([0, 0, 1]); print('exiting with code {}'.format(exit_code)); sys.exit(exit_code)",
  ],
});

const randFailSteps = steps('rand-fail-steps', (s) => {
  s.parallel((p) => [p.step('randfail1a', randomFail, {}), p.step('randfail1b', randomFail, {})]);
  s.parallel((p) => ['a', 'b', 'c', 'd'].map((n) => p.step(`randfail2${n}`, randomFail, {})));
});

const randFailDag = dag('rand-fail-dag', (d) => {
  const A = d.task('A', randomFail, {});
  const B = d.task('B', randFailSteps, {});
  d.task('C', randomFail, {}, { after: [B] });
  d.task('D', randomFail, {}, { after: [A, B] });
});

export default workflow({
  generateName: 'resubmit-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: randFailDag,
});
