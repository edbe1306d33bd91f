import { and, dag, workflow } from 'tiphys';
import { helloWorld, intentionalFail } from '../lib/hello-and-fail.js';

const main = dag('workflow', (d) => {
  const A = d.task('A', helloWorld, {});
  const B = d.task('B', intentionalFail, {}, { after: [A] });
  const C = d.task('C', helloWorld, {}, { after: [A] });
  d.task('D', helloWorld, {}, { depends: and(B.failed, C) });
  const E = d.task('E', intentionalFail, {}, { after: [A] });
  const F = d.task('F', helloWorld, {}, { after: [A] });
  d.task('G', helloWorld, {}, { after: [E, F] });
});

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  generateName: 'dag-contiue-on-fail-',
  entrypoint: main,
});
