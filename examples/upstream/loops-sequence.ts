import { container, globals, param, steps, workflow } from 'tiphys';

const g = globals({ count: param.number({ default: 3 }) });

const echo = container({ name: 'echo', inputs: { msg: param.string() }, image: 'alpine:3.23', command: (i) => ['echo', `${i.msg}`] });

const loopsSequence = steps('loops-sequence', (s) =>
  s.parallel((p) => {
    const say = (n: unknown) => ({ msg: `${n}` });
    p.step('sequence-count', echo, say, { withSequence: { count: 5 } });
    p.step('sequence-start-end', echo, say, { withSequence: { start: 100, end: 105 } });
    p.step('sequence-param', echo, say, { withSequence: { start: 200, count: g.count } });
    p.step('sequence-negative', echo, say, { withSequence: { start: 5, end: 0 } });
    p.step('sequence-format', echo, say, { withSequence: { count: 5, format: 'testuser%02X' } });
  }),
);

export default workflow({
  generateName: 'loops-sequence-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: loopsSequence,
  arguments: g,
});
