import { containerSet, workflow } from 'tiphys';

export default workflow({
  generateName: 'parallel-',
  annotations: {
    'workflows.argoproj.io/description': 'This workflow demonstrates running parallel containers within a single pod.\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: containerSet({
    name: 'main',
    containers: (c) => {
      c.container('a', { image: 'argoproj/argosay:v2' });
      c.container('b', { image: 'argoproj/argosay:v2' });
    },
  }),
});
