import { container, dag, workflowTemplate } from 'tiphys';

// Rendered inside the task (`inline`), so it needs no name of its own in the WorkflowTemplate.
const argosay = container({ name: 'a', image: 'argoproj/argosay:v2' });

export default workflowTemplate({
  name: 'dag-inline',
  annotations: {
    'workflows.argoproj.io/description': 'This example demonstrates running a DAG with inline templates.\n',
    'workflows.argoproj.io/version': '>= 3.2.0',
  },
  entrypoint: dag('main', (d) => {
    d.task('a', argosay, {}, { inline: true });
  }),
  templates: {},
});
