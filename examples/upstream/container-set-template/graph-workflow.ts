import { containerSet, workflow } from 'tiphys';

export default workflow({
  generateName: 'graph-',
  annotations: {
    'workflows.argoproj.io/description': 'This workflow demonstrates running a graph of tasks within containers in a single pod.\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: containerSet({
    name: 'main',
    containers: (c) => {
      const a = c.container('a', { image: 'argoproj/argosay:v2' });
      const b = c.container('b', { image: 'argoproj/argosay:v2', dependencies: [a] });
      const cc = c.container('c', { image: 'argoproj/argosay:v2', dependencies: [a] });
      c.container('d', { image: 'argoproj/argosay:v2', dependencies: [b, cc] });
    },
  }),
});
