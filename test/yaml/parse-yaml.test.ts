import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ParsedYaml, ParseYamlOptions } from '../../src/argo-docs/yaml/parse-yaml.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import type { YamlProblem } from '../../src/argo-docs/yaml/yaml-problem.js';
import { formatYamlProblem } from '../../src/argo-docs/yaml/yaml-problem.js';

const ok = (text: string, options?: ParseYamlOptions): ParsedYaml => {
  const r = parseYaml(text, options);
  if (E.isLeft(r)) throw new Error(r.left.map((p) => formatYamlProblem(p)).join('\n'));
  return r.right;
};

const fails = (text: string, options?: ParseYamlOptions): ReadonlyArray<YamlProblem> => {
  const r = parseYaml(text, options);
  if (E.isRight(r)) throw new Error(`expected problems, parsed ${JSON.stringify(r.right.documents.map((d) => d.data))}`);
  return r.left;
};

const data = (text: string): ReadonlyArray<unknown> => ok(text).documents.map((d) => d.data);

// Same shape as six upstream examples (sidecar.yaml & co): the closing `"]` sits at the column of `args`.
const UNDER_INDENTED = ['container:', '  args: ["', '    echo one;', '    echo two', '  "]', '  image: alpine', ''].join('\n');

describe('parseYaml', () => {
  it('reads every document of a stream and skips empty ones', () => {
    expect(data('---\na: 1\n---\n---\nb: [x, z]\n...\n')).toEqual([{ a: 1 }, { b: ['x', 'z'] }]);
    expect(ok('a: 1\n---\nb: 2\n').documents.map((d) => [d.index, d.line])).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });

  it('types plain scalars as Kubernetes (YAML 1.1) does', () => {
    expect(data('a: 0755\nb: yes\nc: off\nd: .\ne: 1:30\nf: 2024-01-01\ng: "0755"\nh: 1e3\ni: ~\nj: [y, n]\n')).toEqual([
      { a: 493, b: true, c: false, d: '.', e: '1:30', f: '2024-01-01', g: '0755', h: 1000, i: null, j: [true, false] },
    ]);
  });

  it('repairs an under-indented quoted continuation line with a warning naming the line', () => {
    const r = ok(UNDER_INDENTED);
    expect(r.documents[0]?.data).toEqual({ container: { args: [' echo one; echo two '], image: 'alpine' } });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 5, col: 3 });
    expect(r.warnings[0]?.message).toContain('Indent it to column 11');
  });

  it('refuses the under-indented line in strict mode, naming it', () => {
    const [p, ...rest] = fails(UNDER_INDENTED, { strict: true });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 5, col: 3 });
  });

  it('warns on a repeated key (the later wins), or refuses it in strict mode', () => {
    const text = 'metadata:\n  annotations: {a: "1"}\n  name: x\n  annotations: {b: "2"}\n';
    const r = ok(text);
    expect(r.documents[0]?.data).toEqual({ metadata: { annotations: { b: '2' }, name: 'x' } });
    expect(r.warnings.map((w) => formatYamlProblem(w, 'f.yaml'))).toEqual([
      'f.yaml:4:3: key "annotations" repeats the key at line 2; the later value wins (as Kubernetes reads it) and the earlier one is ignored. Merge them or remove one',
    ]);
    expect(fails(text, { strict: true }).map((p) => [p.line, p.col])).toEqual([[4, 3]]);
  });

  it('returns malformed YAML as problems with line and column', () => {
    expect(fails('a: [1, 2\nb: "x\n').map((p) => p.line)).toEqual([2, 3]);
    expect(fails('a:\n\t- b\n')).toEqual([{ line: 2, col: 1, message: 'Tabs are not allowed as indentation' }]);
    expect(fails('a: 1\n  b: 2\n')[0]?.line).toBe(1);
  });

  it('refuses map keys that are lists or maps', () => {
    expect(fails('? [a, b]\n: 1\n')).toEqual([{ line: 1, col: 3, message: 'a map key is a list or map; Kubernetes keys must be strings' }]);
  });

  it('survives hostile input without throwing', () => {
    const deepFlow = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(fails(deepFlow)[0]?.message).toMatch(/nesting is (too deep|deeper)/);
    expect(fails(`a: ${'['.repeat(300)}${']'.repeat(300)}`)[0]).toMatchObject({ line: 1, message: 'nesting is deeper than 200 levels; flatten the document' });
    const deepBlock = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(fails(deepBlock)[0]?.message).toMatch(/nesting is (too deep|deeper)/);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`)].join('\n');
    expect(fails(laughs)[0]?.message).toContain('Excessive alias count');
    expect(fails('a: b\n'.repeat(10), { maxSize: 20 })[0]?.message).toBe('the text is 50 characters; at most 20 are read. Split the file');
  });

  it('locates paths in the source for later problems', () => {
    const doc = ok('spec:\n  templates:\n  - name: a\n  - name: b\n    contaner: {}\n').documents[0];
    expect(doc?.locate(['spec', 'templates', 1, 'contaner'])).toEqual({ line: 5, col: 5 });
    expect(doc?.locate(['spec', 'templates', 1, 'missing'])).toEqual({ line: 4, col: 5 });
    expect(doc?.locate(['nothing'])).toEqual({ line: 1, col: 1 });
  });
});
