import { container, dag, withRetry, workflow } from 'tiphys';

const a = container({ name: 'a', image: 'busybox', command: ['echo'], args: ['hello world'] });
const b = withRetry(container({ name: 'b', image: 'busybox', command: ['sh', '-c'], args: ['sleep 30; echo haha'] }), { limit: 2 });
const c = withRetry(container({ name: 'c', image: 'busybox', command: ['sh', '-c'], args: ['echo intentional failure; exit 2'] }), { limit: 3 });
const dTemplate = container({ name: 'd', image: 'busybox', command: ['echo'], args: ['hello world'] });

// With failFast off, C's failure does not stop B, D and E.
const statis = dag('statis', { failFast: false }, (d) => {
  const A = d.task('A', a, {});
  const B = d.task('B', b, {}, { after: [A] });
  d.task('C', c, {}, { after: [A] });
  const D = d.task('D', dTemplate, {}, { after: [B] });
  d.task('E', dTemplate, {}, { after: [D] });
});

export default workflow({
  generateName: 'dag-primay-branch-',
  labels: { 'workflows.argoproj.io/no-test': 'expected-failure' },
  entrypoint: statis,
});
