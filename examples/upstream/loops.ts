import { steps, workflow } from 'tiphys';
import { printMessage } from '../lib/print-message.js';

const loopExample = steps('loop-example', (s) => {
  s.step('print-message-loop', printMessage, (item) => ({ message: item }), {
    withItems: ['hello world', 'goodbye world'],
  });
});

export default workflow({ generateName: 'loops-', entrypoint: loopExample });
