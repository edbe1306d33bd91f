// The compile-time errors of WorkflowEventBindings and of WorkflowTemplates that expect globals supplied at
// submit time, read back from the checker at the call site.
import { describeSentences, type SentenceCases } from '../support/sentence-cases.js';

const header = `
import { container, cronWorkflow, globals, param, workflow, workflowEventBinding, workflowTemplate } from '../../src/index.js';
const g = globals({ salutation: param.string({ default: 'hello' }), times: param.int({ default: 1 }) });
const supplied = globals({ appellation: param.string() });
const say = container({ name: 'say', image: 'argoproj/argosay:v2', args: ['echo', \`\${g.salutation} \${supplied.appellation} \${g.times}\`] });
const consumer = workflowTemplate({ name: 'event-consumer', entrypoint: say, templates: {}, arguments: g, expects: supplied });
const selector = 'payload.appellation != ""';
const needy = container({ name: 'needy', image: 'b', inputs: { rev: param.string() }, args: ['x'] });
const entry = workflowTemplate({ name: 'entry', entrypoint: needy, templates: {} });
const plain = workflowTemplate({ name: 'plain', entrypoint: say, templates: {}, arguments: g });
`;

const cases = {
  'a binding argument that is no global of the WorkflowTemplate': [
    `workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: 'x', /*✗*/apellation: param.string({ event: 'payload.a' }) } } });`,
    `Type 'Param<string, false>' is not assignable to type '"✗ 'apellation' is neither a global of the WorkflowTemplate nor an input of its entrypoint; it takes: salutation, times, appellation"'.`,
  ],
  'a binding argument read from the event with a parameter of the wrong type': [
    `workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: 'x', /*✗*/times: param.string({ event: 'payload.times' }) } } });`,
    `Type 'Param<string, false>' is not assignable to type '"✗ argument 'times' expects number, but got a parameter of string"'.`,
  ],
  'a binding argument given a literal of the wrong type': [
    `workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { /*✗*/appellation: 3 } } });`,
    `Type 'number' is not assignable to type '"✗ argument 'appellation' expects string, but got a number"'.`,
  ],
  'a binding that does not supply a global the WorkflowTemplate expects': [
    `workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, /*✗*/arguments: { times: 2 } } });`,
    `Property 'appellation' is missing in type '{ times: 2; }' but required in type '{ readonly appellation: "✗ missing argument 'appellation' (string): the WorkflowTemplate reads it and expects it supplied at submit time"; }'.`,
  ],
  'a workflow run from the WorkflowTemplate that does not supply what it expects': [
    `workflow({ generateName: 'run-', workflowTemplateRef: consumer, /*✗*/arguments: { salutation: 'hi' } });`,
    `Property 'appellation' is missing in type '{ salutation: "hi"; }' but required in type '{ readonly appellation: "✗ missing argument 'appellation' (string): the WorkflowTemplate reads it and expects it supplied at submit time"; }'.`,
  ],
  'a workflow run from the WorkflowTemplate that supplies an expected global with the wrong type': [
    `workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: { /*✗*/appellation: true } });`,
    `Type 'true' is not assignable to type '"✗ argument 'appellation' expects string, but got a boolean"'.`,
  ],
  'a workflow run from the WorkflowTemplate that leaves its arguments out': [
    `workflow(/*✗*/{ generateName: 'run-', workflowTemplateRef: consumer });`,
    `Property 'arguments' is missing in type '{ generateName: string; workflowTemplateRef: WorkflowTemplate<{}, Globals<{ readonly salutation: Param<string, true>; readonly times: Param<number, true>; }>, {}, Globals<{ readonly appellation: Param<...>; }>>; }' but required in type '{ readonly arguments: "✗ arguments are required: the WorkflowTemplate needs appellation at submit time"; }'.`,
  ],
  "a workflow run from a WorkflowTemplate whose entrypoint needs an input, leaving arguments out": [
    `cronWorkflow({ name: 'c', schedules: ['0 * * * *'], workflow: workflow(/*✗*/{ workflowTemplateRef: entry }) });`,
    `Property 'arguments' is missing in type '{ workflowTemplateRef: WorkflowTemplate<{}, {}, { readonly rev: string; }, {}>; }' but required in type '{ readonly arguments: "✗ arguments are required: the WorkflowTemplate needs rev at submit time"; }'.`,
  ],
  'a binding that leaves its arguments out': [
    `workflowEventBinding({ name: 'b', event: { selector }, /*✗*/submit: { workflowTemplateRef: consumer } });`,
    `Property 'arguments' is missing in type '{ workflowTemplateRef: WorkflowTemplate<{}, Globals<{ readonly salutation: Param<string, true>; readonly times: Param<number, true>; }>, {}, Globals<{ readonly appellation: Param<string, false>; }>>; }' but required in type '{ readonly arguments: "✗ arguments are required: the WorkflowTemplate needs appellation at submit time"; }'.`,
  ],
} satisfies SentenceCases;

const accepted = `
workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: consumer, arguments: { appellation: param.string({ event: 'payload.appellation' }), times: 2 } } });
workflowEventBinding({ name: 'b', event: { selector } });
workflow({ generateName: 'run-', workflowTemplateRef: consumer, arguments: { appellation: 'world' } });
workflow({ generateName: 'run-', workflowTemplateRef: plain });
workflowEventBinding({ name: 'b', event: { selector }, submit: { workflowTemplateRef: plain } });
`;

describeSentences('event bindings and expected globals: sentences at the call site', header, cases, accepted);
