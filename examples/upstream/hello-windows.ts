import { workflow } from 'tiphys';
import { helloWin } from '../lib/hello-win.js';

export default workflow({
  generateName: 'hello-windows-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: helloWin,
});
