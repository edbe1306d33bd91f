import { container, expr, steps, workflow } from 'tiphys';

const acquireLock = container({
  name: 'acquire-lock',
  synchronization: { semaphores: [{ database: { key: 'template' } }] }, // v3.7 and after
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: ['sleep 10; echo acquired lock'],
});

export default workflow({
  generateName: 'synchronization-db-tmpl-level-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: steps('synchronization-db-tmpl-level-example', (s) => {
    // Upstream passes `seconds` to a template that declares no input (Argo ignores it): kept as extraArgs.
    s.step('synchronization-acquire-lock', acquireLock, {}, { withParam: ['1', '2', '3', '4', '5'], extraArgs: { seconds: expr<string>('item') } });
  }),
});
