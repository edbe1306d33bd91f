import { container, dag, globals, param, workflow } from 'tiphys';

// Like make targets: only the targets and the tasks they depend on run. With target E: A, C and E.
const g = globals({ target: param.string({ default: 'E' }) });

const echo = container({
  name: 'echo',
  inputs: { message: param.string() },
  image: 'busybox',
  command: (i) => ['echo', `${i.message}`],
});

const dagTarget = dag('dag-target', (d) => {
  const A = d.task('A', echo, { message: 'A' });
  const B = d.task('B', echo, { message: 'B' }, { after: [A] });
  const C = d.task('C', echo, { message: 'C' }, { after: [A] });
  d.task('D', echo, { message: 'D' }, { after: [B, C] });
  d.task('E', echo, { message: 'E' }, { after: [C] });
  // Space-separated task names, given at submit time: `argo submit dag-targets.yaml -p target="B E"`.
  d.target(g.target);
});

export default workflow({ generateName: 'dag-target-', entrypoint: dagTarget, arguments: g });
