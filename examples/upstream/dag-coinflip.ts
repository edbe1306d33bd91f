import { dag, workflow } from 'tiphys';
import { coinflipRecursive } from '../lib/coin.js';

const diamond = dag('diamond', (d) => {
  const A = d.task('A', coinflipRecursive, {});
  const B = d.task('B', coinflipRecursive, {}, { after: [A] });
  const C = d.task('C', coinflipRecursive, {}, { after: [A] });
  d.task('D', coinflipRecursive, {}, { after: [B, C] });
});

export default workflow({
  generateName: 'dag-diamond-coinflip-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  annotations: { 'workflows.argoproj.io/description': 'This is an example of coin flip defined as a DAG.\n' },
  entrypoint: diamond,
});
