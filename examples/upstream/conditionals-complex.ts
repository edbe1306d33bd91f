import { and, container, eq, matches, or, steps, workflow } from 'tiphys';
import { flipCoin, itWas } from '../lib/coin.js';

const heads = itWas('heads');
const tails = itWas('tails');
const twiceTails = container({
  name: 'heads-tails-or-twice-tails',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['echo "it was heads the first flip and tails the second. Or it was two times tails."'],
});

// Typed conditions quote their words (`"heads"`), where upstream writes them bare: Argo reads both as the
// same string, and the port is compared by that meaning.
const coinflip = steps('coinflip', (s) => {
  const first = s.step('flip-coin', flipCoin, {});
  s.parallel((p) => {
    p.step('heads', heads, {}, { when: eq(first.out.result, 'heads') });
    p.step('tails', tails, {}, { when: eq(first.out.result, 'tails') });
  });
  const again = s.step('flip-again', flipCoin, {});
  s.parallel((p) => {
    p.step('complex-condition', twiceTails, {}, {
      when: or(
        and(eq(first.out.result, 'heads'), eq(again.out.result, 'tails')),
        and(eq(first.out.result, 'tails'), eq(again.out.result, 'tails')),
      ),
    });
    p.step('heads-regex', heads, {}, { when: matches(again.out.result, 'hea') });
    p.step('tails-regex', tails, {}, { when: matches(again.out.result, 'tai') });
  });
});

export default workflow({ generateName: 'coinflip-', entrypoint: coinflip });
