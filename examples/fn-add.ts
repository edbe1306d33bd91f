import * as t from 'io-ts';
import { dag, fn, param, workflow } from 'tiphys';
import { printMessage } from './lib/print-message.js';

/** Steps written as TypeScript functions: each renders a `script` run by `node`. */
const add = fn(
  {
    name: 'add',
    image: 'node:20-alpine',
    inputs: { a: param.number(), b: param.number({ default: 1 }) },
    outputs: { sum: param.number() },
  },
  ({ a, b }) => ({ sum: a + b }),
);

const Stats = t.type({ count: t.number, mean: t.number });

const stats = fn(
  {
    name: 'stats',
    image: 'node:20-alpine',
    inputs: { values: param.json(t.array(t.number)) },
    outputs: { stats: param.json(Stats), summary: param.string() },
  },
  async ({ values }) => {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return { stats: { count: values.length, mean }, summary: `${values.length} values, mean ${mean}` };
  },
);

export const sumThenStats = dag('sum-then-stats', (d) => {
  const first = d.task('first', add, { a: 2, b: 3 });
  const second = d.task('second', add, { a: first.out.sum });
  const s = d.task('stats', stats, { values: [1, 2, 3, 4] });
  d.task('print', printMessage, { message: `${second.out.sum}; ${s.out.summary}` });
});

export default workflow({ generateName: 'fn-add-', entrypoint: sumThenStats });
