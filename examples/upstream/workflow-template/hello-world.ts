import { seq, step, steps, workflow } from 'tiphys';
import { printMessageLib } from './templates.js';

const hello = steps('hello-world-from-templateRef', seq(step('call-print-message', printMessageLib.templates.printMessage, { message: 'hello world' })));

export default workflow({ generateName: 'workflow-template-hello-world-', entrypoint: hello });
