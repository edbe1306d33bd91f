import { eq, expression, param, script, steps, workflow } from 'tiphys';

const python = (name: string, source: string) =>
  script({ name, image: 'python:alpine3.23', command: ['python'], source, result: param.enum('heads', 'tails') });

const flipCoin = python('flip-coin', 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n');
const heads = python('heads', 'print("heads")\n');
const tails = python('tails', 'print("tails")\n');

const main = steps('main', { outputs: { stepresult: param.string() } }, (s) => {
  const flip = s.step('flip-coin', flipCoin, {});
  const [h, t] = s.parallel((p) => [
    p.step('heads', heads, {}, { when: eq(flip.out.result, 'heads') }),
    p.step('tails', tails, {}, { when: eq(flip.out.result, 'tails') }),
  ] as const);
  // The result of whichever step ran: an expr-lang expression over the three steps' results.
  s.outputs({ stepresult: expression`${flip.out.result} == ${'heads'} ? ${h.out.result} : ${t.out.result}` });
});

export default workflow({
  generateName: 'conditional-parameter-',
  annotations: {
    'workflows.argoproj.io/description':
      'Conditional parameters provide a way to choose the output parameters based on expression.\n\n' +
      'In this example the step template has two steps which will run conditionally on `when`.\n\n' +
      'Based on that condition, one of step will not be executed. The step template\'s output parameter will be\n' +
      "set from the executed step's output.\n",
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: main,
});
