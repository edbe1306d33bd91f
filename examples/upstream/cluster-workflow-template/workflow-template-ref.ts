import { workflow } from 'tiphys';
import { submittable } from './clustertemplates.js';

export default workflow({ generateName: 'cluster-workflow-template-hello-world-', workflowTemplateRef: submittable });
