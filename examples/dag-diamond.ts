import { container, dag, param, workflow } from 'tiphys';

const echo = container({
  name: 'echo',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['echo', i.message],
});

export const diamond = dag('diamond', (d) => {
  const A = d.task('A', echo, { message: 'A' });
  const B = d.task('B', echo, { message: 'B' }, { after: [A] });
  const C = d.task('C', echo, { message: 'C' }, { after: [A] });
  d.task('D', echo, { message: 'D' }, { after: [B, C] });
});

export default workflow({ generateName: 'dag-diamond-', entrypoint: diamond });
