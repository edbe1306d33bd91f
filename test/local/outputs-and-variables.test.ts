// Outputs (result, default, valueFrom.parameter/expression, artifacts from), global parameters and outputs,
// Argo's variables with deterministic values, templateRef, and a tiphys workflow with decoded outputs.
import { describe, expect, it } from 'vitest';
import { dag, param, workflow, workflowTemplate } from '../../src/index.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import { fnv32a } from '../../src/interp/local/local-node.js';
import { double, echo } from '../support/templates.js';
import { LEAVES, runFake, workflowOf } from './argo-fixtures.js';
import { fakeLeaf } from './fake-leaf.js';

describe('outputs', () => {
  it('resolves a dag template’s outputs from its tasks: parameter, expression, default, artifact from; exports globals', async () => {
    const wf = workflowOf(`
  - name: main
    dag:
      tasks:
      - { name: inner, template: inner }
      - { name: use, template: echo, depends: inner, arguments: { parameters: [{ name: m, value: '{{workflow.outputs.parameters.g}}' }] } }
    outputs:
      parameters:
      - { name: from-task, valueFrom: { parameter: '{{tasks.inner.outputs.parameters.p}}' } }
      - { name: from-expr, valueFrom: { expression: 'asInt(tasks.inner.outputs.parameters.p) * 2' } }
  - name: inner
    dag:
      tasks:
      - { name: make, template: make }
      - { name: maybe, template: make, when: 'false' }
    outputs:
      parameters:
      - { name: p, globalName: g, valueFrom: { parameter: '{{tasks.make.outputs.parameters.p}}' } }
      - { name: absent, valueFrom: { parameter: '{{tasks.maybe.outputs.parameters.p}}', default: fallback } }
      artifacts:
      - { name: file, from: '{{tasks.make.outputs.artifacts.file}}' }
  - name: make
    outputs:
      parameters: [{ name: p, valueFrom: { path: /tmp/p } }]
      artifacts: [{ name: file, path: /tmp/file }]
    container: { image: alpine }
${LEAVES}`);
    const run = await runFake(wf, { make: { parameters: { p: '21' }, artifacts: { file: '/store/make/file' } } });
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t.inner']?.outputs).toEqual({
      parameters: { p: '21', absent: 'fallback' },
      artifacts: { file: { path: '/store/make/file' } },
    });
    expect(run.outputs).toEqual({ 'from-task': '21', 'from-expr': '42', g: '21' });
    expect(run.nodes['t.use']?.outputs?.result).toBe('21');
  });

  it("an output expression's `??` falls back for the absent output of a skipped task, not for an empty one", async () => {
    const wf = workflowOf(`
  - name: main
    dag:
      tasks:
      - { name: skipped, template: make, when: 'false' }
      - { name: ran, template: make }
    outputs:
      parameters:
      - { name: result, valueFrom: { expression: "tasks.skipped.outputs.parameters.msg ?? 'expr-fallback'" } }
      - { name: empty, valueFrom: { expression: "tasks.ran.outputs.parameters.msg ?? 'expr-fallback'" } }
  - name: make
    outputs:
      parameters: [{ name: msg, valueFrom: { path: /tmp/out.txt } }]
    container: { image: alpine }
${LEAVES}`);
    const run = await runFake(wf, { make: { parameters: { msg: '' } } });
    expect(run.phase).toBe('Succeeded');
    expect(run.outputs).toEqual({ result: 'expr-fallback', empty: '' });
  });

  it('a leaf that reports no value for an output uses valueFrom.default, else ends in Error', async () => {
    const wf = workflowOf(`
  - name: main
    steps:
    - - { name: a, template: out-default }
      - { name: b, template: out-none }
  - name: out-default
    outputs: { parameters: [{ name: p, valueFrom: { path: /tmp/p, default: d } }] }
    container: { image: alpine }
  - name: out-none
    outputs: { parameters: [{ name: p, valueFrom: { path: /tmp/p } }] }
    container: { image: alpine }`);
    const run = await runFake(wf);
    expect(run.nodes['t[0].a']?.outputs?.parameters).toEqual({ p: 'd' });
    expect(run.nodes['t[0].b']?.phase).toBe('Error');
    expect(run.nodes['t[0].b']?.message).toBe("output parameter 'p' of template 'out-none' has no value and no valueFrom.default");
  });
});

