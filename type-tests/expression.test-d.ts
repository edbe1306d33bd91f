import { expectError, expectType } from 'tsd';
import { container, dag, expression, hook, lastRetry, param, steps, withRetry, type Expression, type Ref } from '../src/index.js';
import { double, echo, randomInt } from './fixtures.js';

// The result type is the type argument; text by default.
expectType<Expression<string>>(expression`x`);
expectType<Expression<number>>(expression<number>`1 + 1`);
// Refs and literals splice in; other values do not.
expectError(expression`${{ a: 1 }}`);
expectError(expression`${undefined}`);

dag('expr', (d) => {
  const r = d.task('r', randomInt, {});
  d.task('typed', double, { n: expression<number>`asInt(${r.out.result}) + 1` });
  // A text expression is no number.
  expectError(d.task('text', double, { n: expression`${r.out.result}` }));
  d.task('when', echo, { message: 'm' }, { when: expression<boolean>`${r.out.result} > 1` });
  // A condition is boolean.
  expectError(d.task('whenNumber', echo, { message: 'm' }, { when: expression<number>`${r.out.result}` }));
  d.task('loop', double, (n) => ({ n }), { withParam: expression<ReadonlyArray<number>>`toJson([1, 2])` });
});

steps('outputs', { outputs: { n: param.number() } }, (s) => {
  const r = s.step('r', randomInt, {});
  s.outputs({ n: expression<number>`${r.out.result} ?? 0` });
  expectError(s.outputs({ n: expression`${r.out.result}` }));
});

// retryStrategy.expression and hook expressions are boolean; lastRetry's fields are refs.
expectType<Ref<string>>(lastRetry.exitCode);
withRetry(echo, { expression: expression<boolean>`asInt(${lastRetry.exitCode}) > 1` });
expectError(withRetry(echo, { expression: expression<number>`asInt(${lastRetry.exitCode})` }));
container({
  name: 'c',
  image: 'b',
  inputs: { safe: param.boolean() },
  command: ['x'],
  retryStrategy: (i) => ({ expression: expression<boolean>`${i.safe}` }),
});
hook({ template: echo, arguments: { message: 'm' }, expression: expression<boolean>`true` });
expectError(hook({ template: echo, arguments: { message: 'm' }, expression: expression`x` }));
