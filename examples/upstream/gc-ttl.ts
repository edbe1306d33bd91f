import { container, workflow } from 'tiphys';

const helloWorld = container({ name: 'hello-world', image: 'busybox', command: ['echo'], args: ['hello world'] });

export default workflow({
  generateName: 'gc-ttl-',
  ttlStrategy: { secondsAfterCompletion: 10, secondsAfterSuccess: 5, secondsAfterFailure: 5 },
  entrypoint: helloWorld,
});