describe('variables', () => {
  it('fills workflow.*, pod.name, node.name, tasks.X.id/status/startedAt with deterministic values', async () => {
    const wf = workflowOf(
      `
  - name: main
    dag:
      tasks:
      - { name: a, template: echo, arguments: { parameters: [{ name: m, value: '{{workflow.name}} {{workflow.parameters.who}} {{workflow.namespace}}' }] } }
      - { name: b, template: echo, depends: a, arguments: { parameters: [{ name: m, value: '{{tasks.a.status}} {{tasks.a.id}} {{tasks.a.startedAt}}' }] } }
      - { name: c, template: vars }
  - name: vars
    container: { image: alpine, args: ['{{pod.name}}', '{{node.name}}'] }
${LEAVES}`,
      '  arguments: { parameters: [{ name: who, value: world }] }',
    );
    // FNV-1a test vectors: 'a' is 0xe40c292c; a non-ASCII name hashes its UTF-8 bytes.
    expect(fnv32a('a')).toBe(0xe40c292c);
    expect(fnv32a('é')).toBe([...Buffer.from('é')].reduce((h, b) => Math.imul(h ^ b, 0x01000193) >>> 0, 0x811c9dc5));
    const one = await runFake(wf);
    const two = await runFake(wf);
    expect(one.nodes['t.a']?.outputs?.result).toBe('t world default');
    expect(one.nodes['t.a']?.id).toBe(`t-${fnv32a('t.a')}`);
    expect(one.nodes['t.b']?.outputs?.result).toBe(`Succeeded t-${fnv32a('t.a')} 2024-01-01T00:00:00.000Z`);
    expect(one.leaf.requests.find((r) => r.node.templateName === 'vars')?.template.container?.args).toEqual([`t-vars-${fnv32a('t.c')}`, 't.c']);
    expect(two.nodes['t.b']?.outputs?.result).toBe(one.nodes['t.b']?.outputs?.result);
    expect(two.nodes['t.a']?.startedAt).toBe(one.nodes['t.a']?.startedAt);
  });
});

describe("a template's own input values", () => {
  it('are substituted as Argo does: workflow variables first (tags with spaces too), then the inputs so replaced', async () => {
    const wf = workflowOf(`
  - name: main
    steps:
    - - name: a
        template: show
        arguments: { parameters: [{ name: given, value: 'yes' }] }
  - name: show
    inputs:
      parameters:
      - { name: given }
      - { name: entry, value: '{{ workflow.mainEntrypoint }}' }
      - { name: flag, value: 'true' }
      - { name: list, value: "{{= concat(['always'], inputs.parameters.flag == 'true' ? ['test'] : []) | toJSON() }}" }
      - { name: later, default: '{{inputs.parameters.entry}}-{{ workflow.name }}' }
    container: { image: alpine }
`);
    const run = await runFake(wf);
    expect(run.phase).toBe('Succeeded');
    const { list, ...others } = run.leaf.requests[0]?.inputs.parameters ?? {};
    expect(others).toEqual({ given: 'yes', entry: 'main', flag: 'true', later: 'main-t' });
    expect(JSON.parse(list ?? '')).toEqual(['always', 'test']);
  });
});

describe('artifact arguments', () => {
  it('subPath picks a file inside the artifact passed with from', async () => {
    const wf = workflowOf(`
  - name: main
    steps:
    - - { name: gen, template: gen }
    - - name: use
        template: use
        arguments: { artifacts: [{ name: m, from: '{{steps.gen.outputs.artifacts.dir}}', subPath: hello.txt }] }
  - name: gen
    outputs: { artifacts: [{ name: dir, path: /tmp/ }] }
    container: { image: alpine }
  - name: use
    inputs: { artifacts: [{ name: m, path: /tmp/m }] }
    container: { image: alpine }`);
    const run = await runFake(wf, { gen: { artifacts: { dir: '/store/gen/dir' } } });
    expect(run.phase).toBe('Succeeded');
    expect(run.leaf.requests.find((r) => r.node.templateName === 'use')?.inputs.artifacts['m']).toEqual({ path: '/store/gen/dir/hello.txt' });
  });
});

