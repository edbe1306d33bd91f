// Property: parseYaml and fromYaml return a value for any text at all; they never throw.
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromYaml } from '../../src/argo-docs/import/from-yaml.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';

/** YAML-ish fragments, so generated texts reach deep into the parser rather than failing on line 1. */
const fragment = fc.constantFrom(
  'a:', ' b: 1', '- x', '  - y', '[', ']', '{', '}', ',', '"', "'", '\\', '#', '---', '...', '|', '>-', '&a', '*a', '<<: *a',
  '? ', ': ', '!!str', '!foo', '\t', ' ', '\n', '\r\n', 'kind: Workflow', 'apiVersion: argoproj.io/v1alpha1', 'spec:',
  '  templates:', '  - name: a', '    contaner: {}', '%YAML 1.1', '\u00a0', '\ufeff', 'null', '~', '0755', 'yes',
);
const yamlish = fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** A problem a user could not find: no line and column, or no message. */
const unlocated = (p: { readonly line: number; readonly col: number; readonly message: string }): boolean =>
  !(p.line >= 1 && p.col >= 1 && p.message !== '');

describe('parseYaml on arbitrary text', () => {
  it('always returns problems or documents, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        // Returning at all is the property; what comes back must still be located problems.
        const parsed = parseYaml(text);
        if (E.isLeft(parsed)) expect(parsed.left.length).toBeGreaterThan(0);
        expect(E.isLeft(parsed) ? parsed.left.filter(unlocated) : []).toEqual([]);
        const imported = fromYaml(text, 'fuzz.yaml');
        if (E.isLeft(imported)) expect(imported.left.length).toBeGreaterThan(0);
        expect(E.isLeft(imported) ? imported.left.filter(unlocated) : imported.right.warnings.filter(unlocated)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
