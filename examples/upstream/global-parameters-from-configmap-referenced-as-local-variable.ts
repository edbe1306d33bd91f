import { container, globals, param, workflow } from 'tiphys';

// A global read from a ConfigMap, and an input of the same name: Argo fills the entrypoint's input from it.
const g = globals({ message: param.string({ configMapKeyRef: { name: 'simple-parameters', key: 'msg' } }) });

const printMessage = container({
  name: 'print-message',
  inputs: { message: param.string() },
  image: 'busybox',
  command: ['echo'],
  args: (i) => [`${i.message}`],
});

export default workflow({
  generateName: 'global-parameter-from-configmap-referenced-as-local-variable-',
  annotations: {
    'workflows.argoproj.io/description':
      'This example demonstrates how a global parameter from a ConfigMap can be referenced as a template local variable.\nNote that the "simple-parameters" ConfigMap (defined in `examples/configmaps/simple-parameters-configmap.yaml`) needs to be created first before submitting this workflow.\n',
  },
  entrypoint: printMessage,
  arguments: g,
});
