import { artifact, dag, expression, param, script, workflow, type Artifact } from 'tiphys';

const flipCoin = script({
  name: 'flip-coin',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n',
  result: param.enum('heads', 'tails'),
});

const writes = (name: string, text: string) =>
  script({
    name,
    image: 'python:alpine3.23',
    command: ['python'],
    source: `with open("result.txt", "w") as f:\n  f.write("${text}")\n`,
    outputs: { result: artifact({ path: '/result.txt' }) },
  });

const main = dag('main', { outputs: { result: artifact() } }, (d) => {
  const flip = d.task('flip-coin', flipCoin, {});
  const heads = d.task('heads', writes('heads', 'it was heads'), {}, { when: `${flip.out.result} == heads` });
  const tails = d.task('tails', writes('tails', 'it was tails'), {}, { when: `${flip.out.result} == tails` });
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
