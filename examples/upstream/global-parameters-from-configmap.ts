import { container, globals, param, workflow } from 'tiphys';

const g = globals({ message: param.string({ configMapKeyRef: { name: 'simple-parameters', key: 'msg' } }) });

const printMessage = container({ name: 'print-message', image: 'busybox', command: ['echo'], args: [`${g.message}`] });

export default workflow({
  generateName: 'global-parameter-values-from-configmap-',
  annotations: {
    'workflows.argoproj.io/description':
      'This example demonstrates loading global parameter values from a ConfigMap.\nNote that the "simple-parameters" ConfigMap (defined in `examples/configmaps/simple-parameters-configmap.yaml`) needs to be created first before submitting this workflow.\n',
  },
  entrypoint: printMessage,
  arguments: g,
});
