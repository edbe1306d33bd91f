// The compile-time errors of WorkflowTemplates, stubs and CronWorkflows, read back from the checker at the call site.
import { describeSentences, type SentenceCases } from '../support/sentence-cases.js';

const header = `
import { cronWorkflow, dag, param, templateStub, workflow, workflowTemplate, workflowTemplateStub } from '../../src/index.js';
import { double, echo } from '../../type-tests/fixtures.js';
const lib = workflowTemplate({ name: 'ci-lib', templates: { double, echo }, arguments: { registry: param.string({ default: 'ghcr.io' }) } });
const remote = workflowTemplateStub({
  name: 'remote-lib',
  templates: { deploy: templateStub({ name: 'deploy', inputs: { image: param.string(), replicas: param.int({ default: 1 }) }, pod: true }) },
});
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
} satisfies SentenceCases;

const accepted = `
dag('d', (d) => {
  const x = d.task('x', lib.templates.double, { n: 2 });
  d.task('y', remote.templates.deploy, { image: 'nginx' });
  d.task('z', double, { n: x.out.doubled });
});
workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { registry: 'quay.io' } });
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: lib } });
workflowTemplateStub({ name: 'x', entrypoint: 'deploy', templates: { deploy: remote.templates.deploy } });
`;

describeSentences('workflow kinds: sentences at the call site', header, cases, accepted);
