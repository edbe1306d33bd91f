import { containerSet, dag, param, script, workflow } from 'tiphys';

// The stdout `result` of a container set is its container named `main`'s.
const group = containerSet({
  name: 'group',
  result: param.string(),
  containers: (c) => {
    c.container('main', { image: 'python:alpine3.23', command: ['python', '-c'], args: ['print("hi")\n'] });
  },
});

const verify = script({
  name: 'verify',
  inputs: { x: param.string() },
  image: 'python:alpine3.23',
  command: ['python'],
  source: (i) => `assert "${i.x}" == "hi"\n`,
});

export default workflow({
  generateName: 'outputs-result-',
  annotations: {
    'workflows.argoproj.io/description':
      'This workflow demonstrates collecting outputs (specifically the stdout result) from a pod.\n\nSpecifially, you must have a container named "main".\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: dag('main', (d) => {
    const a = d.task('a', group, {});
    d.task('b', verify, { x: a.out.result });
  }),
});
