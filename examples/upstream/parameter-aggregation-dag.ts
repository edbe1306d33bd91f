import { container, dag, expr, param, workflow } from 'tiphys';
import { printMessage } from '../lib/print-message.js';

const oddOrEven = container({
  name: 'odd-or-even',
  image: 'alpine:3.23',
  inputs: { num: param.number() },
  outputs: { num: param.number({ path: '/tmp/num' }), evenness: param.string({ path: '/tmp/even' }) },
  command: ['sh', '-c'],
  args: (i) => [
    `sleep 1 &&\necho ${i.num} > /tmp/num &&\nif [ $((${i.num}%2)) -eq 0 ]; then\n  echo "even" > /tmp/even;\nelse\n  echo "odd" > /tmp/even;\nfi\n`,
  ],
});

const divideBy2 = container({
  name: 'divide-by-2',
  image: 'alpine:3.23',
  inputs: { num: param.number() },
  result: param.number(),
  command: ['sh', '-c'],
  args: (i) => [`echo $((${i.num}/2))`],
});

interface Parity {
  readonly num: number;
  readonly evenness: string;
}

const aggregation = dag('parameter-aggregation', (d) => {
  const oe = d.task('odd-or-even', oddOrEven, (n) => ({ num: n }), { withItems: [1, 2, 3, 4] });
  d.task('print-nums', printMessage, { message: `${oe.out.num}` });
  d.task('print-evenness', printMessage, { message: `${oe.out.evenness}` });
  // Argo's list of every iteration's output parameters (one object per iteration) has no typed ref yet.
  const half = d.task('divide-by-2', divideBy2, (p) => ({ num: p.num }), {
    withParam: expr<ReadonlyArray<Parity>>('tasks.odd-or-even.outputs.parameters'),
    // Upstream's govaluate text: the item is only in scope in the arguments.
    when: '{{item.evenness}} == even',
    after: [oe],
  });
  d.task('print', printMessage, (n) => ({ message: `${n}` }), { withParam: half.out.result, after: [half] });
});

export default workflow({ generateName: 'parameter-aggregation-dag-', entrypoint: aggregation });
