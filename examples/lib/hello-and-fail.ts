import { container } from 'tiphys';

/** The pair of templates upstream's continue-on-fail examples share: one passes, one fails. */
export const helloWorld = container({ name: 'hello-world', image: 'busybox', command: ['echo'], args: ['hello world'] });

export const intentionalFail = container({
  name: 'intentional-fail',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo intentional failure; exit 1'],
});