describe('metrics', () => {
  it('are ignored, so the variables only they may name ({{status}}, {{duration}}) are no error', async () => {
    const wf = workflowOf(`
  - name: main
    metrics:
      prometheus:
      - { name: result_counter, help: 'by status', labels: [{ key: status, value: '{{status}}' }], counter: { value: '1' } }
    container: { image: alpine }`);
    const run = await runFake(wf);
    expect(run.phase).toBe('Succeeded');
    expect(run.leaf.requests[0]?.template.metrics).toBeUndefined();
  });
});

describe('workflow.parameters.json', () => {
  it('is the parameter list as Argo marshals it, so jsonpath reads it by index', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: a, template: echo, arguments: { parameters: [{ name: m, value: "{{workflow.parameters.json}} {{=jsonpath(workflow.parameters.json, '$[1].value')}}" }] } }
${LEAVES}`,
      '  arguments: { parameters: [{ name: who, value: world }, { name: n, value: "2", enum: ["1", "2"] }] }',
    );
    const run = await runFake(wf);
    expect(run.nodes['t[0].a']?.outputs?.result).toBe('[{"name":"who","value":"world"},{"name":"n","value":"2","enum":["1","2"]}] 2');
  });
});

describe('tiphys workflows', () => {
  it('renders and validates the workflow, encodes params and decodes outputs with its codecs', async () => {
    const sum = dag('sum', { inputs: { n: param.number() }, outputs: { total: param.number() } }, (d, i) => {
      const x = d.task('x', double, { n: i.n });
      d.outputs({ total: x.out.doubled });
    });
    const leaf = fakeLeaf({ double: (r) => ({ parameters: { doubled: String(Number(r.inputs.parameters['n']) * 2) } }) });
    const run = await runLocal(workflow({ generateName: 'sum-', entrypoint: sum }), { params: { n: 21 }, leafRunner: leaf.runner });
    expect(run.name).toBe('sum-local');
    expect(run.phase).toBe('Succeeded');
    expect(run.outputs.total).toBe(42);
    expect(run.rawOutputs).toEqual({ total: '42' });
  });

  it('resolves templateRef calls from WorkflowTemplate values given to the run, and refuses a missing one', async () => {
    const lib = workflowTemplate({ name: 'ci-lib', templates: { echo } });
    const main = dag('main', (d) => void d.task('a', lib.templates.echo, { message: 'hi' }));
    const wf = workflow({ generateName: 'w-', entrypoint: main });
    const leaf = fakeLeaf();
    const run = await runLocal(wf, { templates: [lib], leafRunner: leaf.runner });
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['w-local.a']?.templateName).toBe('echo');
    expect(leaf.requests[0]?.inputs.parameters).toEqual({ message: 'hi' });
    const missing = await runLocal(wf, { leafRunner: leaf.runner });
    expect(missing.nodes['w-local.a']?.message).toBe("templateRef names WorkflowTemplate 'ci-lib', which was not given to the run (pass it in the `templates` option)");
  });

  it('merges spec.templateDefaults under each template, keeping the template\'s own kind (Argo\'s SetType)', async () => {
    const wf = workflowOf(
      `
  - name: main
    steps:
    - - { name: c, template: c }
  - name: c
    container: { args: [pwd] }`,
      `  templateDefaults:
    container: { image: alpine, command: [sh, -c], workingDir: /src }
    script: { image: alpine, command: [sh] }`,
    );
    const { phase, leaf } = await runFake(wf);
    expect(phase).toBe('Succeeded');
    expect(leaf.requests.map((r) => r.template)).toEqual([
      { name: 'c', container: { image: 'alpine', command: ['sh', '-c'], workingDir: '/src', args: ['pwd'] } },
    ]);
  });

  it('refuses an invalid workflow before running anything, listing its problems', async () => {
    const bad = workflowOf(`
  - name: main
    steps:
    - - { name: a, template: nowhere }`);
    await expect(runLocal(bad)).rejects.toThrow(/workflow 't' has 1 problem/);
  });
});
