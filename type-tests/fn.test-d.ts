import * as t from 'io-ts';
import { expectError, expectType } from 'tsd';
import { dag, fn, param, type Template } from '../src/index.js';

const add = fn(
  { name: 'add', image: 'node:20-alpine', inputs: { a: param.number(), b: param.number({ default: 1 }) }, outputs: { sum: param.number() } },
  ({ a, b }) => {
    // Inside the pod every input has its value: a default fills an omitted one.
    expectType<number>(a);
    expectType<number>(b);
    return { sum: a + b };
  },
);
// Callers may omit an input with a default.
expectType<Template<{ readonly a: number; readonly b?: number }, { readonly sum: number }>>(add);

// Async functions, json and enum parameters.
const Point = t.type({ x: t.number, y: t.number });
const move = fn(
  { name: 'move', image: 'node', inputs: { p: param.json(Point), dir: param.enum('left', 'right') }, outputs: { p: param.json(Point), moved: param.boolean() } },
  async ({ p, dir }) => {
    expectType<{ x: number; y: number }>(p);
    expectType<'left' | 'right'>(dir);
    return { p: { ...p, x: p.x + (dir === 'left' ? -1 : 1) }, moved: true };
  },
);
expectType<Template<{ readonly p: { x: number; y: number }; readonly dir: 'left' | 'right' }, { readonly p: { x: number; y: number }; readonly moved: boolean }>>(move);

// The function's return is checked against the outputs.
expectError(fn({ name: 'a', image: 'node', inputs: { a: param.number() }, outputs: { sum: param.number() } }, ({ a }) => ({ sum: String(a) })));
expectError(fn({ name: 'a', image: 'node', inputs: { a: param.number() }, outputs: { sum: param.number() } }, () => ({})));
expectError(fn({ name: 'a', image: 'node', inputs: { a: param.number() }, outputs: { sum: param.number() } }, async ({ a }) => ({ sum: `${a}` })));
// It reads only declared inputs.
expectError(fn({ name: 'a', image: 'node', inputs: { a: param.number() }, outputs: { sum: param.number() } }, ({ b }) => ({ sum: 1 })));
// tiphys writes the command, args, source and result itself; artifacts are no fn inputs.
expectError(fn({ name: 'a', image: 'node', command: ['python'] }, () => ({})));
expectError(fn({ name: 'a', image: 'node', source: 'x' }, () => ({})));
expectError(fn({ name: 'a', image: 'node', result: param.string() }, () => ({})));

// A fn template is called like any other, its outputs typed.
dag('d', (d) => {
  const first = d.task('first', add, { a: 1 });
  d.task('second', add, { a: first.out.sum, b: 2 });
  expectError(d.task('third', add, { a: 'x' }));
});
