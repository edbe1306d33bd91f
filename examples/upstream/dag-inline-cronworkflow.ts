import { cronWorkflow } from 'tiphys';
import dagInline from './dag-inline-workflowtemplate.js';

export default cronWorkflow({
  name: 'dag-inline',
  annotations: {
    'workflows.argoproj.io/description': 'This example demonstrates running cron workflow that has a DAG with inline templates.\n',
    'workflows.argoproj.io/version': '>= 3.2.0',
  },
  schedules: ['*/5 * * * *'],
  workflow: { workflowTemplateRef: dagInline },
});
