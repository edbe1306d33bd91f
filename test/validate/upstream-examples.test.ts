import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { formatProblem } from '../../src/core/problem.js';
import { isArgoKind, templateRegistry, validateDocument } from '../../src/argo-docs/validate/index.js';
import { field, pathSegments } from '../../src/argo-model/json-value.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import type { YamlDocument } from '../../src/argo-docs/yaml/parse-yaml.js';
import { exampleFiles } from '../support/argo-examples.js';

describe('upstream Argo examples', () => {
  const files = exampleFiles();
  const read = files.map((f) => ({ source: f.name, parsed: parseYaml(f.text) }));
  const docs: ReadonlyArray<YamlDocument & { readonly source: string }> = read.flatMap(({ source, parsed }) =>
    E.isRight(parsed) ? parsed.right.documents.map((d) => ({ ...d, source })) : [],
  );
  const argo = docs.filter((d) => isArgoKind(field(d.data, 'kind')));
  const registry = templateRegistry(docs.map((d) => d.data));

  it('reads every file, tolerating only the known PyYAML quirks', () => {
    expect(files.length).toBeGreaterThanOrEqual(170);
    expect(read.flatMap(({ source, parsed }) => (E.isLeft(parsed) ? [source] : []))).toEqual([]);
    const quirky = read.filter(({ parsed }) => E.isRight(parsed) && parsed.right.warnings.length > 0);
    // Six files close a quoted scalar left of its indentation; one repeats a key (README "Parsing note").
    expect(quirky.length).toBe(7);
  });

  it('validates every Argo document without a single problem', () => {
    expect(argo.length).toBeGreaterThanOrEqual(175);
    const problems = argo.flatMap((d) =>
      validateDocument(d.data, { source: d.source, templatesByName: registry }).map(
        (p) => `${d.source}:${d.locate(pathSegments(p.path)).line} ${formatProblem(p)}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('also passes each document on its own, without the other files as templateRef targets', () => {
    const problems = argo.flatMap((d) => validateDocument(d.data, { source: d.source }).map(formatProblem));
    expect(problems).toEqual([]);
  });

  it('still catches a broken reference in every document that uses step outputs', () => {
    const withSteps = argo.filter((d) => JSON.stringify(d.data).includes('{{steps.'));
    expect(withSteps.length).toBeGreaterThan(20);
    for (const d of withSteps) {
      const broken: unknown = JSON.parse(JSON.stringify(d.data).split('{{steps.').join('{{steps.no-such-'));
      expect(validateDocument(broken, { templatesByName: registry }).map((p) => p.rule)).toContain('variables');
    }
  });
});
