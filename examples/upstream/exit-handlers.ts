import { container, steps, wf, workflow } from 'tiphys';

const sh = (name: string, line: string) =>
  container({ name, image: 'alpine:3.23', command: ['sh', '-c'], args: [line] });

const intentionalFail = sh('intentional-fail', 'echo intentional failure; exit 1');
const sendEmail = sh('send-email', `echo send e-mail: ${wf.name} ${wf.status} ${wf.duration}. Failed steps ${wf.failures}`);

const exitHandler = steps('exit-handler', (s) =>
  s.parallel((p) => {
    p.step('notify', sendEmail, {});
    // Upstream's govaluate text; eq(...) would render the quoted '"{{workflow.status}}" == "Succeeded"'.
    p.step('celebrate', sh('celebrate', 'echo hooray!'), {}, { when: '{{workflow.status}} == Succeeded' });
    p.step('cry', sh('cry', 'echo boohoo!'), {}, { when: '{{workflow.status}} != Succeeded' });
  }),
);

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  generateName: 'exit-handlers-',
  entrypoint: intentionalFail,
  onExit: exitHandler,
});
