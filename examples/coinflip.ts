import { eq, steps, workflow } from 'tiphys';
import { flipCoin, itWas } from './lib/coin.js';

const coinflip = steps('coinflip', (s) => {
  const flip = s.step('flip-coin', flipCoin, {});
  s.parallel((p) => {
    p.step('heads', itWas('heads'), {}, { when: eq(flip.out.result, 'heads') });
    p.step('tails', itWas('tails'), {}, { when: eq(flip.out.result, 'tails') });
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
