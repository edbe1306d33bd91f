import { expectType } from 'tsd';
import { pipe } from 'fp-ts/lib/function.js';
import { par, seq, step, withRetry, type Parallel, type Sequence, type Step, type Template } from '../src/index.js';
import { double, echo, randomInt } from './fixtures.js';

// Rule 6: withRetry keeps <I, O> exactly, data-first and data-last.
expectType<typeof double>(withRetry(double, { limit: 3 }));
expectType<Template<{ readonly n: number; readonly note?: string }, { readonly doubled: number }>>(
  pipe(double, withRetry({ limit: 3, retryPolicy: 'OnError' })),
);
expectType<typeof randomInt>(pipe(randomInt, withRetry({ limit: 2 })));

// Rule 6: seq and par keep every step's types exactly.
const g = step('g', randomInt, {});
const a = step('a', double, { n: g.out.result });
const b = step('b', echo, { message: 'b' });
const group = par(a, b);
expectType<Parallel<readonly [Step<{ readonly doubled: number }>, Step<{}>]>>(group);
const all = seq(g, group);
expectType<Sequence<readonly [Step<{ readonly result: number }>, typeof group]>>(all);
expectType<Step<{ readonly doubled: number }>>(all.items[1].steps[0]);
