import { expectError, expectType } from 'tsd';
import { dag, param, steps, type Ref, type TaskHandle, type Template } from '../src/index.js';
import { double, echo, pick, randomInt } from './fixtures.js';

// Template<I, O> carries the declared types.
expectType<Template<{ readonly message: string }, {}>>(echo);
expectType<Template<{}, { readonly result: number }>>(randomInt);
expectType<Template<{ readonly n: number; readonly note?: string }, { readonly doubled: number }>>(double);

dag('rules', (d) => {
  const r = d.task('r', randomInt, {});
  expectType<Ref<number>>(r.out.result);
  const x = d.task('x', double, { n: r.out.result });
  expectType<TaskHandle<{ readonly doubled: number }, 'rules'>>(x);
  expectType<Ref<number>>(x.out.doubled);

  // Rule 1: a Ref<number> handed to a string input does not compile, nor any other mismatched pair.
  expectError(d.task('e1', echo, { message: r.out.result }));
  expectError(d.task('e2', double, { n: 'three' }));
  expectError(d.task('e3', double, { n: r.out.result, note: x.out.doubled }));
  expectError(d.task('e4', pick, { side: 'edge', flag: true }));
  expectError(d.task('e5', pick, { side: 'heads', flag: 'yes' }));
  const s = d.task('s', echo, { message: 'plain' });
  expectError(d.task('e6', double, { n: s.out }));
  // Accepted: literals, refs of the right type, template strings with refs in them.
  d.task('ok1', echo, { message: `value is ${r.out.result}` });
  d.task('ok2', pick, { side: 'tails', flag: false });

  // Rule 2: a missing required input does not compile; an input with a default may be omitted.
  expectError(d.task('m1', echo, {}));
  expectError(d.task('m2', double, { note: 'n is missing' }));
  d.task('m3', double, { n: 1 });

  // Rule 3: an argument name the template does not declare does not compile.
  expectError(d.task('u1', echo, { message: 'hi', mesage: 'typo' }));
  expectError(d.task('u2', randomInt, { seed: 1 }));

  // Rule 4: undeclared outputs, and `result` where none was declared, do not compile.
  expectError(x.out.nope);
  expectError(x.out.result);
  expectError(s.out.result);
});

// Rule 4: an output parameter named `result` is what out.result reads; next to the `result` option (stdout) it does not compile.
import { container } from '../src/index.js';
const declaresResult = container({ name: 'declared', image: 'busybox', outputs: { result: param.string({ path: '/tmp/r' }) } });
steps('declared-result', (s) => void expectType<Ref<string>>(s.step('d', declaresResult, {}).out.result));
expectError(
  container({
    name: 'bad',
    image: 'busybox',
    result: param.number(),
    outputs: { result: param.string({ path: '/tmp/r' }) },
  }),
);

// Dag outputs are declared up front and set with a ref of the declared type.
const sum = dag('sum', { inputs: { n: param.number() }, outputs: { total: param.number() } }, (d, i) => {
  expectType<Ref<number>>(i.n);
  const x = d.task('x', double, { n: i.n });
  expectError(d.outputs({ total: d.task('t', echo, { message: 'm' }).out }));
  expectError(d.outputs({}));
  d.outputs({ total: x.out.doubled });
});
expectType<Template<{ readonly n: number }, { readonly total: number }>>(sum);

// Steps: the same rules through the builder.
steps('st', (s) => {
  const g = s.step('g', randomInt, {});
  expectError(s.step('p', echo, { message: g.out.result }));
  s.parallel((p) => {
    p.step('a', double, { n: g.out.result });
    expectError(p.step('b', double, {}));
  });
});

// Workflow arguments are checked against the entrypoint's inputs.
import { workflow } from '../src/index.js';
workflow({ generateName: 'ok-', entrypoint: double, arguments: { n: 2 } });
expectError(workflow({ generateName: 'bad-', entrypoint: double, arguments: { n: 'two' } }));
expectError(workflow({ generateName: 'bad-', entrypoint: double, arguments: { m: 2 } }));
