import { artifact, container, param, steps, workflow } from 'tiphys';

const generate = container({
  name: 'generate',
  image: 'busybox',
  command: ['sh', '-c'],
  args: [" echo hello world | tee /tmp/my-output-artifact.txt && echo 'my-output-parameter' > /tmp/my-output-parameter.txt "],
  outputs: {
    'out-parameter': param.string({ path: '/tmp/my-output-parameter.txt' }),
    'out-artifact': artifact({ path: '/tmp/my-output-artifact.txt' }),
  },
});

const consume = container({
  name: 'consume',
  inputs: { 'in-parameter': param.string(), 'in-artifact': artifact({ path: '/tmp/art' }) },
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: (i) => [` echo 'input parameter value: ${i['in-parameter']}' && echo 'input artifact contents:' && cat /tmp/art `],
});

const nestedWf = steps(
  'nested-wf',
  {
    inputs: { 'nested-in-parameter': param.string(), 'nested-in-artifact': artifact() },
    outputs: { 'nested-out-parameter': param.string(), 'nested-out-artifact': artifact() },
  },
  (s, i) => {
    s.parallel((p) => {
      p.step('consume', consume, { 'in-parameter': i['nested-in-parameter'], 'in-artifact': i['nested-in-artifact'] });
      const g = p.step('generate', generate, {});
      s.outputs({ 'nested-out-parameter': g.out['out-parameter'], 'nested-out-artifact': g.out['out-artifact'] });
    });
  },
);

export default workflow({
  generateName: 'nested-workflow-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('nested-workflow-example', (s) => {
    const g = s.step('generate', generate, {});
    const n = s.step('nested-wf', nestedWf, {
      'nested-in-parameter': g.out['out-parameter'],
      'nested-in-artifact': g.out['out-artifact'],
    });
    s.step('consume', consume, { 'in-parameter': n.out['nested-out-parameter'], 'in-artifact': n.out['nested-out-artifact'] });
  }),
});
