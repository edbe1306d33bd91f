import { container, steps, workflow } from 'tiphys';
import { printMessage } from '../lib/print-message.js';

const exit = container({ name: 'exit', image: 'busybox', command: ['echo'], args: ['step cleanup'] });

const main = steps('main', (s) => {
  s.step('hello1', printMessage, { message: 'hello1' }, { hooks: { exit } });
  s.parallel((p) => {
    p.step('hello2a', printMessage, { message: 'hello2a' }, { hooks: { exit } });
    p.step('hello2b', printMessage, { message: 'hello2b' }, { hooks: { exit } });
  });
});

export default workflow({ generateName: 'exit-handler-step-level-', entrypoint: main });
