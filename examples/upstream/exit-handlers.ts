import { container, eq, ne, steps, wf, workflow } from 'tiphys';

const sh = (name: string, line: string) =>
  container({ name, image: 'alpine:3.23', command: ['sh', '-c'], args: [line] });

const intentionalFail = sh('intentional-fail', 'echo intentional failure; exit 1');
const sendEmail = sh('send-email', `echo send e-mail: ${wf.name} ${wf.status} ${wf.duration}. Failed steps ${wf.failures}`);

const exitHandler = steps('exit-handler', (s) =>
  s.parallel((p) => {
    p.step('notify', sendEmail, {});
    p.step('celebrate', sh('celebrate', 'echo hooray!'), {}, { when: eq(wf.status, 'Succeeded') });
    p.step('cry', sh('cry', 'echo boohoo!'), {}, { when: ne(wf.status, 'Succeeded') });
  }),
);

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  generateName: 'exit-handlers-',
  entrypoint: intentionalFail,
  onExit: exitHandler,
});
