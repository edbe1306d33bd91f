import { and, container, dag, or, workflow } from 'tiphys';

const exitWith = (name: string, code: number) =>
  container({ name, image: 'busybox', command: ['sh', '-c', `exit ${code}`] });
const pass = exitWith('pass', 0);
const fail = exitWith('fail', 1);

const diamond = dag('diamond', (d) => {
  const A = d.task('A', pass, {});
  const B = d.task('B', pass, {}, { after: [A] });
  const C = d.task('C', fail, {}, { after: [A] });
  d.task('should-execute-1', pass, {}, { depends: and(A, or(C.succeeded, C.failed)) });
  const two = d.task('should-execute-2', pass, {}, { depends: or(B, C) });
  const not = d.task('should-not-execute', pass, {}, { depends: and(B, C) });
  d.task('should-execute-3', pass, {}, { depends: or(two.succeeded, not) });
});

export default workflow({ generateName: 'dag-diamond-', entrypoint: diamond });
