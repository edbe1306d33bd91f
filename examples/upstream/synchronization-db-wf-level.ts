import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  generateName: 'synchronization-db-wf-level-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: helloWorld,
  // Its limit is a row of the database: INSERT INTO sync_limit (name, sizeLimit) VALUES ('<namespace>/workflow', 2);
  synchronization: { semaphores: [{ database: { key: 'workflow' } }] },
});
