import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ImportedYaml } from '../../src/argo-docs/import/from-yaml.js';
import { formatImportProblem, fromYaml, importYaml } from '../../src/argo-docs/import/from-yaml.js';

const imported = (text: string): ImportedYaml => {
  const r = fromYaml(text, 'in.yaml');
  if (E.isLeft(r)) throw new Error(r.left.map(formatImportProblem).join('\n'));
  return r.right;
};

const problems = (text: string): ReadonlyArray<string> => {
  const r = fromYaml(text, 'in.yaml');
  return E.isLeft(r) ? r.left.map(formatImportProblem) : [];
};

const WORKFLOW = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: hello-
spec:
  entrypoint: main
  templates:
  - name: main
    container:
      image: alpine:3.23
      command: [echo, hello]
`;

describe('fromYaml', () => {
  it('decodes the four workflow kinds and keeps other kinds as skipped data', () => {
    const text = [
      WORKFLOW,
      'apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata: {name: t}\nspec: {templates: [{name: a, suspend: {}}]}\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: ClusterWorkflowTemplate\nmetadata: {name: c}\nspec: {}\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata: {name: cron}\nspec: {schedules: ["* * * * *"], workflowSpec: {entrypoint: a}}\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {a: b}\n',
      'apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec: {anything: 1}\n',
    ].join('---\n');
    const docs = imported(text).documents;
    expect(docs.map((d) => (d._tag === 'Argo' ? d.document.kind : `skipped ${d.kind}`))).toEqual([
      'Workflow',
      'WorkflowTemplate',
      'ClusterWorkflowTemplate',
      'CronWorkflow',
      'skipped ConfigMap',
      'skipped Sensor',
    ]);
    expect(docs.map((d) => d.line)).toEqual([1, 13, 18, 23, 28, 33]);
    const configMap = docs[4];
    expect(configMap?._tag === 'Skipped' && configMap.note).toBe('ConfigMap (v1) is not an Argo workflow kind; skipped');
    expect(configMap?._tag === 'Skipped' && configMap.data).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: 'b' } });
  });

  it('reports model problems with file, line, column, document and path', () => {
    const text = WORKFLOW.replace('    container:', '    contaner:') + '    retryStrategy:\n      limit: yes\n';
    expect(problems(text)).toEqual([
      'in.yaml:9:5: Workflow/hello- › template \'main\' › spec.templates[0].contaner: unknown field; did you mean "container"?',
      'in.yaml:13:7: Workflow/hello- › template \'main\' › spec.templates[0].retryStrategy.limit: expected an integer or a string, got the boolean true',
    ]);
  });

  it('reports problems in every document of a stream, each with its own line', () => {
    const second = 'apiVersion: argoproj.io/v1alpha1\nkind: Workfow\nmetadata: {name: x}\nspec: {}\n';
    const third = 'apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata: {name: t}\nspec:\n  entrypont: a\n';
    expect(problems([WORKFLOW, second, third].join('---\n'))).toEqual([
      'in.yaml:14:1: Workfow/x › kind: unknown Argo kind "Workfow"; did you mean "Workflow"?',
      'in.yaml:22:3: WorkflowTemplate/t › spec.entrypont: unknown field; did you mean "entrypoint"?',
    ]);
  });

  it('names the template and the task or step a problem is in', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata: {name: wt}
spec:
  templates:
  - name: diamond
    dag:
      tasks:
      - {name: A, template: echo}
      - {name: B, tempate: echo}
  - name: main
    steps:
    - - {name: first, template: echo}
    - - {name: one, template: echo}
      - {name: two, templte: echo}
`;
    expect(problems(text)).toEqual([
      "in.yaml:10:19: WorkflowTemplate/wt › template 'diamond' › task 'B' › spec.templates[0].dag.tasks[1].tempate: unknown field; did you mean \"template\"?",
      "in.yaml:15:21: WorkflowTemplate/wt › template 'main' › task 'two' › spec.templates[1].steps[1][1].templte: unknown field; did you mean \"template\"?",
    ]);
  });

  it('imports each document on its own, so the valid ones survive a broken neighbour', () => {
    const broken = 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: b}\nspec: {entrypoint: 3}\n';
    const r = importYaml([WORKFLOW, broken].join('---\n'), 'in.yaml');
    if (E.isLeft(r)) throw new Error('the YAML is readable');
    const [good, bad] = r.right.documents;
    expect(good?.result._tag === 'Right' && good.result.right._tag === 'Argo' && good.result.right.label).toBe('Workflow/hello-');
    expect(good?.result._tag === 'Right' && good.result.right.locate(['spec', 'templates', 0, 'container', 'image'])).toEqual({ line: 10, col: 7 });
    expect(bad?.result._tag === 'Left' && bad.result.left.map(formatImportProblem)).toEqual([
      'in.yaml:16:8: Workflow/b › spec.entrypoint: expected a string, got the integer 3',
    ]);
  });

  it('refuses documents that are not manifests', () => {
    expect(problems('- a\n- b\n')).toEqual(['in.yaml:1:1: document 1: expected a Kubernetes manifest (a map with apiVersion and kind)']);
    expect(problems('metadata: {name: x}\n')).toEqual([
      'in.yaml:1:1: document 1 › kind: missing kind; expected one of Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow',
    ]);
  });

  it('passes YAML problems and warnings through with the source name', () => {
    expect(problems('a: [1\nb: 2\n')[0]).toMatch(/^in\.yaml:2:1: /);
    const r = imported(WORKFLOW.replace('metadata:\n', 'metadata:\n  name: a\n') + 'metadata:\n  name: b\n');
    expect(r.warnings.map(formatImportProblem)).toEqual([
      'in.yaml:13:1: key "metadata" repeats the key at line 3; the later value wins (as Kubernetes reads it) and the earlier one is ignored. Merge them or remove one',
    ]);
  });

  it('checks WorkflowEventBinding for unknown fields, then skips it', () => {
    const binding = 'apiVersion: argoproj.io/v1alpha1\nkind: WorkflowEventBinding\nmetadata: {name: b}\nspec:\n  evnt: {selector: x}\n';
    expect(problems(binding)).toEqual([
      'in.yaml:5:3: WorkflowEventBinding/b › spec.evnt: unknown field; did you mean "event"?',
      'in.yaml:4:1: WorkflowEventBinding/b › spec.event: required field missing; WorkflowEventBindingSpec needs event',
    ]);
    expect(imported(binding.replace('evnt', 'event')).documents[0]?._tag).toBe('Skipped');
  });
});
