import { container, steps, workflow } from 'tiphys';
import { helloWin } from '../lib/hello-win.js';

const helloLinux = container({
  name: 'hello-linux',
  nodeSelector: { 'kubernetes.io/os': 'linux' },
  image: 'alpine',
  command: ['echo'],
  args: ['Hello from Linux Container!'],
});

/** One step on a Windows node, then one on a Linux node of the same cluster. */
const mytemplate = steps('mytemplate', (s) => {
  s.step('step1', helloWin, {});
  s.step('step2', helloLinux, {});
});

export default workflow({
  generateName: 'hello-hybrid-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: mytemplate,
});
