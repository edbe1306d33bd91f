import { lt, param, script, steps, workflow } from 'tiphys';

const counterIteration = script({
  name: 'counter-iteration',
  inputs: { counter: param.number() },
  image: 'python:alpine3.23',
  command: ['python'],
  source: (i) => `print(${i.counter} + 1)\n`,
  result: param.number(),
});

// The loop runs itself (`self`) until the counter reaches the limit.
const loop = steps('loop', { inputs: { counter: param.number(), limit: param.number() } }, (s, i, self) => {
  const next = s.step('iterate-counter', counterIteration, { counter: i.counter });
  s.step('continue', self, { counter: next.out.result, limit: i.limit }, { when: lt(next.out.result, i.limit) });
});

const plan = steps('plan', (s) => void s.step('recurse', loop, { counter: 0, limit: 10 }));

export default workflow({
  generateName: 'recursive-loop-',
  labels: { 'workflows.argoproj.io/no-test': 'flaky' },
  entrypoint: plan,
});
