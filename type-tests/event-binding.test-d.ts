import { expectError, expectType } from 'tsd';
import {
  container,
  globals,
  kubernetesObject,
  param,
  toDocument,
  workflow,
  workflowEventBinding,
  workflowTemplate,
  type KubernetesManifest,
  type KubernetesObject,
  type WorkflowEventBinding,
} from '../src/index.js';

const g = globals({ salutation: param.string({ default: 'hello' }), times: param.int({ default: 1 }) });
const supplied = globals({ appellation: param.string() });
const say = container({ name: 'say', image: 'argoproj/argosay:v2', args: ['echo', `${g.salutation} ${supplied.appellation}`] });
const consumer = workflowTemplate({ name: 'event-consumer', entrypoint: say, templates: {}, arguments: g, expects: supplied });
const selector = 'payload.appellation != ""';

// A binding's arguments are typed by the WorkflowTemplate's globals, those it expects supplied included.
expectType<WorkflowEventBinding>(
  workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: param.string({ event: 'payload.appellation' }), times: 2 } } }),
);
expectError(workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: 'x', apellation: 'y' } } }));
expectError(workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: 'x', times: param.string({ event: 'payload.times' }) } } }));
expectError(workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: 3 } } }));
expectError(workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { times: 2 } } }));

// A workflow run from it must supply what it expects.
workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: { appellation: 'world' } });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: { salutation: 'hi' } }));

// A plain Kubernetes object: apiVersion, kind and metadata are required, the rest is JSON.
expectType<KubernetesObject>(kubernetesObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }));
expectType<KubernetesManifest>(toDocument(kubernetesObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } })));
expectError(kubernetesObject({ kind: 'ConfigMap', metadata: { name: 'c' } }));
expectError(kubernetesObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { when: new Date() } }));

// Leaving `arguments` out of a run is an error when the WorkflowTemplate needs some: a global it expects
// supplied, or an entrypoint input no global fills; fine when it needs none.
const needsRev = workflowTemplate({ name: 'needs-rev', entrypoint: container({ name: 'rev', image: 'b', inputs: { rev: param.string() }, args: ['x'] }), templates: {} });
const needsNothing = workflowTemplate({ name: 'needs-nothing', entrypoint: container({ name: 'n', image: 'b', args: ['x'] }), templates: {} });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: consumer }));
expectError(workflow({ generateName: 'run-', workflowTemplateRef: needsRev }));
expectError(workflowEventBinding({ name: 'b', event: { selector: 'true' }, submit: { workflowTemplateRef: consumer } }));
workflow({ generateName: 'run-', workflowTemplateRef: needsRev, arguments: { rev: 'main' } });
workflow({ generateName: 'run-', workflowTemplateRef: needsNothing });
workflowEventBinding({ name: 'b', event: { selector: 'true' }, submit: { workflowTemplateRef: needsNothing } });
