import { container, dag, or, param, workflow } from 'tiphys';

const produce = container({
  name: 'produce',
  image: 'argoproj/argosay:v2',
  args: ['echo', 'real-value', '/tmp/out.txt'],
  // The default is what a consumer reads when this template never ran (its task was skipped).
  outputs: { msg: param.string({ path: '/tmp/out.txt', default: 'hello-from-producer' }) },
});

const consume = container({
  name: 'consume',
  inputs: { in: param.string() },
  image: 'argoproj/argosay:v2',
  args: (i) => ['echo', `consumer got: [${i.in}]`],
});

// The producer never runs, so the consumer logs "consumer got: [hello-from-producer]".
const main = dag('main', (d) => {
  const producer = d.task('producer', produce, {}, { when: 'false' });
  d.task('consumer', consume, { in: producer.out.msg }, { depends: or(producer.succeeded, producer.skipped) });
});

export default workflow({ generateName: 'producer-output-default-', entrypoint: main });
