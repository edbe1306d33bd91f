import { container, workflow } from 'tiphys';

const sayHello = container({ name: 'say-hello', image: 'alpine:3.23', command: ['sh', '-c'], args: ['echo hello'] });

const exitHandler = container({
  name: 'exit-handler',
  image: 'curlimages/curl:latest',
  command: ['sh', '-c'],
  // Upstream's payload as YAML folds it (its trailing comma is upstream's too).
  args: [
    `curl -X POST --data-urlencode 'payload={ "text": "{{workflow.name}} finished", "blocks": [ { "type": "section", "text": { "type": "mrkdwn", "text": "Workflow {{workflow.name}} {{workflow.status}}", } } ] }' YOUR_WEBHOOK_URL_HERE`,
  ],
});

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  generateName: 'exit-handler-slack-',
  entrypoint: sayHello,
  onExit: exitHandler,
});
