import { param, script, steps, workflow } from 'tiphys';

const hello = script({
  name: 'hello',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random\nresult = random.randint(0,5)\nprint(result)\n',
  result: param.number(),
});

const helloHello = steps('hello-hello', (s) => {
  const b = s.step('hello-b', hello, {});
  s.step('hello-c', hello, {}, { withSequence: { start: 1, end: b.out.result } });
});

const entrypoint = steps('hello-entrypoint', (s) => {
  const a = s.step('hello-a', hello, {});
  s.step('hello-b', helloHello, {}, { withSequence: { start: 1, end: a.out.result } });
});

export default workflow({ generateName: 'withsequence-nested-result-', entrypoint });
