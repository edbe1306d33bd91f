import { container, cronWorkflow, workflow, wf } from 'tiphys';

const whalesay = container({
  name: 'whalesay',
  image: 'docker/whalesay:latest',
  command: ['cowsay'],
  args: [`🕓 hello world. Scheduled on: ${wf.scheduledTime}`],
});

export default cronWorkflow({
  name: 'hello-world-multiple-schedules',
  schedules: ['*/3 * * * 1-5', '*/2 * * * *'],
  timezone: 'America/Los_Angeles',
  startingDeadlineSeconds: 0,
  concurrencyPolicy: 'Replace',
  successfulJobsHistoryLimit: 4,
  failedJobsHistoryLimit: 4,
  suspend: false,
  workflow: workflow({ entrypoint: whalesay }),
});
