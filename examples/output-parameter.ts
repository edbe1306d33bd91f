import { container, param, steps, workflow } from 'tiphys';
import { printMessage } from './lib/print-message.js';

const helloWorldToFile = container({
  name: 'hello-world-to-file',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['sleep 1; echo -n hello world > /tmp/hello_world.txt'],
  outputs: { 'hello-param': param.string({ path: '/tmp/hello_world.txt', default: 'Foobar' }) },
});

const outputParameter = steps('output-parameter', (s) => {
  const generate = s.step('generate-parameter', helloWorldToFile, {});
  s.step('consume-parameter', printMessage, { message: generate.out['hello-param'] });
});

export default workflow({ generateName: 'output-parameter-', entrypoint: outputParameter });
