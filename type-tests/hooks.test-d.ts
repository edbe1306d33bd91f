import { expectError, expectType } from 'tsd';
import { artifact, container, dag, expression, hook, param, steps, wf, workflow, type Ref } from '../src/index.js';
import { echo, randomInt } from './fixtures.js';

// Workflow-level hooks take templates and hook(...) values, typed like a call's; no raw template names.
workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: randomInt } });
workflow({
  generateName: 'x-',
  entrypoint: randomInt,
  hooks: { running: hook({ template: echo, arguments: { message: 'up' }, expression: expression<boolean>`${wf.status} == "Running"` }) },
});
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: { template: 'http' } } }));
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { running: hook({ template: echo, arguments: {} }) } }));

// A call's hooks as a function of its own handle: its outputs typed as any argument, parameters and artifacts.
const produce = container({
  name: 'produce',
  image: 'b',
  command: ['x'],
  outputs: { n: param.number({ path: '/n' }), result: param.string({ path: '/r' }), file: artifact({ path: '/f' }) },
});
const takesFile = container({ name: 'takes-file', image: 'b', inputs: { file: artifact({ path: '/in' }) }, command: ['x'] });
steps('own', (s) => {
  const a = s.step('a', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.result } }) }) });
  expectType<Ref<string>>(a.out.result);
  s.step('b', produce, {}, { hooks: (self) => ({ exit: hook({ template: takesFile, arguments: { file: self.out.file } }) }) });
  expectError(s.step('c', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.n } }) }) }));
  expectError(s.step('d', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: {} }) }) }));
  expectError(s.step('e', produce, {}, { hooks: (self) => ({ exit: echo }) }));
  expectError(s.step('f', produce, {}, { hooks: (self) => ({ exit: hook({ template: takesFile, arguments: { file: self.out.n } }) }) }));
});
dag('own-dag', (d) => {
  d.task('a', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.result } }) }) });
  expectError(d.task('b', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.n } }) }) }));
});

// An output parameter named `result` is out.result, unless the template's stdout is (the `result` option).
expectError(container({ name: 'both', image: 'b', command: ['x'], result: param.number(), outputs: { result: param.string({ path: '/r' }) } }));
