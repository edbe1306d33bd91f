import { cronWorkflow, globals, param, resource, script, steps, workflow, workflowTemplate } from 'tiphys';

// "yesterday" is a magic value: the script then works out the day to run for.
const g = globals({ date: param.string({ default: 'yesterday' }) });

const main = script({
  name: 'main',
  inputs: { date: param.string() },
  image: 'busybox',
  command: ['sh'],
  source: (i) => `date="${i.date}"\nif [ $date = yesterday ]; then\n  date=$(date -d yesterday +%Y-%m-%d)\nfi\necho "run for $date"\n`,
});

export const job = workflowTemplate({ name: 'job', entrypoint: main, templates: { main }, arguments: g });

// Run daily at 2am.
export const dailyJob = cronWorkflow({ name: 'daily-job', schedules: ['0 2 * * *'], workflow: { workflowTemplateRef: job } });

// Creates a workflow per day as fast as it can, not waiting for each: each one stays separate. A name
// based on the date keeps a day from being created twice.
const createJob = resource({
  name: 'create-job',
  inputs: { date: param.string() },
  action: 'apply',
  manifest: (i) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  # using a name based on the date prevents re-creating resources,\n  # making this more robust\n  name: job-${i.date}\nspec:\n  entrypoint: main\n  templates:\n    - name: main\n      steps:\n        - - name: start-job\n            arguments:\n              parameters:\n                - name: date\n                  value: "${i.date}"\n            templateRef:\n              name: job\n              template: main\n`,
});

export const backfillV1 = workflow({
  name: 'backfill-v1',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('main', (s) => {
    // The 19th to the 21st.
    s.step('day', createJob, (day) => ({ date: `${day}` }), { withSequence: { start: 19, end: 21, format: '2020-05-%02X' } });
  }),
  // It must run as a service account that can create workflows (not argo-server, as upstream says).
  serviceAccountName: 'argo-server',
});

// Runs each day's job inside this workflow, one at a time.
export const backfillV2 = workflow({
  name: 'backfill-v2',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: {
    'workflows.argoproj.io/no-test-reasons':
      'This is the error, we should fix the service account\n\nworkflowtaskresults.argoproj.io is forbidden: User\n"system:serviceaccount:argo:argo-server" cannot create resource\n"workflowtaskresults" in API group "argoproj.io" in the namespace "argo"\n',
  },
  entrypoint: steps('main', (s) => {
    s.step('create-job', job.templates.main, (day) => ({ date: `${day}` }), { withSequence: { start: 19, end: 21, format: '2020-05-%02d' } });
  }),
  parallelism: 1,
});
