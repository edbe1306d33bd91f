import * as t from 'io-ts';
import { container, param, steps, workflow } from 'tiphys';

const StepParams = t.array(t.type({ exit_code: t.number, message: t.string }));

const unitStep = container({
  name: 'unit-step-template',
  inputs: { exit_code: param.number(), message: param.string() },
  image: 'alpine:3.23',
  command: ['/bin/sh', '-c'],
  args: (i) => [`echo ${i.message}; exit ${i.exit_code}`],
});

// One step at a time (parallelism 1), stopping at the first failure (failFast).
const loop = steps(
  'loop-arbitrary-sequential-steps-example',
  { inputs: { step_params: param.json(StepParams) }, parallelism: 1, failFast: true },
  (s, i) => {
    s.step('unit-step', unitStep, (item) => ({ exit_code: item.exit_code, message: item.message }), { withParam: i.step_params });
  },
);

export default workflow({
  generateName: 'loop-arbitrary-sequential-steps-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: loop,
  arguments: {
    step_params: [
      { exit_code: 0, message: 'succeeds 1' },
      { exit_code: 0, message: 'succeeds 2' },
      { exit_code: 0, message: 'succeeds 3' },
      { exit_code: 1, message: 'will fail and stop here' },
      { exit_code: 0, message: 'will not run' },
      { exit_code: 0, message: 'will not run' },
    ],
  },
});
