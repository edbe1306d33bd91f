import { container, param, steps, workflow } from 'tiphys';

const failingContainer = container({
  name: 'failing-container',
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: ['exit 123'],
});

const echoContainer = container({
  name: 'echo-container',
  inputs: { exitCode: param.number() },
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: (i) => [`echo "Exit code was: ${i.exitCode}"`],
});

/** The first step fails; the second still runs and reads its exit code. */
const main = steps('exit-code-output-variable', (s) => {
  const failing = s.step('failing-container', failingContainer, {}, { continueOn: { failed: true } });
  s.step('echo-container', echoContainer, { exitCode: failing.exitCode });
});

export default workflow({ generateName: 'exit-code-output-variable-', entrypoint: main });
