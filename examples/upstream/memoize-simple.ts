import { container, param, workflow } from 'tiphys';

export default workflow({
  generateName: 'memoized-',
  entrypoint: container({
    name: 'world-to-file',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['echo world > /tmp/hello_world.txt'],
    outputs: { hello: param.string({ path: '/tmp/hello_world.txt' }) },
    // A second run within 10 s reads the outputs from the cache instead of running.
    memoize: { key: 'cache-key', maxAge: '10s', cache: { configMap: { name: 'cache-config' } } },
  }),
});
