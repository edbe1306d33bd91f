// WorkflowEventBindings, plain Kubernetes objects and WorkflowTemplates that expect globals supplied at
// submit time: rendered, checked, built in export order, linted, and refused where they start no workflow.
import * as E from 'fp-ts/lib/Either.js';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  clusterWorkflowTemplate,
  compileDocument,
  container,
  globals,
  kubernetesObject,
  param,
  renderDocument,
  validateDocument,
  workflow,
  workflowEventBinding,
  workflowTemplate,
  type DocumentValue,
} from '../src/index.js';
import { runCli } from './support/run-cli.js';

const unchecked = (...argv: string[]) => runCli([...argv, '--no-typecheck']);
const problemsOf = (v: DocumentValue): ReadonlyArray<string> => {
  const r = renderDocument(v);
  return E.isLeft(r) ? r.left.map((p) => `${p.template ?? ''}${p.path ?? ''}: ${p.message}`) : [];
};

const g = globals({ salutation: param.string({ default: 'hello' }) });
const supplied = globals({ appellation: param.string() });
const say = container({ name: 'say', image: 'argoproj/argosay:v2', args: ['echo', `${g.salutation} ${supplied.appellation}`] });
const consumer = workflowTemplate({ name: 'event-consumer', entrypoint: say, templates: {}, arguments: g, expects: supplied });

describe('a WorkflowTemplate that expects globals supplied at submit time', () => {
  it('reads them as typed refs and does not declare them in spec.arguments', () => {
    const r = renderDocument(consumer);
    expect(E.isRight(r) && r.right.spec.arguments).toEqual({ parameters: [{ name: 'salutation', value: 'hello' }] });
  });

  it('without `expects`, reading one is an undeclared global', () => {
    expect(problemsOf(workflowTemplate({ name: 'event-consumer', entrypoint: say, templates: {}, arguments: g }))).toEqual([
      "say: uses global parameter 'appellation' ({{workflow.parameters.appellation}}), which WorkflowTemplate 'event-consumer' does not declare; add it to the arguments (`arguments: globals({ appellation: param.string() })`)",
    ]);
  });

  it('is run by a workflow that supplies them, and a workflow that does not is reported (for JavaScript callers)', () => {
    const r = renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: { appellation: 'world' } }));
    expect(E.isRight(r) && r.right.spec.arguments).toEqual({ parameters: [{ name: 'appellation', value: 'world' }] });
    expect(problemsOf(workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: {} as Record<string, never> }))).toEqual([
      "spec.arguments.parameters.appellation: WorkflowTemplate 'event-consumer' reads global 'appellation' and expects it supplied at submit time; give it in `arguments`",
    ]);
  });
});

describe('workflowEventBinding', () => {
  it('renders its selector and what it submits: literals as values, event parameters as valueFrom.event', () => {
    const b = workflowEventBinding({
      name: 'event-consumer',
      event: { selector: 'payload.appellation != ""' },
      submit: { workflowTemplateRef: consumer, arguments: { appellation: param.string({ event: 'payload.appellation' }), salutation: 'hi' }, metadata: { labels: { from: 'event' } } },
    });
    expect(renderDocument(b)).toEqual(
      E.right({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'WorkflowEventBinding',
        metadata: { name: 'event-consumer' },
        spec: {
          event: { selector: 'payload.appellation != ""' },
          submit: {
            workflowTemplateRef: { name: 'event-consumer' },
            metadata: { labels: { from: 'event' } },
            arguments: { parameters: [{ name: 'appellation', valueFrom: { event: 'payload.appellation' } }, { name: 'salutation', value: 'hi' }] },
          },
        },
      }),
    );
  });

  it('points at a ClusterWorkflowTemplate with clusterScope', () => {
    const lib = clusterWorkflowTemplate({ name: 'cluster-consumer', entrypoint: say, templates: {}, arguments: g, expects: supplied });
    const r = renderDocument(workflowEventBinding({ name: 'b', event: { selector: 'true' }, submit: { workflowTemplateRef: lib, arguments: { appellation: 'x' } } }));
    expect(E.isRight(r) && r.right.spec.submit?.workflowTemplateRef).toEqual({ name: 'cluster-consumer', clusterScope: true });
  });

  it('reports an empty selector', () => {
    const r = compileDocument(workflowEventBinding({ name: 'b', event: { selector: ' ' }, submit: { workflowTemplateRef: consumer, arguments: { appellation: 'x' } } }));
    expect(E.isLeft(r) && r.left.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'spec.event.selector: the binding needs an event selector, an expression over the event such as \'payload.message != ""\' (it is empty)',
    ]);
  });

  it('reports an argument that is no global, one it expects and is not given, and one with no value (for JavaScript callers)', () => {
    const b = workflowEventBinding({
      name: 'broken',
      event: { selector: 'true' },
      submit: { workflowTemplateRef: consumer, arguments: { apellation: param.string({ event: 'payload.a' }), salutation: param.string() } as unknown as Record<string, never> },
    });
    expect(problemsOf(b)).toEqual([
      "spec.submit.arguments.parameters.apellation: argument 'apellation' is neither a global of WorkflowTemplate 'event-consumer' nor an input of its entrypoint 'say'; it takes: salutation, appellation",
      "spec.submit.arguments.parameters.appellation: WorkflowTemplate 'event-consumer' reads global 'appellation' and expects it supplied at submit time; give it in `arguments`",
      "spec.submit.arguments.parameters.salutation: argument 'salutation' has no value: read it from the event (`param.string({ event: 'payload.salutation' })`) or give a literal",
    ]);
  });

  it("is checked by Argo's rules as YAML too: a selector, a template name, each argument a value or valueFrom.event", () => {
    const doc = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'WorkflowEventBinding',
      metadata: { name: 'b' },
      spec: { event: {}, submit: { workflowTemplateRef: {}, arguments: { parameters: [{ name: 'x' }, { name: 'x', valueFrom: { path: '/tmp/x' } }] } } },
    };
    expect(validateDocument(doc).map((p) => `${p.rule} ${p.path}: ${p.message}`)).toEqual([
      "event-binding spec.event.selector: the binding needs an event selector, an expression over the event such as 'payload.message != \"\"' (it is missing)",
      'event-binding spec.submit.workflowTemplateRef.name: submit.workflowTemplateRef needs the name of the WorkflowTemplate to submit',
      "argument-value spec.submit.arguments.parameters[0]: argument 'x' needs a value or valueFrom.event (an expression over the event, such as payload.x)",
      "param-name spec.submit.arguments.parameters[1].name: argument 'x' is given twice",
      "argument-value-from spec.submit.arguments.parameters[1].valueFrom: argument 'x' has valueFrom.path, which a binding cannot read; use valueFrom.event",
    ]);
  });
});

