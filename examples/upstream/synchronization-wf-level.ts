import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  generateName: 'synchronization-wf-level-',
  entrypoint: helloWorld,
  // As many workflows at a time as key `workflow` of ConfigMap my-config says (e.g. data: { workflow: "3" }).
  synchronization: { semaphores: [{ configMapKeyRef: { name: 'my-config', key: 'workflow' } }] },
});
