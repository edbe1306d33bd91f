import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  generateName: 'synchronization-wf-level-',
  entrypoint: helloWorld,
  // One workflow holding the mutex `test` at a time.
  synchronization: { mutexes: [{ name: 'test' }] },
});
