import { container, eq, steps, workflow } from 'tiphys';

const sh = (name: string, line: string) => container({ name, image: 'alpine:3.23', command: ['sh', '-c'], args: [line] });

const statusReference = steps('status-reference', (s) => {
  const flakey = s.step('flakey-container', sh('flakey-container', 'exit 1'), {}, { continueOn: { failed: true } });
  s.parallel((p) => {
    p.step('failed', sh('failed', 'echo "the flakey container failed"'), {}, { when: eq(flakey.status, 'Failed') });
    p.step('succeeded', sh('succeeded', 'echo "the flakey container passed"'), {}, { when: eq(flakey.status, 'Succeeded') });
  });
});

export default workflow({ generateName: 'status-reference-', entrypoint: statusReference });
