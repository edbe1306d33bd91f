import { containerSet, workflow } from 'tiphys';

export default workflow({
  generateName: 'sequence-',
  annotations: {
    'workflows.argoproj.io/description': 'This workflow demonstrates running a sequence of containers within a single pod.\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: containerSet({
    name: 'main',
    containers: (c) => {
      const a = c.container('a', { image: 'argoproj/argosay:v2' });
      const b = c.container('b', { image: 'argoproj/argosay:v2', dependencies: [a] });
      c.container('c', { image: 'argoproj/argosay:v2', dependencies: [b] });
    },
  }),
});
