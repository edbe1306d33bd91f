import { container, workflow } from 'tiphys';

const pdbcreate = container({ name: 'pdbcreate', image: 'busybox', command: ['sh', '-c'], args: ['sleep 10'] });

export default workflow({
  generateName: 'default-pdb-support-',
  entrypoint: pdbcreate,
  serviceAccountName: 'default',
  // An arbitrarily big number when it is not known how many pods the workflow creates.
  podDisruptionBudget: { minAvailable: 9999 },
});
