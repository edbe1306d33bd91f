import { par, seq, step, steps, workflow } from 'tiphys';
import { printMessage } from './lib/print-message.js';

const helloHelloHello = steps(
  'hello-hello-hello',
  seq(
    step('hello1', printMessage, { message: 'hello1' }),
    par(step('hello2a', printMessage, { message: 'hello2a' }), step('hello2b', printMessage, { message: 'hello2b' })),
  ),
);

export default workflow({ generateName: 'steps-', entrypoint: helloHelloHello });
