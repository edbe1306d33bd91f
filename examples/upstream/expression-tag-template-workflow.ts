import { container, dag, expression, param, wf, workflow } from 'tiphys';

const pod0 = container({
  name: 'pod-0',
  image: 'argoproj/argosay:v2',
  inputs: { foo: param.string() },
  outputs: { output: param.string({ path: '/output' }) },
  args: (i) => [
    'echo',
    `hello ${expression`asInt(${i.foo}) * 10`} @ ${expression`sprig.date('2006', ${wf.creationTimestamp})`}\n`,
    '/output',
  ],
});

const main = dag('main', (d) => {
  // The list to loop over is computed by an expression: [3].
  d.task('task-0', pod0, (item) => ({ foo: expression`${item}` }), {
    withParam: expression<ReadonlyArray<number>>`toJson(filter(${[1, 3]}, {# > 1}))`,
  });
});

export default workflow({
  generateName: 'expression-tag-template-',
  annotations: { 'workflows.argoproj.io/version': '>= 3.1.0' },
  entrypoint: main,
});
