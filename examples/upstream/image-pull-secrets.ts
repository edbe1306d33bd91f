import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  generateName: 'hello-world-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: helloWorld,
  // The secret every pod pulls its image with.
  imagePullSecrets: [{ name: 'docker-registry-secret' }],
});
