import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import { validate, validateDocument } from '../../src/argo-docs/validate/index.js';
import { expectProblems, problemsOf } from './bad-case.js';

const header = 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: odd-}\n';

describe('malformed and hostile input comes back as problems, never as exceptions', () => {
  it('non-map documents', () => {
    for (const doc of [null, undefined, 42, 'Workflow', [], true])
      expect(validateDocument(doc).map((p) => [p.rule, p.message.slice(0, 38)])).toEqual([
        ['document', 'an Argo document must be a map with ap'],
      ]);
  });

  it('unknown kind and wrong apiVersion', () => {
    expectProblems({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }, [
      ['document', 'kind', 'kind "Pod" is not one of Workflow, WorkflowTemplate'],
    ]);
    expectProblems({ apiVersion: 'argoproj.io/v2', kind: 'WorkflowTemplate', metadata: { name: 't' }, spec: {} }, [
      ['document', 'apiVersion', 'apiVersion must be argoproj.io/v1alpha1 (found "argoproj.io/v2")'],
    ]);
  });

  it('null spec', () =>
    expectProblems(`${header}spec: null`, [
      ['document', 'spec', 'spec must be a map (found null); add the Workflow spec'],
    ]));

  it('wrong types all over', () => {
    expectProblems(`${header}spec:\n  entrypoint: 7\n  templates: main`, [
      ['type', 'spec.templates', 'templates must be a list of templates (found a string)'],
      ['type', 'spec.entrypoint', 'entrypoint must be a template name (found a number)'],
    ]);
    expectProblems(`${header}spec:\n  entrypoint: main\n  templates:\n  - 42\n  - name: main\n    steps: {a: b}`, [
      ['type', 'spec.templates[0]', 'template must be a map with a name (found a number)'],
      ['type', 'spec.templates[1].steps', 'steps must be a list of step groups (found a map)'],
    ]);
  });

  it('garbage keys such as __proto__ do not reach prototypes', () => {
    const doc: unknown = JSON.parse(
      `{"apiVersion":"argoproj.io/v1alpha1","kind":"Workflow","metadata":{"name":"x"},"spec":{"__proto__":{"entrypoint":"main"},"templates":[{"name":"main","container":{"image":"a"}}]}}`,
    );
    expectProblems(doc, [['entrypoint', 'spec.entrypoint', 'spec.entrypoint is required']]);
  });

  it('self-referencing objects', () => {
    const tmpl: Record<string, unknown> = {
      name: 'main',
      container: { image: 'busybox', args: ['{{inputs.parameters.x}}'] },
    };
    tmpl['metadata'] = { annotations: tmpl };
    const doc = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'x' },
      spec: { entrypoint: 'main', templates: [tmpl] },
    };
    expectProblems(doc, [
      ['variables', 'spec.templates[0].container.args[0]', 'failed to resolve {{inputs.parameters.x}}'],
    ]);
  });

  it('inline templates nested deeply: one problem at the second level, the rest not walked', () => {
    let inner: unknown = { container: { image: 'busybox' } };
    for (let i = 0; i < 40; i++) inner = { steps: [[{ name: 's', inline: inner }]] };
    const doc = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'x' },
      spec: { entrypoint: 'main', templates: [{ name: 'main', ...(inner as object) }] },
    };
    const problems = validateDocument(doc);
    expect(problems.map((p) => [p.rule, p.path])).toEqual([['inline', 'spec.templates[0].steps[0][0].inline.steps[0][0].inline']]);
    expect(problems[0]?.message).toContain('Argo inlines only once');
  });

  it('deeply nested data and a deep depends expression', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const doc = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'x' },
      spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'a', args: deep } }] },
    };
    expect(validateDocument(doc)).toEqual([]);
    const depends = `${'('.repeat(5000)}a${')'.repeat(5000)}`;
    const dag = {
      name: 'main',
      dag: {
        tasks: [
          { name: 'a', template: 'leaf' },
          { name: 'b', template: 'leaf', depends },
        ],
      },
    };
    const doc2 = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'x' },
      spec: { entrypoint: 'main', templates: [dag, { name: 'leaf', container: { image: 'a' } }] },
    };
    expect(validateDocument(doc2).map((p) => [p.rule, p.path])).toEqual([
      ['depends-syntax', 'spec.templates[0].dag.tasks[1].depends'],
    ]);
  });

  it('huge documents: every CRD limit reported, quickly', () => {
    const leafs = Array.from({ length: 3000 }, (_, i) => ({ name: `t${i}`, container: { image: 'busybox' } }));
    const tasks = Array.from({ length: 20_000 }, (_, i) => ({
      name: `k${i}`,
      template: 't0',
      when: '{{tasks.k0.status}} == Succeeded',
      ...(i > 0 ? { depends: `k${i - 1}` } : {}),
    }));
    const doc = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'big' },
      spec: { entrypoint: 'main', templates: [{ name: 'main', dag: { tasks } }, ...leafs] },
    };
    // CPU time, not wall time: it does not grow while the process waits for a core on a loaded machine.
    const before = process.cpuUsage();
    const problems = problemsOf(doc);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
    expect(problems.map((p) => [p.rule, p.path])).toEqual([
      ['crd-limit', 'spec.templates'],
      ['crd-limit', 'spec.templates[0].dag.tasks'],
    ]);
  });

  it('unreadable YAML becomes a located problem, not a crash', () => {
    const deep = parseYaml(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(E.isLeft(deep) && deep.left).toEqual([
      { line: 1, col: 203, message: 'nesting is deeper than 200 levels; flatten the document' },
    ]);
    const broken = parseYaml('kind: Workflow\nspec: [unclosed\n');
    expect(E.isLeft(broken) && broken.left[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('duplicate keys are accepted with a located warning (last one wins)', () => {
    const r = parseYaml('a: 1\nb: 2\na: 3\n');
    expect(E.isRight(r) && r.right.documents[0]?.data).toEqual({ a: 3, b: 2 });
    expect(E.isRight(r) && r.right.warnings).toEqual([
      {
        line: 3,
        col: 1,
        message:
          'key "a" repeats the key at line 1; the later value wins (as Kubernetes reads it) and the earlier one is ignored. Merge them or remove one',
      },
    ]);
  });

  it('validate returns Left with all problems, Right with the document', () => {
    const bad = validate({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'A' },
      spec: { templates: [] },
    });
    expect(E.isLeft(bad) && bad.left.map((p) => p.rule)).toEqual(['metadata-name', 'entrypoint']);
    const good = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'a' },
      spec: { entrypoint: 'm', templates: [{ name: 'm', container: { image: 'b' } }] },
    };
    expect(validate(good)).toEqual(E.right(good));
  });
});
