import { container, param, workflow } from 'tiphys';

// The input has no default: Argo reads its value from the ConfigMap key when the template runs.
const printMessageFromConfigmap = container({
  name: 'print-message-from-configmap',
  inputs: { message: param.string({ configMapKeyRef: { name: 'simple-parameters', key: 'msg' } }) },
  image: 'busybox',
  command: ['echo'],
  args: (i) => [`${i.message}`],
});

export default workflow({
  generateName: 'arguments-parameters-from-configmap-',
  annotations: {
    'workflows.argoproj.io/description':
      'This example demonstrates loading parameter values from a ConfigMap.\nNote that the "simple-parameters" ConfigMap (defined in `examples/configmaps/simple-parameters-configmap.yaml`) needs to be created first before submitting this workflow.\n',
    'workflows.argoproj.io/verify.py': 'assert status["phase"] == "Succeeded"\n',
  },
  entrypoint: printMessageFromConfigmap,
});
