import { workflow } from 'tiphys';
import { printMessageLib } from './templates.js';

export default workflow({
  generateName: 'workflow-template-hello-world-',
  workflowTemplateRef: printMessageLib,
  entrypoint: printMessageLib.templates.printMessage,
  arguments: { message: 'hello world' },
});
