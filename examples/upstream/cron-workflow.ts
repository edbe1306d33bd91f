import { container, cronWorkflow, workflow, wf } from 'tiphys';

const hello = container({
  name: 'hello-world-with-time',
  image: 'busybox',
  command: ['echo'],
  args: [`🕓 hello world. Scheduled on: ${wf.scheduledTime}`],
});

export default cronWorkflow({
  name: 'hello-world',
  schedules: ['* * * * *'],
  timezone: 'America/Los_Angeles',
  startingDeadlineSeconds: 0,
  concurrencyPolicy: 'Replace',
  successfulJobsHistoryLimit: 4,
  failedJobsHistoryLimit: 4,
  suspend: false,
  workflow: workflow({ entrypoint: hello }),
});
