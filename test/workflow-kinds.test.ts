import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, dag, globals, param, renderDocument, workflow, workflowTemplate, type Template } from '../src/index.js';
import { echo } from './support/templates.js';

const g = globals({ date: param.string() });
const printDate = container({ name: 'print-date', image: 'busybox', command: ['echo'], args: [`${g.date}`] });

describe('globals', () => {
  it('renders a declared global into spec.arguments and its ref as workflow.parameters', () => {
    const r = renderDocument(workflow({ generateName: 'g-', entrypoint: printDate, arguments: g }));
    expect(E.isRight(r) && r.right.spec).toMatchObject({
      arguments: { parameters: [{ name: 'date' }] },
      templates: [{ container: { args: ['{{workflow.parameters.date}}'] } }],
    });
  });

  it('reports a global ref used by a workflow that does not declare it', () => {
    const r = renderDocument(workflow({ generateName: 'g-', entrypoint: printDate }));
    expect(E.isLeft(r) && r.left).toEqual([
      {
        template: 'print-date',
        message:
          "uses global parameter 'date' ({{workflow.parameters.date}}), which the workflow does not declare; add it to the arguments (`arguments: globals({ date: param.string() })`)",
      },
    ]);
  });
});

describe('templateRef calls', () => {
  const lib = workflowTemplate({ name: 'ci-lib', templates: { echo } });

  it('renders templateRef and does not copy the library template into the workflow', () => {
    const main = dag('main', (d) => void d.task('a', lib.templates.echo, { message: 'hi' }));
    const r = renderDocument(workflow({ generateName: 'w-', entrypoint: main }));
    expect(E.isRight(r) && r.right.kind === 'Workflow' && r.right.spec.templates).toEqual([
      { name: 'main', dag: { tasks: [{ name: 'a', templateRef: { name: 'ci-lib', template: 'echo' }, arguments: { parameters: [{ name: 'message', value: 'hi' }] } }] } },
    ]);
  });

  it('checks the arguments of a templateRef call as those of a local call', () => {
    const loose = lib.templates.echo as unknown as Template<{ readonly mesage: string }, {}>;
    const main = dag('main', (d) => void d.task('a', loose, { mesage: 'hi' }));
    const r = renderDocument(workflow({ generateName: 'w-', entrypoint: main }));
    expect(E.isLeft(r) && r.left.map((p) => p.message)).toEqual([
      "missing required input 'message' of template 'echo'; pass it or give the input a default",
      "template 'echo' has no input 'mesage'; it takes: message",
    ]);
  });
});

describe('a WorkflowTemplate run whole', () => {
  it('renders its exit handler as spec.onExit, with the handler among its templates', () => {
    const cleanup = container({ name: 'cleanup', image: 'busybox', command: ['true'] });
    const r = renderDocument(workflowTemplate({ name: 'lib', entrypoint: printDate, onExit: cleanup, arguments: g, templates: { printDate } }));
    expect(E.isRight(r) && r.right.spec).toMatchObject({ entrypoint: 'print-date', onExit: 'cleanup' });
    const spec = E.isRight(r) ? (r.right.spec as { readonly templates?: ReadonlyArray<{ readonly name: string }> }) : {};
    expect(spec.templates?.map((t) => t.name)).toContain('cleanup');
  });
});

describe('a workflow run from a WorkflowTemplate (workflowTemplateRef)', () => {
  const lib = workflowTemplate({
    name: 'ci-lib',
    entrypoint: echo,
    templates: { echo },
    arguments: { registry: param.string({ default: 'ghcr.io' }), token: param.string() },
  });
  const run = (args: Readonly<Record<string, string>>) =>
    renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: args as { registry?: string } }));

  it('renders the reference and the arguments given', () => {
    const r = run({ token: 't', message: 'hi' });
    expect(E.isRight(r) && r.right.spec).toEqual({
      arguments: { parameters: [{ name: 'token', value: 't' }, { name: 'message', value: 'hi' }] },
      workflowTemplateRef: { name: 'ci-lib' },
    });
  });

  it('names an unknown argument, a global without a value and a missing entrypoint input, each in a sentence', () => {
    const r = run({ registri: 'quay.io' });
    expect(E.isLeft(r) && r.left).toEqual([
      {
        path: 'spec.arguments.parameters.registri',
        message: "argument 'registri' is neither a global of WorkflowTemplate 'ci-lib' nor an input of its entrypoint 'echo'; it takes: registry, token, message",
      },
      { path: 'spec.arguments.parameters.token', message: "WorkflowTemplate 'ci-lib' needs global 'token', which has no value of its own; give it in `arguments`" },
      { path: 'spec.arguments.parameters.message', message: "entrypoint 'echo' of WorkflowTemplate 'ci-lib' needs input 'message'; give it in `arguments`" },
    ]);
  });
});
