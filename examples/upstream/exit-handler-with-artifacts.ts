import { artifact, container, hook, script, steps, workflow } from 'tiphys';

const output = script({
  name: 'output',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'with open("result.txt", "w") as f:\n  f.write("Welcome")\n',
  outputs: { result: artifact({ path: '/result.txt' }) },
});

const exit = container({
  name: 'exit',
  inputs: { message: artifact({ path: '/tmp/message' }) },
  image: 'python:alpine3.23',
  command: ['sh', '-c'],
  args: ['cat /tmp/message'],
});

/** The exit hook of step-1 is given step-1's own output artifact. */
const main = steps('main', (s) => {
  s.step('step-1', output, {}, { hooks: (self) => ({ exit: hook({ template: exit, arguments: { message: self.out.result } }) }) });
});

export default workflow({
  generateName: 'exit-handler-with-artifacts-',
  annotations: {
    'workflows.argoproj.io/description':
      'onExitTemplate enables workflow to pass the arguments (parameters/Artifacts) to exit handler template.\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: main,
});