describe('kubernetesObject', () => {
  it('renders the object as given', () => {
    const pvc = kubernetesObject({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'v' }, spec: { accessModes: ['ReadWriteOnce'] } });
    expect(renderDocument(pvc)).toEqual(E.right({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'v' }, spec: { accessModes: ['ReadWriteOnce'] } }));
  });

  it('reports what its loose typing lets through: no apiVersion, no kind, no name, an Argo kind', () => {
    expect(problemsOf(kubernetesObject({ apiVersion: '', kind: '', metadata: {} }))).toEqual([
      "apiVersion: the object needs an apiVersion, e.g. 'v1'",
      "kind: the object needs a kind, e.g. 'PersistentVolumeClaim'",
      'metadata: the object needs `metadata.name` (or `generateName`)',
    ]);
    expect(problemsOf(kubernetesObject({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { name: 'w' }, spec: {} }))).toEqual([
      'apiVersion: Workflow is an Argo kind (argoproj.io/v1alpha1): build it with its typed constructor (workflow(), workflowTemplate(), cronWorkflow(), workflowEventBinding()), which tiphys checks',
    ]);
  });
});

describe('the CLI with these kinds', () => {
  it('tiphys build emits each exported document, the default first, then in export order', async () => {
    const r = await unchecked('build', 'test/fixtures/event-kinds.ts');
    expect(r.stderr).toBe('');
    expect(parseAllDocuments(r.stdout).map((d) => `${d.toJS().kind}/${d.toJS().metadata.name}`)).toEqual([
      'PersistentVolumeClaim/scratch',
      'WorkflowTemplate/event-consumer',
      'WorkflowEventBinding/event-consumer',
      'Workflow/run-consumer',
    ]);
  }, 120_000);

  it('tiphys lint validates a module\'s binding, and its Kubernetes object by its own checks', async () => {
    expect(await unchecked('lint', 'test/fixtures/event-kinds.ts')).toMatchObject({ code: 0, stdout: 'no problems found in 4 document(s) of 1 file(s)\n' });
    const broken = await unchecked('lint', 'test/fixtures/broken-binding.ts');
    expect(broken.code).toBe(1);
    expect(broken.stderr + broken.stdout).toContain("argument 'apellation' is neither a global of WorkflowTemplate 'event-consumer'");
    const invalid = await unchecked('lint', 'test/fixtures/empty-selector.ts');
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('spec.event.selector: the binding needs an event selector');
  }, 120_000);

  it('tiphys submit refuses a binding or an object by name: neither starts a workflow', async () => {
    for (const name of ['binding', 'volume']) {
      const r = await runCli(['submit', 'test/fixtures/event-kinds.ts', '--export', name, '--dry-run']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`is a ${name === 'binding' ? 'WorkflowEventBinding' : 'KubernetesObject'}; this command takes Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow`);
    }
  }, 120_000);
});
