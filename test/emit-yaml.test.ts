import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitYaml, emitYamlDocuments } from '../src/index.js';

/** Strings a YAML 1.1 reader (Kubernetes, PyYAML) takes for booleans, numbers, nulls or other types. */
const YAML11_TRAPS = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'NO', 'On', 'OFF', 'true', 'False', 'null', 'Null', '~', '',
  '0755', '0o17', '0x1F', '1e3', '1E3', '.5', '-1', '+1', '1_000', '1:20', '190:20:30', '.inf', '-.Inf', '.nan',
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '=', '<<', '.', '-', '?', ':', '!tag', '&anchor', '*alias', '@x',
  '`x', '|', '>', '%x', '#x', 'a #b', 'a: b', 'a:', ' x', 'x ', '{{inputs.parameters.message}}', '[1]', '{a: 1}',
  "'q'", '"q"', 'a\tb', '\u0085', '\u2028', '\ufeff', 'x\r\ny', 'x\n', '\n', 'a\n\n', ' a\nb',
];

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...YAML11_TRAPS),
    fc.lorem({ mode: 'sentences' }).map((s) => s.replace(/\. /g, '.\n')),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...YAML11_TRAPS)), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

describe('emitYaml', () => {
  it('round-trips any JSON value through the yaml parser (fast-check)', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        expect(parse(emitYaml(v))).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it.each(YAML11_TRAPS)('keeps %j a string, also under YAML 1.1 rules', (s) => {
    const y = emitYaml({ k: s, [s]: 'v' });
    expect(parse(y)).toEqual({ k: s, [s]: 'v' });
    expect(parse(y, { version: '1.1' })).toEqual({ k: s, [s]: 'v' });
  });

  it('writes multi-line scripts as literal blocks and keeps {{...}} intact', () => {
    expect(emitYaml({ source: 'import random\nprint(1)\n', arg: '{{tasks.a.outputs.result}}' })).toBe(
      'source: |\n  import random\n  print(1)\narg: "{{tasks.a.outputs.result}}"\n',
    );
  });

  it('writes plain scalars where they are unambiguous', () => {
    expect(emitYaml({ image: 'python:alpine3.6', path: '/tmp/out', list: ['a b', 1, true, null], e: [], o: {} })).toBe(
      'image: python:alpine3.6\npath: /tmp/out\nlist:\n  - a b\n  - 1\n  - true\n  - null\ne: []\no: {}\n',
    );
  });

  it('joins documents with ---', () => {
    expect(parse(emitYamlDocuments([{ a: 1 }, { b: 2 }]).split('---\n')[1]!)).toEqual({ b: 2 });
  });
});
