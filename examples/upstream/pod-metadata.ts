import { container, param, steps, workflow } from 'tiphys';

const printMessage = container({
  name: 'print-message',
  image: 'busybox',
  inputs: { message: param.string() },
  command: ['echo'],
  args: (i) => [i.message],
  // Labels and annotations of the step's pod.
  metadata: { annotations: { 'iam.amazonaws.com/role': 'role-arn' }, labels: { app: 'print-message', tier: 'demo' } },
});

export default workflow({
  generateName: 'steps-',
  entrypoint: steps('hello-hello-hello', (s) => {
    s.step('hello1', printMessage, { message: 'hello1' });
  }),
});
