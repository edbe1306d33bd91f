// Property: whatever emitYaml writes, a Kubernetes-style (YAML 1.1) reader reads back unchanged.
// This pins the emitter's quoting against the parser tiphys uses for import and lint.
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitYaml } from '../../src/argo-docs/yaml/emit-yaml.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';

/** Strings YAML readers like to reinterpret, mixed with arbitrary text. */
const tricky = fc.constantFrom(
  'yes', 'No', 'ON', 'off', 'y', 'n', '~', 'null', 'Null', '.', '0755', '0o17', '0x1F', '0b101', '1e3', '1_000',
  '.inf', '-.Inf', '.nan', '1:30', '12:30:45', '2024-01-01', '2024-01-01T10:00:00Z', '<<', '=', '-', '- a', '? x',
  '{{inputs.parameters.x}}', '{{=asInt(x) + 1}}', '#x', 'a #b', 'a: b', '@x', '`x`', '!x', '&x', '*x', '%x', '|', '>',
  '', ' ', ' a', 'a ', '\n', 'a\nb', 'a\n', 'a\n\n', '\ta', '"', "'", '\\', '[a]', '{a}', ',', '+1', '-1', '1.', '.5',
);

const text = fc.oneof(tricky, fc.string(), fc.string({ unit: 'grapheme' }));
// `__proto__` is left out: a plain JS object cannot hold it as data, so there is nothing to compare.
const key = fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 8 })).filter((k) => k !== '__proto__');
const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));

const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4, noNullPrototype: true }),
})).node;

describe('emitYaml → parseYaml', () => {
  it('reads back every emitted document unchanged', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5, noNullPrototype: true }), (doc) => {
        const parsed = parseYaml(emitYaml(doc));
        expect(E.isRight(parsed) && parsed.right.documents.map((d) => d.data)).toStrictEqual([doc]);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
