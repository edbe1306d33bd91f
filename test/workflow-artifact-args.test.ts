// Workflow-level artifact arguments (Argo `spec.arguments.artifacts`): on a WorkflowTemplate, beside a
// workflow's globals, and given to a workflow run from a WorkflowTemplate.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { artifact, container, globals, param, raw, renderDocument, s3, secretKey, workflow, workflowTemplate, } from '../src/index.js';
import type { WorkflowSpec } from '../src/argo-model/generated/argo-types.js';
import { schemaErrors } from './support/argo-schema.js';

const g = globals({ greeting: param.string({ default: 'hello' }) });
const show = container({
  name: 'show',
  image: 'alpine',
  inputs: { data: artifact({ path: '/tmp/data' }) },
  command: ['sh', '-c'],
  args: [`echo ${g.greeting}; cat /tmp/data`],
});
const bucket = s3({ bucket: 'b', key: 'data.zip', accessKeySecret: secretKey('s3-creds', 'accessKey'), secretKeySecret: secretKey('s3-creds', 'secretKey') });

/** A document without a problem, schema-valid; its spec (never a CronWorkflow's here). */
const rendered = (v: Parameters<typeof renderDocument>[0]): { readonly spec: WorkflowSpec } => {
  const r = renderDocument(v);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  expect(schemaErrors(r.right)).toEqual([]);
  return r.right as { readonly spec: WorkflowSpec };
};

describe('artifact arguments of a WorkflowTemplate', () => {
  const lib = workflowTemplate({ name: 'lib', entrypoint: show, templates: { show }, arguments: { ...g, data: bucket } });

  it('render beside its globals into spec.arguments, schema-valid', () => {
    expect(rendered(lib).spec.arguments).toEqual({
      parameters: [{ name: 'greeting', value: 'hello' }],
      artifacts: [
        {
          name: 'data',
          s3: { bucket: 'b', key: 'data.zip', accessKeySecret: { name: 's3-creds', key: 'accessKey' }, secretKeySecret: { name: 's3-creds', key: 'secretKey' } },
        },
      ],
    });
  });

  it('stand beside a record of param.* too', () => {
    const plain = workflowTemplate({ name: 'plain', entrypoint: show, templates: { show }, arguments: { greeting: param.string({ default: 'hi' }), data: raw('x') } });
    expect(rendered(plain).spec.arguments).toEqual({ parameters: [{ name: 'greeting', value: 'hi' }], artifacts: [{ name: 'data', raw: { data: 'x' } }] });
  });

  it('are overridden by a workflow run from it, which renders only its own', () => {
    expect(rendered(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { data: raw('y') } })).spec).toEqual({
      arguments: { artifacts: [{ name: 'data', raw: { data: 'y' } }] },
      workflowTemplateRef: { name: 'lib' },
    });
  });

  it('report one that names no artifact input of the entrypoint, or has no entrypoint (JavaScript callers)', () => {
    const wrong = workflowTemplate({ name: 'wrong', entrypoint: show, templates: { show }, arguments: { ...g, date: raw('x') } as never });
    const none = workflowTemplate({ name: 'none', templates: { show }, arguments: { ...g, data: raw('x') } as never });
    expect(E.isLeft(renderDocument(wrong)) && (renderDocument(wrong) as E.Left<unknown>).left).toEqual([
      { path: 'spec.arguments.artifacts.date', message: "artifact argument 'date' is no artifact input of entrypoint 'show'; it takes: data" },
    ]);
    expect(E.isLeft(renderDocument(none)) && (renderDocument(none) as E.Left<unknown>).left).toEqual([
      {
        path: 'spec.arguments.artifacts.data',
        message: "artifact argument 'data' is for the entrypoint, and WorkflowTemplate 'none' has none; give it an `entrypoint` with an artifact input 'data'",
      },
    ]);
  });

  it("report a workflow's artifact argument that is no artifact (JavaScript callers)", () => {
    const r = renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { data: 'y' } as never }));
    expect(E.isLeft(r) && r.left).toEqual([
      { path: 'spec.arguments.artifacts.data', message: `artifact 'data' of WorkflowTemplate 'lib' expects an artifact, got "y"` },
    ]);
  });
});

describe('a workflow with globals beside artifact arguments', () => {
  it('renders both into spec.arguments: the globals, then the artifacts its entrypoint takes', () => {
    const spec = rendered(workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, data: raw('seed') } })).spec;
    expect(spec.arguments).toEqual({ parameters: [{ name: 'greeting', value: 'hello' }], artifacts: [{ name: 'data', raw: { data: 'seed' } }] });
  });

  it('still reports a missing artifact of the entrypoint', () => {
    const r = renderDocument(workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g } }));
    expect(E.isLeft(r) && r.left).toEqual([
      { path: 'spec.arguments.artifacts.data', message: "missing required artifact 'data' of template 'show'; pass one, or give the input a location or `optional: true`" },
    ]);
  });
});

describe('a WorkflowTemplate with artifact arguments that also expects globals supplied at submit time', () => {
  const supplied = globals({ who: param.string() });
  const greet = container({ name: 'greet', image: 'alpine', inputs: { data: artifact({ path: '/tmp/data' }) }, args: [`${g.greeting} ${supplied.who}`] });
  const lib = workflowTemplate({ name: 'both', entrypoint: greet, templates: { greet }, arguments: { ...g, data: raw('x') }, expects: supplied });

  it('renders its globals and artifacts, not the expected global', () => {
    expect(rendered(lib).spec.arguments).toEqual({ parameters: [{ name: 'greeting', value: 'hello' }], artifacts: [{ name: 'data', raw: { data: 'x' } }] });
  });

  it('a run gives the expected global beside an artifact of its own', () => {
    expect(rendered(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { who: 'world', data: raw('y') } })).spec.arguments).toEqual({
      parameters: [{ name: 'who', value: 'world' }],
      artifacts: [{ name: 'data', raw: { data: 'y' } }],
    });
  });

  it('a run that leaves out the expected global is a problem (JavaScript callers)', () => {
    const r = renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { data: raw('y') } } as never));
    expect(E.isLeft(r) && r.left).toEqual([
      { path: 'spec.arguments.parameters.who', message: "WorkflowTemplate 'both' reads global 'who' and expects it supplied at submit time; give it in `arguments`" },
    ]);
  });
});
