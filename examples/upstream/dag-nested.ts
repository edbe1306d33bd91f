import { container, dag, param, workflow } from 'tiphys';

const echo = container({
  name: 'echo',
  inputs: { message: param.string() },
  image: 'busybox',
  command: (i) => ['echo', i.message],
});

// The same diamond shape at both levels: each outer task runs a whole inner diamond.
const nestedDiamond = dag('nested-diamond', { inputs: { message: param.string() } }, (d, i) => {
  const A = d.task('A', echo, { message: `${i.message}A` });
  const B = d.task('B', echo, { message: `${i.message}B` }, { after: [A] });
  const C = d.task('C', echo, { message: `${i.message}C` }, { after: [A] });
  d.task('D', echo, { message: `${i.message}D` }, { after: [B, C] });
});

const diamond = dag('diamond', (d) => {
  const A = d.task('A', nestedDiamond, { message: 'A' });
  const B = d.task('B', nestedDiamond, { message: 'B' }, { after: [A] });
  const C = d.task('C', nestedDiamond, { message: 'C' }, { after: [A] });
  d.task('D', nestedDiamond, { message: 'D' }, { after: [B, C] });
});

export default workflow({
  generateName: 'dag-nested-',
  labels: { 'workflows.argoproj.io/no-test': 'flaky' },
  entrypoint: diamond,
});
