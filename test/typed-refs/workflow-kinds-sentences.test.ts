// The compile-time errors of WorkflowTemplates, stubs and CronWorkflows, read back from the checker at the call site.
import { describeSentences, type SentenceCases } from '../support/sentence-cases.js';

const header = `
import { artifact, container, cronWorkflow, dag, globals, param, raw, s3, templateStub, workflow, workflowTemplate, workflowTemplateStub } from '../../src/index.js';
import { double, echo } from '../../type-tests/fixtures.js';
const lib = workflowTemplate({ name: 'ci-lib', templates: { double, echo }, arguments: { registry: param.string({ default: 'ghcr.io' }) } });
const run = workflowTemplate({ name: 'run-lib', templates: { double }, entrypoint: double, arguments: { registry: param.string({ default: 'ghcr.io' }) } });
const remote = workflowTemplateStub({
  name: 'remote-lib',
  templates: { deploy: templateStub({ name: 'deploy', inputs: { image: param.string(), replicas: param.int({ default: 1 }) }, pod: true }) },
});
const g = globals({ greeting: param.string({ default: 'hello' }) });
const show = container({ name: 'show', image: 'alpine', inputs: { data: artifact({ path: '/tmp/data' }) }, args: ['cat /tmp/data'] });
const files = workflowTemplate({ name: 'files', entrypoint: show, templates: { show }, arguments: { ...g, data: s3({ key: 'data.zip' }) } });
const showStub = templateStub({ name: 'show', inputs: { data: artifact() }, pod: true });
const remoteFiles = workflowTemplateStub({ name: 'files', entrypoint: 'show', templates: { show: showStub }, arguments: { ...g, data: s3({ key: 'data.zip' }) } });
`;

