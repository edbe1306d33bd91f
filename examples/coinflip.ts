import { container, param, script, steps, workflow } from 'tiphys';

const flipCoin = script({
  name: 'flip-coin',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random\nresult = "heads" if random.randint(0,1) == 0 else "tails"\nprint(result)\n',
  result: param.enum('heads', 'tails'),
});

const say = (side: string) =>
  container({ name: side, image: 'busybox', command: ['sh', '-c'], args: [`echo "it was ${side}"`] });

const coinflip = steps('coinflip', (s) => {
  const flip = s.step('flip-coin', flipCoin, {});
  s.parallel((p) => {
    p.step('heads', say('heads'), {}, { when: `${flip.out.result} == heads` });
    p.step('tails', say('tails'), {}, { when: `${flip.out.result} == tails` });
  });
});

export default workflow({
  generateName: 'coinflip-',
  annotations: {
    'workflows.argoproj.io/description':
      'This is an example of coin flip defined as a sequence of conditional steps.\\\n',
  },
  entrypoint: coinflip,
});
