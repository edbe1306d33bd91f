import { container, dag, param, steps, workflow } from 'tiphys';

const echo = container({
  name: 'echo',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['echo', i.message],
});

const echoThrice = steps('echo-thrice', { inputs: { message: param.string() } }, (s, i) => {
  s.step('echo', echo, (item) => ({ message: `${i.message}${item}` }), { withItems: [1, 2, 3] });
});

const diamond = dag('diamond', (d) => {
  const A = d.task('A', echoThrice, { message: 'A' });
  const B = d.task('B', echoThrice, { message: 'B' }, { after: [A] });
  const C = d.task('C', echoThrice, { message: 'C' }, { after: [A] });
  d.task('D', echoThrice, { message: 'D' }, { after: [B, C] });
});

export default workflow({ generateName: 'dag-diamond-steps-', entrypoint: diamond });
