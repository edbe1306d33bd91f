import { param, script, steps, workflow } from 'tiphys';
import { printResult } from './lib/print-message.js';

const genRandomInt = script({
  name: 'gen-random-int',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random\ni = random.randint(1, 100)\nprint(i)\n',
  result: param.int(),
});

const pythonScriptExample = steps('python-script-example', (s) => {
  const generate = s.step('generate', genRandomInt, {});
  s.step('print', printResult, { message: `${generate.out.result}` });
});

export default workflow({ generateName: 'scripts-python-', entrypoint: pythonScriptExample });
