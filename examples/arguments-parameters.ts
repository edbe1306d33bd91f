import { workflow } from 'tiphys';
import { printMessage } from './lib/print-message.js';

export default workflow({
  generateName: 'arguments-parameters-',
  entrypoint: printMessage,
  arguments: { message: 'hello world' },
});
