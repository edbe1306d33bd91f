import { container, steps, workflow } from 'tiphys';
import { flipCoin, itWas } from '../lib/coin.js';

const heads = itWas('heads');
const tails = itWas('tails');
const twiceTails = container({
  name: 'heads-tails-or-twice-tails',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo "it was heads the first flip and tails the second. Or it was two times tails."'],
});

// Upstream's conditions are unquoted govaluate text, kept as raw `when` strings (typed conditions quote
// their operands, see render-flow.ts); the refs inside are still typed.
const coinflip = steps('coinflip', (s) => {
  const first = s.step('flip-coin', flipCoin, {});
  s.parallel((p) => {
    p.step('heads', heads, {}, { when: `${first.out.result} == heads` });
    p.step('tails', tails, {}, { when: `${first.out.result} == tails` });
  });
  const again = s.step('flip-again', flipCoin, {});
  s.parallel((p) => {
    p.step('complex-condition', twiceTails, {}, {
      when:
        `( ${first.out.result} == heads &&\n  ${again.out.result} == tails\n) || ` +
        `( ${first.out.result} == tails &&\n  ${again.out.result} == tails )`,
    });
    p.step('heads-regex', heads, {}, { when: `${again.out.result} =~ hea` });
    p.step('tails-regex', tails, {}, { when: `${again.out.result} =~ tai` });
  });
});

export default workflow({ generateName: 'coinflip-', entrypoint: coinflip });
