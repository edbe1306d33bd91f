import { workflow } from 'tiphys';
import { submittable } from './templates.js';

export default workflow({ generateName: 'workflow-template-hello-world-', workflowTemplateRef: submittable });
