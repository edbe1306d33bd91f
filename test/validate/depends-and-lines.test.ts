import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { parseDepends } from '../../src/argo-docs/validate/depends-expression.js';
import { pathSegments } from '../../src/argo-model/json-value.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';

describe('depends expressions', () => {
  it('parses the documented grammar and lists every task term', () => {
    const p = parseDepends('(A.Succeeded || B-2) && !C.Failed');
    expect(p.error).toBeUndefined();
    expect(p.terms.map((t) => [t.task, t.result])).toEqual([
      ['A', 'Succeeded'],
      ['B-2', undefined],
      ['C', 'Failed'],
    ]);
  });

  it("accepts expr-lang's and/or/not, as the controller does", () => {
    expect(parseDepends('a and not b or c').error).toBeUndefined();
  });

  it('explains what is wrong', () => {
    expect(parseDepends('').error).toBe('empty expression');
    expect(parseDepends('a b').error).toBe("unexpected 'b' at offset 2; join terms with && or ||");
    expect(parseDepends('(a || b').error).toBe("expected ')' to close '(' at offset 0, found end of expression");
    expect(parseDepends('a & b').error).toBe("unexpected character '&' at offset 2");
    expect(parseDepends('!'.repeat(1000) + 'a').error).toBe('expression nested too deeply');
  });
});

describe('problem paths map back to YAML lines', () => {
  const text = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Workflow',
    'metadata: {name: x}',
    'spec:',
    '  templates:',
    '  - name: main',
    '    dag:',
    '      tasks:',
    '      - name: a',
    '        depends: "b"',
    '      - name: "b"',
  ].join('\n');
  const parsed = parseYaml(text);
  const [doc] = E.isRight(parsed) ? parsed.right.documents : [];
  const lineOf = (path: string): number | undefined => doc?.locate(pathSegments(path)).line;

  it('finds the line of a field, or of its closest existing parent', () => {
    expect(lineOf('spec.templates[0].dag.tasks[0].depends')).toBe(10);
    expect(lineOf('spec.templates[0].dag.tasks[1].name')).toBe(11);
    expect(lineOf('spec.templates[0].dag.tasks[1].arguments.parameters[0]')).toBe(11);
    // A missing field points at the key of the map that lacks it.
    expect(lineOf('spec.entrypoint')).toBe(4);
  });

  it('splits paths with quoted keys', () => {
    expect(pathSegments('spec.podResources.requests["nvidia.com/gpu"]')).toEqual([
      'spec',
      'podResources',
      'requests',
      'nvidia.com/gpu',
    ]);
    expect(pathSegments('spec.templates[2].steps[0][1].name')).toEqual(['spec', 'templates', 2, 'steps', 0, 1, 'name']);
  });
});
