import { container, expr, steps, workflow } from 'tiphys';

const acquireLock = (name: string, mutex: string, seconds: number) =>
  container({
    name,
    synchronization: { mutexes: [{ name: mutex, database: true }] }, // v3.7 and after
    image: 'alpine:3.23',
    command: ['sh', '-c'],
    args: [`sleep ${seconds}; echo acquired lock`],
  });

// Upstream passes `seconds` to templates that declare no input (Argo ignores it): kept as extraArgs.
const seconds = ['1', '2', '3', '4', '5'];

export default workflow({
  generateName: 'synchronization-db-tmpl-level-mutex-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('synchronization-db-tmpl-level-mutex-example', (s) =>
    s.parallel((p) => {
      p.step('synchronization-acquire-lock', acquireLock('acquire-lock', 'welcome', 20), {}, { withParam: seconds, extraArgs: { seconds: expr<string>('item') } });
      p.step('synchronization-acquire-lock1', acquireLock('acquire-lock-1', 'test', 50), {}, { withParam: seconds, extraArgs: { seconds: expr<string>('item') } });
    }),
  ),
});
