import { artifact, type Artifact, eq, expression, steps, workflow } from 'tiphys';
import { flipCoinInline, writesResult } from '../lib/coin.js';

const main = steps('main', { outputs: { result: artifact() } }, (s) => {
  const flip = s.step('flip-coin', flipCoinInline, {});
  const [heads, tails] = s.parallel((p) => [
    p.step('heads', writesResult('heads', 'it was heads'), {}, { when: eq(flip.out.result, 'heads') }),
    p.step('tails', writesResult('tails', 'it was tails'), {}, { when: eq(flip.out.result, 'tails') }),
  ] as const);
  // The artifact of whichever step ran: rendered as `fromExpression`.
  s.outputs({ result: expression<Artifact>`${flip.out.result} == ${'heads'} ? ${heads.out.result} : ${tails.out.result}` });
});

export default workflow({
  generateName: 'conditional-artifacts-',
  annotations: {
    'workflows.argoproj.io/description':
      'Conditional artifacts provide a way to choose the output artifacts based on expression.\n\n' +
      'In this example the main template has two steps which will run conditionall using `when` .\n\n' +
      'Based on the `when` condition one of step will not execute. The main template\'s output artifact named "result"\n' +
      "will be set to the executed step's output.\n",
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: main,
});
