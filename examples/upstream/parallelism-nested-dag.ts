import { container, dag, param, workflow } from 'tiphys';

const oneJob = container({
  name: 'one-job',
  inputs: { msg: param.string() },
  image: 'alpine:3.23',
  command: ['/bin/sh', '-c'],
  args: (i) => [`echo ${i.msg}; sleep 10`],
});

const B = dag('B', { inputs: { msg: param.string() } }, (d, i) => {
  const c1 = d.task('c1', oneJob, { msg: `${i.msg} c1` });
  d.task('c2', oneJob, { msg: `${i.msg} c2` }, { after: [c1] });
  d.task('c3', oneJob, { msg: `${i.msg} c3` }, { after: [c1] });
});

// At most two of A's tasks (each a nested dag) run at once.
const A = dag('A', { parallelism: 2 }, (d) => {
  const b1 = d.task('b1', B, { msg: '1' });
  const rest = [2, 3, 4].map((n) => d.task(`b${n}`, B, { msg: String(n) }, { after: [b1] }));
  d.task('b5', B, { msg: '5' }, { after: rest });
});

export default workflow({
  generateName: 'parallelism-nested-dag-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: A,
});
