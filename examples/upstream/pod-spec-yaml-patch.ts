import { container, globals, param, workflow } from 'tiphys';

const g = globals({ 'mem-limit': param.string({ default: '100Mi' }) });

const helloWorld = container({ name: 'hello-world', image: 'busybox', command: ['echo'], args: ['hello world'] });

export default workflow({
  generateName: 'pod-spec-patch-',
  entrypoint: helloWorld,
  arguments: g,
  // The workflow-level patch is Argo's text (the model types it as a string).
  podSpecPatch: `containers:\n  - name: main\n    resources:\n      limits:\n        memory: "${g['mem-limit']}"\n`,
});
