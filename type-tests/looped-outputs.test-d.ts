import { expectError, expectType } from 'tsd';
import { dag, steps, type Ref } from '../src/index.js';
import { double, echo, randomInt } from './fixtures.js';

// `$all` of a looped call: every iteration's output parameters, each value the string Argo writes.
dag('all', (d) => {
  const fan = d.task('fan', double, (n) => ({ n }), { withItems: [1, 2] });
  expectType<Ref<ReadonlyArray<{ readonly doubled: string }>>>(fan.out.$all);
  d.task('each', echo, (o) => ({ message: o.doubled }), { withParam: fan.out.$all });
  // A field no iteration has.
  expectError(d.task('bad', echo, (o) => ({ message: o.nope }), { withParam: fan.out.$all }));
  // A list is no number.
  expectError(d.task('num', double, { n: fan.out.$all }));
  // The result is no output parameter.
  const rolls = d.task('rolls', randomInt, {}, { withSequence: { count: 2 } });
  expectType<Ref<ReadonlyArray<{}>>>(rolls.out.$all);
  // A call that does not loop has none.
  const one = d.task('one', double, { n: 1 });
  expectError(one.out.$all);
});

steps('all-steps', (s) => {
  const fan = s.step('fan', double, (n) => ({ n }), { withItems: [1, 2] });
  expectType<Ref<ReadonlyArray<{ readonly doubled: string }>>>(fan.out.$all);
});

// The item exists only in a loop: arguments as a function of it, on a call without withItems, withParam or withSequence.
dag('unlooped', (d) => {
  expectError(d.task('x', echo, (i: string) => ({ message: i })));
  expectError(d.task('y', double, (n: number) => ({ n }), { after: [] }));
});
steps('unlooped-steps', (s) => {
  expectError(s.step('x', echo, (i: string) => ({ message: i })));
});
