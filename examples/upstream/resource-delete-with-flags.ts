import { param, resource, steps, workflow } from 'tiphys';

const createConfigmap = resource({
  name: 'create-configmap',
  action: 'create',
  manifest: {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'resource-delete-with-flags', labels: { cleanup: 'true' } },
    data: { key: 'value' },
  },
});

const deleteResource = resource({
  name: 'delete-resource',
  inputs: { selector: param.string() },
  action: 'delete',
  flags: (i) => ['configmap', '--selector', i.selector],
});

export default workflow({
  generateName: 'resource-delete-with-flags-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('main', (s) => {
    s.step('submit-resource', createConfigmap, {});
    s.step('delete-resource', deleteResource, { selector: 'cleanup=true' });
  }),
});
