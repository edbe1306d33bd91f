import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  generateName: 'synchronization-db-wf-level-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: helloWorld,
  // One workflow at a time in the namespace holds the mutex, kept in the database.
  synchronization: { mutexes: [{ name: 'test', database: true }] },
});
