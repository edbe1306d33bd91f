import { expectError, expectType } from 'tsd';
import { artifact, container, cron, cronWorkflow, dag, expression, globals, param, raw, s3, templateStub, wf, workflow, workflowTemplate, workflowTemplateStub, type GlobalRef, type Ref } from '../src/index.js';
import { double, echo } from './fixtures.js';

const lib = workflowTemplate({ name: 'ci-lib', templates: { double, echo }, arguments: { registry: param.string({ default: 'ghcr.io' }) } });

dag('calls', (d) => {
  // A templateRef call is typed as the local template is.
  const x = d.task('x', lib.templates.double, { n: 2 });
  expectType<Ref<number>>(x.out.doubled);
  expectError(d.task('y', lib.templates.double, { n: 'two' }));
  expectError(d.task('z', lib.templates.echo, {}));
});

// A workflow run from the template is typed by its global arguments.
workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { registry: 'quay.io' } });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: { registri: 'quay.io' } }));

// ...and by its entrypoint's inputs: each typed, and one that no global gives is required.
const run = workflowTemplate({ name: 'run-lib', templates: { double }, entrypoint: double, arguments: { registry: param.string({ default: 'ghcr.io' }) } });
workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { n: 2, registry: 'quay.io' } });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { n: 'two' } }));
expectError(workflow({ generateName: 'run-', workflowTemplateRef: run, arguments: { registry: 'quay.io' } }));
workflow({ generateName: 'run-', workflowTemplateRef: run, entrypoint: run.templates.double, arguments: { n: 2 } });
workflow({ generateName: 'run-', workflowTemplateRef: lib, entrypoint: lib.templates.echo, arguments: { message: 'hi' } });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: lib, entrypoint: lib.templates.echo, arguments: { message: 2 } }));
// A workflow needs an entrypoint or a WorkflowTemplate to run.
expectError(workflow({ generateName: 'none-' }));

// A global ref has its parameter's type.
const g = globals({ retries: param.int({ default: 3 }), date: param.string() });
expectType<GlobalRef<number>>(g.retries);
expectError<Ref<string>>(g.retries);
expectError(workflow({ generateName: 'w-', entrypoint: double, arguments: { n: g.date } }));

// Artifact arguments (spec.arguments.artifacts) are for the entrypoint's artifact inputs, beside the globals.
const show = container({ name: 'show', image: 'alpine', inputs: { data: artifact({ path: '/tmp/data' }) }, args: ['cat /tmp/data'] });
const files = workflowTemplate({ name: 'files', entrypoint: show, templates: { show }, arguments: { ...g, data: s3({ key: 'data.zip' }) } });
workflowTemplate({ name: 'files', entrypoint: show, templates: { show }, arguments: { region: param.string(), data: raw('x') } });
expectError(workflowTemplate({ name: 'files', entrypoint: show, templates: { show }, arguments: { ...g, day: raw('x') } }));
expectError(workflowTemplate({ name: 'files', entrypoint: show, templates: { show }, arguments: { ...g, date: raw('x') } }));
expectError(workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, date: 'today', data: raw('x') } }));
expectError(workflowTemplate({ name: 'files', templates: { show }, arguments: { data: raw('x') } }));
workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, data: raw('x') } });
expectError(workflow({ generateName: 'w-', entrypoint: show, arguments: { ...g, data: 'x' } }));
workflow({ generateName: 'run-', workflowTemplateRef: files, arguments: { data: raw('y'), date: 'today' } });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: files, arguments: { data: 'y' } }));
expectError(workflow({ generateName: 'run-', workflowTemplateRef: files, arguments: { date: raw('y') } }));

// A CronWorkflow runs a workflow value or a WorkflowTemplate, nothing else.
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: workflow({ entrypoint: echo }) });
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: lib } });
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: echo }));
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: lib }));
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: workflow({ entrypoint: echo }), concurrencyPolicy: 3 }));
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: run, arguments: { n: 2 } } });
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: run, arguments: { n: 'two' } } }));
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: run, arguments: { n: 2, registy: 'quay.io' } } }));

