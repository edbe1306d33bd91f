import { container, globals, param, workflow } from 'tiphys';

const g = globals({ 'cpu-limit': param.string({ default: '100m' }), 'mem-limit': param.string({ default: '100Mi' }) });

const helloWorld = container({
  name: 'hello-world',
  image: 'busybox',
  command: ['echo'],
  args: ['hello world'],
  podSpecPatch: { containers: [{ name: 'main', resources: { limits: { cpu: g['cpu-limit'] } } }] },
});

export default workflow({
  generateName: 'pod-spec-patch-',
  entrypoint: helloWorld,
  arguments: g,
  podSpecPatch: `containers:\n  - name: main\n    resources:\n      limits:\n        memory: "${g['mem-limit']}"\n`,
});
