import { expectError, expectType } from 'tsd';
import { container, dag, param, steps, type Template } from '../src/index.js';
import { echo, randomInt } from './fixtures.js';

// An input with a fixed value is optional for callers, like one with a default.
const fixed = container({ name: 'fixed', image: 'b', inputs: { a: param.string({ value: 'x' }), n: param.number() }, command: ['x'] });
expectType<Template<{ readonly n: number; readonly a?: string }, {}>>(fixed);
// The value has the parameter's type.
expectError(param.number({ value: 'three' }));

dag('calls', (d) => {
  const r = d.task('r', randomInt, {});
  d.task('ok', fixed, { n: 1 });
  d.task('override', fixed, { n: 1, a: 'y' });
  expectError(d.task('missing', fixed, {}));
  // A plain undeclared argument stays a compile error; extraArgs takes strings or Ref<string>s.
  expectError(d.task('plain', echo, { message: 'm', extra: 'x' }));
  d.task('extra', echo, { message: 'm' }, { extraArgs: { extra: 'x' } });
  expectError(d.task('extraNumber', echo, { message: 'm' }, { extraArgs: { n: r.out.result } }));
  d.task('inline', echo, { message: 'm' }, { inline: true });
  expectError(d.task('inlineFalse', echo, { message: 'm' }, { inline: false }));
});

steps('calls', (s) => {
  s.step('extra', echo, { message: 'm' }, { extraArgs: { extra: 'x' }, inline: true });
});
