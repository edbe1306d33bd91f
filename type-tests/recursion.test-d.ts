import { expectError, expectType } from 'tsd';
import { dag, param, steps, type Ref, type Template } from '../src/index.js';
import { randomInt } from './fixtures.js';

// `self` has the template's own type: its arguments and outputs are checked like any call's.
steps('loop', { inputs: { n: param.number() }, outputs: { last: param.number() } }, (s, i, self) => {
  expectType<Template<{ readonly n: number }, { readonly last: number }>>(self);
  const again = s.step('again', self, { n: i.n });
  expectType<Ref<number>>(again.out.last);
  expectError(s.step('missing', self, {}));
  expectError(s.step('wrong', self, { n: 'one' }));
});

dag('d', (d, _, self) => {
  expectType<Template<{}, {}>>(self);
  d.task('again', self, {});
  expectError(d.task('extra', self, { n: d.task('r', randomInt, {}).out.result }));
});

// A dag or steps template may declare an output parameter named `result` (it has no stdout).
steps('r', { outputs: { result: param.number() } }, (s) => {
  s.outputs({ result: s.step('r', randomInt, {}).out.result });
});
