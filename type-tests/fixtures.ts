import { container, param } from '../src/index.js';

export { echo, randomInt } from '../test/support/templates.js';

export const double = container({
  name: 'double',
  image: 'busybox',
  inputs: { n: param.number(), note: param.string({ default: 'x' }) },
  outputs: { doubled: param.number({ path: '/tmp/out' }) },
  command: ['sh', '-c'],
  args: (i) => [`echo $((${i.n} * 2)) > /tmp/out`],
});

export const pick = container({
  name: 'pick',
  image: 'busybox',
  inputs: { side: param.enum('heads', 'tails'), flag: param.boolean() },
  command: ['true'],
});
