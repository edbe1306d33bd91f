import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/argo-model/codec/closest-name.js';
import { decodeArgoDocument, decodeWith } from '../../src/argo-docs/import/decode-argo-document.js';
import { formatModelProblem } from '../../src/argo-docs/import/model-problem.js';
import { ContainerCodec, ParameterCodec, TemplateCodec } from '../../src/argo-model/generated/index.js';
import type { Workflow } from '../../src/argo-model/generated/index.js';

const workflow = (spec: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { generateName: 'hello-' },
  spec,
});

const problems = (u: unknown): ReadonlyArray<string> => {
  const r = decodeArgoDocument(u);
  return E.isLeft(r) ? r.left.map(formatModelProblem) : [];
};

describe('closestName', () => {
  it('measures edits and suggests only plausible typos', () => {
    expect(editDistance('contaner', 'container')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closestName('contaner', ['script', 'container', 'dag'])).toBe('container');
    expect(closestName('Entrypoint', ['entrypoint'])).toBe('entrypoint');
    expect(closestName('zzzzzz', ['container', 'dag'])).toBeUndefined();
  });
});

describe('exact Argo codecs', () => {
  it('accepts a valid workflow and returns it unchanged', () => {
    const wf = workflow({
      entrypoint: 'main',
      templates: [{ name: 'main', container: { image: 'alpine', command: ['echo', 'hi'] } }],
    });
    const r = decodeArgoDocument(wf);
    expect(r).toStrictEqual(E.right(wf));
    if (E.isRight(r) && r.right.kind === 'Workflow') {
      const typed: Workflow = r.right;
      expect(typed.spec.templates?.[0]?.container?.image).toBe('alpine');
    }
  });

  it('reports an unknown field with its path and a suggestion', () => {
    const wf = workflow({ entrypoint: 'a', templates: [{ name: 'a' }, { name: 'b' }, { name: 'c', contaner: {} }] });
    expect(problems(wf)).toEqual(['spec.templates[2].contaner: unknown field; did you mean "container"?']);
  });

  it('reports an unknown field without a plausible suggestion by naming the type', () => {
    expect(problems(workflow({ templates: [{ name: 'a', flavour: 'x' }] }))).toEqual([
      'spec.templates[0].flavour: unknown field; Template has no field "flavour"; remove it',
    ]);
  });

  it('points a field given one level too high to where it belongs', () => {
    const wf = workflow({ parameters: [], templates: [{ name: 'a', image: 'alpine', source: 'echo', tasks: [] }] });
    expect(problems(wf)).toEqual([
      'spec.parameters: unknown field; WorkflowSpec has no field "parameters"; did you mean "arguments.parameters"?',
      'spec.templates[0].image: unknown field; Template has no field "image"; did you mean "container.image" or "script.image"?',
      'spec.templates[0].source: unknown field; Template has no field "source"; did you mean "data.source" or "script.source"?',
      'spec.templates[0].tasks: unknown field; Template has no field "tasks"; did you mean "dag.tasks"?',
    ]);
    expect(problems(workflow({ templates: [{ name: 'a', scrip: {} }] }))).toEqual([
      'spec.templates[0].scrip: unknown field; did you mean "script"?',
    ]);
  });

  it('reports every problem, not just the first', () => {
    const wf = workflow({
      entrypoint: 3,
      templates: [{ name: 'a', container: { command: ['x'] }, retryStrategy: { limit: true } }],
    });
    expect(problems(wf)).toEqual([
      'spec.entrypoint: expected a string, got the integer 3',
      'spec.templates[0].container.image: required field missing; Container needs image',
      'spec.templates[0].retryStrategy.limit: expected an integer or a string, got the boolean true',
    ]);
  });

  it('accepts integers and strings for IntOrString', () => {
    for (const limit of [3, '3', '{{inputs.parameters.n}}']) {
      expect(problems(workflow({ templates: [{ name: 'a', retryStrategy: { limit } }] }))).toEqual([]);
    }
    expect(problems(workflow({ templates: [{ name: 'a', retryStrategy: { limit: 1.5 } }] }))).toEqual([
      'spec.templates[0].retryStrategy.limit: expected an integer or a string, got the number 1.5',
    ]);
  });

  it('reads numbers and booleans in parameter values as their text, as Argo does (AnyString)', () => {
    const decodeValue = (value: unknown): unknown => {
      const r = decodeWith(ParameterCodec)({ name: 'p', value, enum: [value] });
      return E.isRight(r) ? [r.right.value, r.right.enum?.[0]] : r.left.map(formatModelProblem);
    };
    expect(decodeValue(3)).toEqual(['3', '3']);
    expect(decodeValue(true)).toEqual(['true', 'true']);
    expect(decodeValue(1.5)).toEqual(['1.5', '1.5']);
    expect(decodeValue(-2.5e-7)).toEqual(['-0.00000025', '-0.00000025']);
    expect(decodeValue(1e21)).toEqual(['1000000000000000000000', '1000000000000000000000']);
    expect(decodeValue('x')).toEqual(['x', 'x']);
    expect(decodeValue({ a: 1 })).toEqual([
      'value: expected a string (or a number or boolean, read as text), got a map',
      'enum[0]: expected a string (or a number or boolean, read as text), got a map',
    ]);
  });

  it('reads a plain number as a Kubernetes quantity, as Kubernetes does', () => {
    const r = decodeWith(ContainerCodec)({ image: 'alpine', resources: { limits: { cpu: 1, memory: '1Gi' }, requests: { cpu: 0.5 } } });
    expect(E.isRight(r) && r.right.resources).toStrictEqual({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '0.5' } });
    const bad = decodeWith(ContainerCodec)({ image: 'alpine', resources: { limits: { cpu: true } } });
    expect(E.isLeft(bad) && bad.left.map(formatModelProblem)).toEqual([
      'resources.limits.cpu: expected a quantity such as "500m" or "1Gi", got the boolean true',
    ]);
  });

  it('decodes recursive definitions (inline templates inside DAG tasks and steps)', () => {
    const inline = { name: 't', inline: { dag: { tasks: [{ name: 'u', inline: { contaner: {} } }] } } };
    expect(problems(workflow({ templates: [{ name: 'a', dag: { tasks: [inline] } }] }))).toEqual([
      'spec.templates[0].dag.tasks[0].inline.dag.tasks[0].inline.contaner: unknown field; did you mean "container"?',
    ]);
    const steps = [[{ name: 's', inline: { steps: [[{ name: 'x', tempalte: 'a' }]] } }]];
    expect(problems(workflow({ templates: [{ name: 'a', steps }] }))).toEqual([
      'spec.templates[0].steps[0][0].inline.steps[0][0].tempalte: unknown field; did you mean "template"?',
    ]);
  });

  it('quotes map keys that are not identifiers in paths', () => {
    const wf = { ...workflow({}), metadata: { labels: { 'app.kubernetes.io/name': 3 } } };
    expect(problems(wf)).toEqual(['metadata.labels["app.kubernetes.io/name"]: expected a string, got the integer 3']);
  });

  it('drops null optional fields as Kubernetes does, and refuses null required ones', () => {
    const r = decodeWith(ContainerCodec)({ image: 'alpine', args: null });
    expect(r).toStrictEqual(E.right({ image: 'alpine' }));
    expect(E.isLeft(decodeWith(ContainerCodec)({ image: null }))).toBe(true);
  });

  it('does not mistake prototype members for fields', () => {
    const r = decodeWith(TemplateCodec)({ name: 'a', constructor: 'x', toString: 'y' });
    expect(E.isLeft(r) && r.left.map((p) => p.path)).toEqual(['constructor', 'toString']);
  });

  it('requires apiVersion and kind, and suggests a kind for a typo', () => {
    expect(problems({ kind: 'Workflow', metadata: {}, spec: {} })).toEqual([
      'apiVersion: required field missing; Workflow needs apiVersion',
    ]);
    expect(problems({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workfow', metadata: {}, spec: {} })).toEqual([
      'kind: unknown Argo kind "Workfow"; did you mean "Workflow"?',
    ]);
    expect(problems('hello')).toEqual(['(document): expected a map (an Argo document), got the string "hello"']);
  });
});