// A CronWorkflow's when and stopStrategy take a boolean expression over its cron refs (or Argo's text).
const every = { name: 'nightly', schedules: ['0 2 * * *'], workflow: workflow({ entrypoint: echo, arguments: { message: 'hi' } }) } as const;
cronWorkflow({ ...every, when: expression<boolean>`${cron.failed} < 3`, stopStrategy: { expression: expression<boolean>`${cron.failed} >= 5` } });
cronWorkflow({ ...every, when: '{{= cronworkflow.failed < 3 }}', stopStrategy: { expression: 'cronworkflow.failed >= 5' } });
expectError(cronWorkflow({ ...every, when: cron.failed }));
expectError(cronWorkflow({ ...every, when: expression<number>`${cron.failed} + 1` }));
expectError(cronWorkflow({ ...every, stopStrategy: { expression: cron.name } }));

// Workflow-level fields come from the model.
workflow({ generateName: 'w-', entrypoint: echo, ttlStrategy: { secondsAfterCompletion: 10 }, podGC: { strategy: 'OnPodSuccess' } });
expectError(workflow({ generateName: 'w-', entrypoint: echo, ttlStrategy: { secondsAfterCompletoin: 10 } }));
expectError(workflow({ generateName: 'w-', entrypoint: echo, parallelism: 'two' }));

// Workflow-level fields take global refs where Argo substitutes them (string and int-or-string
// positions), and no other ref: a template's input or a task output has no value there.
const site = globals({ sa: param.string({ default: 'runner' }), pool: param.string({ default: 'batch' }), claim: param.string() });
workflow({
  generateName: 'w-',
  entrypoint: echo,
  arguments: site,
  serviceAccountName: site.sa,
  nodeSelector: { pool: site.pool },
  volumes: [{ name: 'work', persistentVolumeClaim: { claimName: site.claim } }],
  podGC: { strategy: 'OnPodCompletion', labelSelector: { matchLabels: { run: wf.name } } },
  podSpecPatch: `{"priorityClassName": "${site.pool}"}`,
});
declare const local: Ref<string>;
expectError(workflow({ generateName: 'w-', entrypoint: echo, serviceAccountName: local }));
expectError(workflow({ generateName: 'w-', entrypoint: echo, nodeSelector: { pool: local } }));
expectError(workflow({ generateName: 'w-', entrypoint: echo, activeDeadlineSeconds: g.retries }));
workflowTemplate({ name: 'lib-with-sa', templates: { echo }, arguments: site, serviceAccountName: site.sa, nodeSelector: { pool: site.pool } });
expectError(workflowTemplate({ name: 'lib-with-sa', templates: { echo }, nodeSelector: { pool: local } }));

// A stub (as `tiphys stub` writes it) is called as a local template: a missing or ill-typed input is a type error.
const remote = workflowTemplateStub({
  name: 'remote-lib',
  entrypoint: 'deploy',
  arguments: { env: param.enum('staging', 'production') },
  templates: {
    deploy: templateStub({ name: 'deploy', inputs: { image: param.string(), replicas: param.int({ default: 1 }) }, outputs: { url: param.string() }, result: param.string(), pod: true }),
  },
});
dag('calls-remote', (d) => {
  const x = d.task('deploy', remote.templates.deploy, { image: 'nginx' });
  expectType<Ref<string>>(x.out.url);
  expectType<Ref<string>>(x.out.result);
  expectError(d.task('no-image', remote.templates.deploy, { replicas: 2 }));
  expectError(d.task('bad-replicas', remote.templates.deploy, { image: 'nginx', replicas: 'two' }));
});
workflow({ generateName: 'run-', workflowTemplateRef: remote, arguments: { env: 'staging', image: 'nginx' } });
expectError(workflow({ generateName: 'run-', workflowTemplateRef: remote, arguments: { env: 'prod', image: 'nginx' } }));
expectError(workflow({ generateName: 'run-', workflowTemplateRef: remote, arguments: { env: 'staging' } }));
expectError(workflowTemplateStub({ name: 'x', entrypoint: 'nope', templates: { deploy: remote.templates.deploy } }));
