import { dag, workflow } from 'tiphys';
import { printMessage } from '../lib/print-message.js';

const loopsDag = dag('loops-dag', (d) => {
  const A = d.task('A', printMessage, { message: 'A' });
  const B = d.task('B', printMessage, (item) => ({ message: item }), { withItems: ['foo', 'bar', 'baz'], after: [A] });
  d.task('C', printMessage, { message: 'C' }, { after: [B] });
});

export default workflow({
  generateName: 'loops-dag-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: loopsDag,
});
