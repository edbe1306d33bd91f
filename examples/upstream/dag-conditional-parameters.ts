import { dag, eq, expression, param, script, workflow } from 'tiphys';

const python = (name: string, source: string) =>
  script({ name, image: 'python:alpine3.23', command: ['python'], source, result: param.enum('heads', 'tails') });

const flipCoin = python('flip-coin', 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n');

const main = dag('main', { outputs: { stepresult: param.string() } }, (d) => {
  const flip = d.task('flip-coin', flipCoin, {});
  const heads = d.task('heads', python('heads', 'print("heads")\n'), {}, { when: eq(flip.out.result, 'heads') });
  const tails = d.task('tails', python('tails', 'print("tails")\n'), {}, { when: eq(flip.out.result, 'tails') });
  // The result of whichever task ran.
  d.outputs({ stepresult: expression`${flip.out.result} == ${'heads'} ? ${heads.out.result} : ${tails.out.result}` });
});

export default workflow({
  generateName: 'dag-conditional-parameter-',
  annotations: {
    'workflows.argoproj.io/description':
      'Conditional parameters provide a way to choose the output parameters based on expression.\n\n' +
      'In this example DAG template has two task which will run conditionally based on `when`.\n\n' +
      'Based on this condition one of task may not execute. The template\'s output parameter will be set to the\n' +
      "executed taks's output result.\n",
    'workflows.argoproj.io/version': '>= 3.1.0',
  },
  entrypoint: main,
});
