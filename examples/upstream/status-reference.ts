import { container, steps, workflow } from 'tiphys';

const sh = (name: string, line: string) => container({ name, image: 'alpine:3.23', command: ['sh', '-c'], args: [line] });

const statusReference = steps('status-reference', (s) => {
  s.step('flakey-container', sh('flakey-container', 'exit 1'), {}, { continueOn: { failed: true } });
  s.parallel((p) => {
    // A step's status has no typed ref yet: upstream's govaluate text.
    p.step('failed', sh('failed', 'echo "the flakey container failed"'), {}, {
      when: '{{steps.flakey-container.status}} == Failed',
    });
    p.step('succeeded', sh('succeeded', 'echo "the flakey container passed"'), {}, {
      when: '{{steps.flakey-container.status}} == Succeeded',
    });
  });
});

export default workflow({ generateName: 'status-reference-', entrypoint: statusReference });
