import { container, hook, param, script, steps, workflow } from 'tiphys';

/** Its output `result` is a declared parameter (a file, with a default), not stdout: `out.result` reads it. */
const output = container({
  name: 'output',
  image: 'python:alpine3.23',
  command: ['sh', '-c'],
  args: ['echo -n hello world > /tmp/hello_world.txt'],
  outputs: { result: param.string({ default: 'Foobar', path: '/tmp/hello_world.txt' }) },
});

const exit = script({
  name: 'exit',
  inputs: { message: param.string() },
  image: 'python:alpine3.23',
  command: ['python'],
  source: (i) => `print("${i.message}")\n`,
});

/** The exit hook of step-1 is given step-1's own output. */
const main = steps('main', (s) => {
  s.step('step-1', output, {}, { hooks: (self) => ({ exit: hook({ template: exit, arguments: { message: self.out.result } }) }) });
});

export default workflow({
  generateName: 'exit-handler-with-param-',
  annotations: {
    'workflows.argoproj.io/description':
      'onExitTemplate enables workflow to pass the arguments (parameters/Artifacts) to exit handler template.\n',
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: main,
});