const cases = {
  'a templateRef call with a wrong argument': [
    `dag('d', (d) => { d.task('x', lib.templates.double, { /*✗*/n: 'two' }); });`,
    `Type '"two"' is not assignable to type '"✗ input 'n' expects number, but got a string"'.`,
  ],
  'a stub call without a required input': [
    `dag('d', (d) => { d.task('x', remote.templates.deploy, /*✗*/{ replicas: 2 }); });`,
    `Property 'image' is missing in type '{ replicas: 2; }' but required in type '{ readonly image: "✗ missing required input 'image' (string)"; }'.`,
  ],
  'a stub call with an ill-typed input': [
    `dag('d', (d) => { d.task('x', remote.templates.deploy, { image: 'nginx', /*✗*/replicas: 'two' }); });`,
    `Type '"two"' is not assignable to type '"✗ input 'replicas' expects number, but got a string"'.`,
  ],
  'a stub entrypoint that names no template of it': [
    `workflowTemplateStub({ name: 'x', /*✗*/entrypoint: 'nope', templates: { deploy: remote.templates.deploy } });`,
    `Type '"nope"' is not assignable to type '"deploy"'.`,
  ],
  'a misspelled argument of a workflow run from a WorkflowTemplate': [
    `workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { n: 2, /*✗*/registy: 'quay.io' } });`,
    `Type '"quay.io"' is not assignable to type '"✗ 'registy' is neither a global of the WorkflowTemplate nor an input of its entrypoint; it takes: n, note, registry"'.`,
  ],
  'a global given a value of the wrong type': [
    `workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { n: 2, /*✗*/registry: 3 } });`,
    `Type 'number' is not assignable to type '"✗ argument 'registry' expects string, but got a number"'.`,
  ],
  "an entrypoint input of the WorkflowTemplate given a value of the wrong type": [
    `workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { /*✗*/n: 'two' } });`,
    `Type '"two"' is not assignable to type '"✗ argument 'n' expects number, but got a string"'.`,
  ],
  "an entrypoint input of the WorkflowTemplate that no argument or global gives": [
    `workflow({ generateName: 'run-', workflowTemplateRef: run, /*✗*/arguments: { registry: 'quay.io' } });`,
    `Property 'n' is missing in type '{ registry: "quay.io"; }' but required in type '{ readonly n: "✗ missing argument 'n' (number): the entrypoint needs it and no global of the WorkflowTemplate gives it"; }'.`,
  ],
  'an argument for an entrypoint that overrides the WorkflowTemplate\'s': [
    `workflow({ generateName: 'run-', workflowTemplateRef: lib, entrypoint: lib.templates.echo, arguments: { /*✗*/message: 2 } });`,
    `Type 'number' is not assignable to type '"✗ argument 'message' expects string, but got a number"'.`,
  ],
  'a workflow argument that is no input of its entrypoint': [
    `workflow({ generateName: 'w-', entrypoint: double, arguments: { /*✗*/m: 2 } });`,
    `Type 'number' is not assignable to type '"✗ 'm' is not an input of the entrypoint; it takes: n, note"'.`,
  ],
  'an artifact argument of a WorkflowTemplate that is no artifact input of its entrypoint': [
    `workflowTemplate({ name: 'f', entrypoint: show, templates: { show }, arguments: { ...g, /*✗*/date: raw('x') } });`,
    `Type 'Artifact' is not assignable to type '"✗ artifact argument 'date' is no artifact input of the entrypoint; it takes: data"'.`,
  ],
  'a WorkflowTemplate argument that is neither a global nor an artifact': [
    `workflowTemplate({ name: 'f', entrypoint: show, templates: { show }, arguments: { /*✗*/data: 'x' } });`,
    `Type '"x"' is not assignable to type '"✗ argument 'data' is neither a global (param.*) nor an artifact (s3({...}), raw(...), ...)"'.`,
  ],
  'a workflow argument beside its globals that is no artifact for an artifact input': [
    `workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, /*✗*/data: 'x' } });`,
    `Type '"x"' is not assignable to type '"✗ argument 'data' of the entrypoint expects an artifact, but got a string"'.`,
  ],
  'a value written over a spread global': [
    `workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, /*✗*/greeting: 'hi', data: raw('x') } });`,
    `Type '"hi"' is not assignable to type '"✗ 'greeting' is a global of the spread globals({...}); its value is its default: declare it there, or give it at submit time"'.`,
  ],
  "a workflow run from a WorkflowTemplate given a string for its entrypoint's artifact": [
    `workflow({ generateName: 'run-', workflowTemplateRef: files, arguments: { /*✗*/data: 'y' } });`,
    `Type '"y"' is not assignable to type '"✗ argument 'data' expects an artifact, but got a string"'.`,
  ],
  'an artifact argument of a stub that is no artifact input of its entrypoint': [
    `workflowTemplateStub({ name: 'f', entrypoint: 'show', templates: { show: showStub }, arguments: { ...g, /*✗*/date: raw('x') } });`,
    `Type 'Artifact' is not assignable to type '"✗ artifact argument 'date' is no artifact input of the entrypoint; it takes: data"'.`,
  ],
  "a workflow run from a stub given a string for its entrypoint's artifact": [
    `workflow({ generateName: 'run-', workflowTemplateRef: remoteFiles, arguments: { /*✗*/data: 'y' } });`,
    `Type '"y"' is not assignable to type '"✗ argument 'data' expects an artifact, but got a string"'.`,
  ],
  'a misspelled argument of a CronWorkflow run from a WorkflowTemplate': [
    `cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: run, arguments: { n: 2, /*✗*/registy: 'quay.io' } } });`,
    `Type '"quay.io"' is not assignable to type '"✗ 'registy' is neither a global of the WorkflowTemplate nor an input of its entrypoint; it takes: n, note, registry"'.`,
  ],
  'an argument of the wrong type of a CronWorkflow run from a WorkflowTemplate': [
    `cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: run, arguments: { /*✗*/n: 'two' } } });`,
    `Type '"two"' is not assignable to type '"✗ argument 'n' expects number, but got a string"'.`,
  ],
  'a CronWorkflow given a template': [
    `cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], /*✗*/workflow: double });`,
    `Type 'Template<{ readonly n: number; readonly note?: string; }, OutputsOf<{ readonly doubled: Param<number, false>; }>>' is not assignable to type '"✗ a CronWorkflow runs a workflow(...) value or { workflowTemplateRef }, but got a template; wrap it: workflow({ entrypoint: t })"'.`,
  ],
  'a CronWorkflow given a WorkflowTemplate': [
    `cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], /*✗*/workflow: run });`,
    `Type 'WorkflowTemplate<{ readonly double: Template<{ readonly n: number; readonly note?: string; }, OutputsOf<{ readonly doubled: Param<number, false>; }>>; }, { registry: Param<string, true>; }, { ...; }, {}>' is not assignable to type '"✗ a CronWorkflow runs a workflow(...) value or { workflowTemplateRef }, but got a WorkflowTemplate; run it with { workflowTemplateRef: lib }"'.`,
  ],
} satisfies SentenceCases;

const accepted = `
dag('d', (d) => {
  const x = d.task('x', lib.templates.double, { n: 2 });
  d.task('y', remote.templates.deploy, { image: 'nginx' });
  d.task('z', double, { n: x.out.doubled });
});
workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { registry: 'quay.io' } });
workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { n: 2 } });
workflow({ generateName: 'run-', workflowTemplateRef: lib, entrypoint: lib.templates.echo, arguments: { message: 'hi' } });
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: run, arguments: { n: 3 } } });
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: lib } });
workflowTemplateStub({ name: 'x', entrypoint: 'deploy', templates: { deploy: remote.templates.deploy } });
workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, data: raw('x') } });
workflow({ generateName: 'run-', workflowTemplateRef: files, arguments: { data: raw('y'), greeting: 'hi' } });
workflow({ generateName: 'run-', workflowTemplateRef: remoteFiles, arguments: { data: raw('y'), greeting: 'hi' } });
workflowTemplate({ name: 'f', entrypoint: show, templates: { show }, arguments: { region: param.string(), data: raw('x') } });
`;

describeSentences('workflow kinds: sentences at the call site', header, cases, accepted);
