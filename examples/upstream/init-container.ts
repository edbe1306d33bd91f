import { container, workflow } from 'tiphys';

export default workflow({
  generateName: 'init-container-',
  patch: { volumes: [{ name: 'foo', emptyDir: {} }] },
  entrypoint: container({
    name: 'init-container-example',
    image: 'alpine:3.23',
    command: ['echo', 'bye'],
    volumeMounts: [{ name: 'foo', mountPath: '/foo' }],
    initContainers: [{ name: 'hello', image: 'alpine:3.23', command: ['echo', 'hello'], mirrorVolumeMounts: true }],
  }),
});
