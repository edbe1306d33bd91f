import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  generateName: 'title-and-description-with-markdown-',
  labels: { 'workflows.argoproj.io/archive-strategy': 'false' },
  annotations: {
    // The UI shows the title (metadata.name without it) and the description, both markdown.
    'workflows.argoproj.io/title': '**Test Title**',
    'workflows.argoproj.io/description':
      '`This is a simple hello world example.`\nThis is an embedded link to the docs: https://argo-workflows.readthedocs.io/en/latest/title-and-description/\n',
  },
  entrypoint: helloWorld,
});
