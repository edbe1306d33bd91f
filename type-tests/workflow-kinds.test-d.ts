import { expectError, expectType } from 'tsd';
import { cronWorkflow, dag, globals, param, workflow, workflowTemplate, type Ref } from '../src/index.js';
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

// A global ref has its parameter's type.
const g = globals({ retries: param.int({ default: 3 }), date: param.string() });
expectType<Ref<number>>(g.retries);
expectError<Ref<string>>(g.retries);
expectError(workflow({ generateName: 'w-', entrypoint: double, arguments: { n: g.date } }));

// A CronWorkflow runs a workflow value or a WorkflowTemplate, nothing else.
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: workflow({ entrypoint: echo }) });
cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: lib } });
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: echo }));
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: lib }));
expectError(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], workflow: workflow({ entrypoint: echo }), concurrencyPolicy: 3 }));

// Workflow-level fields come from the model.
workflow({ generateName: 'w-', entrypoint: echo, ttlStrategy: { secondsAfterCompletion: 10 }, podGC: { strategy: 'OnPodSuccess' } });
expectError(workflow({ generateName: 'w-', entrypoint: echo, ttlStrategy: { secondsAfterCompletoin: 10 } }));
expectError(workflow({ generateName: 'w-', entrypoint: echo, parallelism: 'two' }));
