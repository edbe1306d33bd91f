import { workflow } from 'tiphys';
import { helloWorld } from '../lib/hello-and-fail.js';

export default workflow({
  generateName: 'pod-resources-',
  entrypoint: helloWorld,
  // The resources of the whole pod, shared by its containers.
  podResources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '1', memory: '512Mi' } },
});
