import { param, script, steps, workflow } from 'tiphys';
import { printResult } from './lib/print-message.js';

const genRandomInt = script({
  name: 'gen-random-int',
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  source: `cat /dev/urandom | od -N2 -An -i | awk -v f=1 -v r=100 '{printf "%i\\n", f + r * $1 / 65536}'\n`,
  result: param.int(),
});

const bashScriptExample = steps('bash-script-example', (s) => {
  const generate = s.step('generate', genRandomInt, {});
  s.step('print', printResult, { message: `${generate.out.result}` });
});

export default workflow({ generateName: 'scripts-bash-', entrypoint: bashScriptExample });
