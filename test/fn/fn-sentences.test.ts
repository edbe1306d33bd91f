// The function of a `fn` template is typed from its spec: the checker's sentences at the call site.
import { describeSentences } from '../support/sentence-cases.js';

const header = `
import * as t from 'io-ts';
import { fn, param } from '../../src/index.js';
const spec = { name: 'add', image: 'node:20-alpine', inputs: { a: param.number(), b: param.number({ default: 1 }) }, outputs: { sum: param.number() } };
`;

describeSentences(
  'fn: sentences',
  header,
  {
    'an output of the wrong type': [
      `fn(spec, ({ a, b }) => ({ /*✗*/sum: 'x' }));`,
      `Type 'string' is not assignable to type 'number'.`,
    ],
    'an input that is not declared': [
      `fn(spec, ({ a, /*✗*/c }) => ({ sum: a }));`,
      `Property 'c' does not exist on type 'OutputsOf<{ a: Param<number, false>; b: Param<number, true>; }>'.`,
    ],
    'a missing output': [
      `fn(spec, ({ a }) => /*✗*/({}));`,
      `Type '{}' is not assignable to type 'OutputsOf<{ sum: Param<number, false>; }> | Promise<OutputsOf<{ sum: Param<number, false>; }>>'.`,
    ],
    'an async function resolving to the wrong type': [
      `fn(spec, async ({ a }) => /*✗*/({ sum: String(a) }));`,
      `Type 'string' is not assignable to type 'number'.`,
    ],
    'a json input used as another shape': [
      `fn({ name: 'j', image: 'node', inputs: { p: param.json(t.type({ x: t.number })) }, outputs: { y: param.string() } }, ({ p }) => ({ y: p./*✗*/y }));`,
      `Property 'y' does not exist on type '{ x: number; }'.`,
    ],
    'a command of its own': [
      `fn({ ...spec, /*✗*/command: ['python'] }, ({ a, b }) => ({ sum: a + b }));`,
      `Object literal may only specify known properties, and 'command' does not exist in type 'FnSpec<{ a: Param<number, false>; b: Param<number, true>; }, { sum: Param<number, false>; }>'.`,
    ],
  },
  `
fn(spec, ({ a, b }) => ({ sum: a + b }));
fn(spec, async ({ a }) => ({ sum: await Promise.resolve(a) }));
fn({ name: 'e', image: 'node', inputs: { c: param.enum('r', 'g') }, outputs: { next: param.enum('r', 'g'), tags: param.json(t.array(t.string)) } }, ({ c }) => ({ next: c === 'r' ? ('g' as const) : c, tags: [c] }));
`,
);
