import * as t from 'io-ts';
import { container, param, script, steps, workflow } from 'tiphys';

const genNumberList = script({
  name: 'gen-number-list',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import json\nimport sys\njson.dump([i for i in range(20, 31)], sys.stdout)\n',
  result: param.json(t.array(t.number)),
});

const sleepNSec = container({
  name: 'sleep-n-sec',
  image: 'alpine:3.23',
  inputs: { seconds: param.number() },
  command: ['sh', '-c'],
  args: (i) => [`echo sleeping for ${i.seconds} seconds; sleep ${i.seconds}; echo done`],
});

const loopParamResult = steps('loop-param-result-example', (s) => {
  const generate = s.step('generate', genNumberList, {});
  s.step('sleep', sleepNSec, (n) => ({ seconds: n }), { withParam: generate.out.result });
});

export default workflow({
  generateName: 'loops-param-result-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: loopParamResult,
});
