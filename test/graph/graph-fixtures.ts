// A workflow that uses every mark the graph draws: a typed condition, a loop over a task's result, an
// artifact passed on, a depends expression with results, a hook with an expression, exit handlers, and two
// step groups of several steps (joined through one point).
import * as t from 'io-ts';
import { artifact, container, dag, eq, hook, or, par, param, script, seq, step, steps, workflow } from '../../src/index.js';
import { double, echo, randomInt } from '../support/templates.js';

const list = script({
  name: 'list',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'print("[1, 2]")',
  result: param.json(t.array(t.number)),
});

const report = container({
  name: 'report',
  image: 'busybox',
  outputs: { out: artifact({ path: '/tmp/out' }) },
  command: ['sh', '-c', 'date > /tmp/out'],
});

const consume = container({
  name: 'consume',
  image: 'busybox',
  inputs: { file: artifact({ path: '/tmp/in' }) },
  command: ['cat', '/tmp/in'],
});

const notify = container({ name: 'notify', image: 'busybox', command: ['echo', 'done'] });

const fanOut = steps(
  'fan-out',
  seq(
    par(step('a', echo, { message: 'a' }), step('b', echo, { message: 'b' })),
    par(step('c', echo, { message: 'c' }), step('d', echo, { message: 'd' })),
  ),
);

export const marked = dag('marked', (d) => {
  const gen = d.task('gen', randomInt, {});
  const x = d.task('x', double, { n: gen.out.result }, { hooks: { running: hook({ template: echo, arguments: { message: 'x runs' }, expression: "tasks.x.status == 'Running'" }) } });
  d.task('big', echo, { message: 'big' }, { when: eq(x.out.doubled, 100) });
  const l = d.task('list', list, {});
  d.task('each', double, (n) => ({ n }), { withParam: l.out.result, onExit: notify });
  const r = d.task('report', report, {});
  d.task('read', consume, { file: r.out.out }, { depends: or(x.failed, r.succeeded) });
  d.task('fan', fanOut, {}, { after: [x] });
});

export const markedWorkflow = workflow({ generateName: 'marked-', entrypoint: marked, onExit: notify });
