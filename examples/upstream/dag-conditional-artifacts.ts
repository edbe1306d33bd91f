import { artifact, type Artifact, dag, eq, expression, workflow } from 'tiphys';
import { flipCoinInline, writesResult } from '../lib/coin.js';

const main = dag('main', { outputs: { result: artifact() } }, (d) => {
  const flip = d.task('flip-coin', flipCoinInline, {});
  const heads = d.task('heads', writesResult('heads', 'it was heads'), {}, { when: eq(flip.out.result, 'heads') });
  const tails = d.task('tails', writesResult('tails', 'it was tails'), {}, { when: eq(flip.out.result, 'tails') });
  // The artifact of whichever task ran: rendered as `fromExpression`.
  d.outputs({ result: expression<Artifact>`${flip.out.result} == ${'heads'} ? ${heads.out.result} : ${tails.out.result}` });
});

export default workflow({
  generateName: 'dag-conditional-artifacts-',
  annotations: {
    'workflows.argoproj.io/description':
      'Conditional artifacts provides a way to choose the output artifacts based on an expression.\n\n' +
      'In this example the DAG template has two tasks which will run conditionall using `when`.\n\n' +
      'Based on the condition one of steps may not execute. The step template output\'s artifact will be set to the\n' +
      "executed step's output artifacts.\n",
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: main,
});
