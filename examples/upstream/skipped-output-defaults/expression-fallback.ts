import { container, dag, expression, param, workflow } from 'tiphys';

const produce = container({
  name: 'produce',
  image: 'argoproj/argosay:v2',
  args: ['echo', 'real-value', '/tmp/out.txt'],
  // No default: when its task is skipped, `msg` is absent (nil), not an empty string.
  outputs: { msg: param.string({ path: '/tmp/out.txt' }) },
});

// The producer never runs, so the dag's `result` falls back to "expr-fallback" through expr-lang's `??`.
const main = dag('main', { outputs: { result: param.string() } }, (d) => {
  const producer = d.task('producer', produce, {}, { when: 'false' });
  d.outputs({ result: expression`${producer.out.msg} ?? ${'expr-fallback'}` });
});

export default workflow({ generateName: 'expression-fallback-', entrypoint: main });
