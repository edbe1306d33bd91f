import { container, param, script } from '../../src/index.js';

export const echo = container({
  name: 'echo',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['echo', i.message],
});

export const randomInt = script({
  name: 'gen-random-int',
  image: 'python:alpine3.6',
  command: ['python'],
  source: 'import random\nprint(random.randint(1, 100))',
  result: param.number(),
});

export const double = container({
  name: 'double',
  image: 'busybox',
  inputs: { n: param.number() },
  outputs: { doubled: param.number({ path: '/tmp/out' }) },
  command: ['sh', '-c'],
  args: (i) => [`echo $((${i.n} * 2)) > /tmp/out`],
});

/** Messages of the problems a failing compile reports. */
export const messages = (problems: ReadonlyArray<{ readonly message: string }>): ReadonlyArray<string> =>
  problems.map((p) => p.message);
