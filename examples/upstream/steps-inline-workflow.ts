import { container, steps, workflow } from 'tiphys';

// Rendered inside the step (`inline`), so it needs no name of its own in the workflow.
const argosay = container({ name: 'a', image: 'argoproj/argosay:v2' });

export default workflow({
  generateName: 'steps-inline-',
  annotations: {
    'workflows.argoproj.io/description': 'This workflow demonstrates running a steps with inline templates.\n',
    'workflows.argoproj.io/version': '>= 3.2.0',
  },
  entrypoint: steps('main', (s) => {
    s.step('a', argosay, {}, { inline: true });
  }),
});
