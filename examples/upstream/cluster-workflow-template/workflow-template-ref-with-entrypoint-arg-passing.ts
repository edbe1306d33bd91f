import { workflow } from 'tiphys';
import { printMessageLib } from './clustertemplates.js';

export default workflow({
  generateName: 'cluster-workflow-template-hello-world-',
  workflowTemplateRef: printMessageLib,
  entrypoint: printMessageLib.templates.printMessage,
  arguments: { message: 'hello world' },
});
