// The sentence errors of `ArgsFor` (src/typed-refs/args.ts), read back from the checker at the call site.
import { describeSentences, type SentenceCases } from '../support/sentence-cases.js';

const header = `
import * as t from 'io-ts';
import { configMapKey, container, dag, param, script, step, steps } from '../../src/index.js';
import { double, echo, pick, randomInt } from '../../type-tests/fixtures.js';
const coin = script({ name: 'coin', image: 'python', command: ['python'], source: 'print("heads")', result: param.enum('heads', 'tails') });
const config = container({ name: 'config', image: 'busybox', inputs: { cfg: param.json(t.type({ n: t.number })) }, command: ['true'] });
`;

/** Each case: a dag body (or whole statements) with a `/*✗*\/` before each expected error, and the sentences, in order. */
const cases = {
  'Ref<number> for a string input': [
    `dag('d', (d) => { const r = d.task('r', randomInt, {}); d.task('e', echo, { /*✗*/message: r.out.result }); });`,
    `Type 'Ref<number>' is not assignable to type '"✗ input 'message' expects string, but got a Ref<number>"'.`,
  ],
  'string for a number input': [
    `dag('d', (d) => { d.task('e', double, { /*✗*/n: 'three' }); });`,
    `Type '"three"' is not assignable to type '"✗ input 'n' expects number, but got a string"'.`,
  ],
  'Ref<number> for an optional string input': [
    `dag('d', (d) => { const x = d.task('x', double, { n: 1 }); d.task('e', double, { n: 2, /*✗*/note: x.out.doubled }); });`,
    `Type 'Ref<number>' is not assignable to type '"✗ input 'note' expects string, but got a Ref<number>"'.`,
  ],
  'string outside the enum': [
    `dag('d', (d) => { d.task('e', pick, { /*✗*/side: 'edge', flag: true }); });`,
    `Type '"edge"' is not assignable to type '"✗ input 'side' expects one of its enum values, but got a string"'.`,
  ],
  'string for a boolean input': [
    `dag('d', (d) => { d.task('e', pick, { side: 'heads', /*✗*/flag: 'yes' }); });`,
    `Type '"yes"' is not assignable to type '"✗ input 'flag' expects boolean, but got a string"'.`,
  ],
  'Ref<enum> for a boolean input': [
    `dag('d', (d) => { const c = d.task('c', coin, {}); d.task('e', pick, { side: 'heads', /*✗*/flag: c.out.result }); });`,
    `Type 'Ref<"heads" | "tails">' is not assignable to type '"✗ input 'flag' expects boolean, but got a Ref<enum>"'.`,
  ],
  'number for a json input': [
    `dag('d', (d) => { d.task('e', config, { /*✗*/cfg: 3 }); });`,
    `Type 'number' is not assignable to type '"✗ input 'cfg' expects a JSON value of its codec, but got a number"'.`,
  ],
  'the outputs record for a number input': [
    `dag('d', (d) => { const s = d.task('s', echo, { message: 'm' }); d.task('e', double, { /*✗*/n: s.out }); });`,
    `Type 'OutputRefs<OutputsOf<{}>>' is not assignable to type '"✗ input 'n' expects number, but got an object"'.`,
  ],
  'a ConfigMap key for a number input': [
    `dag('d', (d) => { d.task('e', double, { /*✗*/n: configMapKey('settings', 'n') }); });`,
    `Type 'ConfigMapKeySource' is not assignable to type '"✗ input 'n' expects number, but got a ConfigMap key (text)"'.`,
  ],
  'a ConfigMap key for an enum input': [
    `dag('d', (d) => { d.task('e', pick, { /*✗*/side: configMapKey('settings', 'side'), flag: true }); });`,
    `Type 'ConfigMapKeySource' is not assignable to type '"✗ input 'side' expects one of its enum values, but got a ConfigMap key (text)"'.`,
  ],
  'a missing required input': [
    `dag('d', (d) => { d.task('e', echo, /*✗*/{}); });`,
    `Property 'message' is missing in type '{}' but required in type '{ readonly message: "✗ missing required input 'message' (string)"; }'.`,
  ],
  'a missing required number input beside a given one': [
    `dag('d', (d) => { d.task('e', double, /*✗*/{ note: 'n is missing' }); });`,
    `Property 'n' is missing in type '{ note: "n is missing"; }' but required in type '{ readonly n: "✗ missing required input 'n' (number)"; }'.`,
  ],
  'an unknown input': [
    `dag('d', (d) => { d.task('e', echo, { message: 'hi', /*✗*/mesage: 'typo' }); });`,
    `Type '"typo"' is not assignable to type '"✗ 'mesage' is not an input of this template; it takes: message"'.`,
  ],
  'an input of a template that takes none': [
    `dag('d', (d) => { d.task('e', randomInt, { /*✗*/seed: 1 }); });`,
    `Type 'number' is not assignable to type '"✗ 'seed' is not an input of this template; it takes: nothing"'.`,
  ],
  'an unknown input of a template with several': [
    `dag('d', (d) => { d.task('e', double, { n: 1, /*✗*/m: 2 }); });`,
    `Type 'number' is not assignable to type '"✗ 'm' is not an input of this template; it takes: n, note"'.`,
  ],
  'a wrong type through steps.step': [
    `steps('s', (s) => { const g = s.step('g', randomInt, {}); s.step('p', echo, { /*✗*/message: g.out.result }); });`,
    `Type 'Ref<number>' is not assignable to type '"✗ input 'message' expects string, but got a Ref<number>"'.`,
  ],
  'a missing input through a parallel step': [
    `steps('s', (s) => { s.parallel((p) => { p.step('b', double, /*✗*/{}); }); });`,
    `Property 'n' is missing in type '{}' but required in type '{ readonly n: "✗ missing required input 'n' (number)"; }'.`,
  ],
  'an unknown input through step()': [
    `step('e', echo, { message: 'hi', /*✗*/mesage: 'typo' });`,
    `Type '"typo"' is not assignable to type '"✗ 'mesage' is not an input of this template; it takes: message"'.`,
  ],
} satisfies SentenceCases;

describeSentences(
  'ArgsFor sentences at the call site',
  header,
  cases,
  `
dag('d', (d) => {
  const r = d.task('r', randomInt, {});
  d.task('a', echo, { message: \`value is \${r.out.result}\` });
  d.task('b', pick, { side: 'tails', flag: false });
  d.task('c', double, { n: r.out.result });
  d.task('e', config, { cfg: { n: 1 } });
  d.task('f', echo, { message: configMapKey('settings', 'greeting', { optional: true }) });
});
steps('s', (s) => { s.step('g', echo, { message: configMapKey('settings', 'greeting') }); });`,
);
