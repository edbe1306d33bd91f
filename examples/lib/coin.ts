import { artifact, container, eq, param, script, steps } from 'tiphys';

/** Upstream's coin: prints heads or tails, a result typed as that enum. */
export const flipCoin = script({
  name: 'flip-coin',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random\nresult = "heads" if random.randint(0,1) == 0 else "tails"\nprint(result)\n',
  result: param.enum('heads', 'tails'),
});

/** Says which side it was: the template `heads` echoes "it was heads". */
export const itWas = (side: string) =>
  container({ name: side, image: 'busybox', command: ['sh', '-c'], args: [`echo "it was ${side}"`] });

/** Flips until heads: on tails, the template runs itself again (`self`). */
export const coinflipRecursive = steps('coinflip', (s, _, self) => {
  const flip = s.step('flip-coin', flipCoin, {});
  s.parallel((p) => {
    p.step('heads', itWas('heads'), {}, { when: eq(flip.out.result, 'heads') });
    p.step('tails', self, {}, { when: eq(flip.out.result, 'tails') });
  });
});

/** The conditional-artifacts examples' coin: the same flip, printed in one expression. */
export const flipCoinInline = script({
  name: 'flip-coin',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n',
  result: param.enum('heads', 'tails'),
});

/** Writes `text` to /result.txt, its output artifact `result`. */
export const writesResult = (name: string, text: string) =>
  script({
    name,
    image: 'python:alpine3.23',
    command: ['python'],
    source: `with open("result.txt", "w") as f:\n  f.write("${text}")\n`,
    outputs: { result: artifact({ path: '/result.txt' }) },
  });
