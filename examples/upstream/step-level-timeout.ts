import { container, param, steps, workflow } from 'tiphys';

/** Sleeps 30 s under a timeout its caller chooses. */
const sleep = container({
  name: 'sleep',
  inputs: { timeout: param.string() },
  timeout: (i) => i.timeout,
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: ['sleep 30s'],
});

const sleepSleep = steps('sleep-sleep', (s) => {
  s.parallel((p) => {
    p.step('sleep1', sleep, { timeout: '10s' }, { continueOn: { error: true } });
    p.step('sleep2', sleep, { timeout: '10s' }, { continueOn: { failed: true } });
  });
});

export default workflow({
  generateName: 'steps-tmpl-timeout-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: sleepSleep,
});
