import * as t from 'io-ts';
import { param, script, steps, workflow } from 'tiphys';

const Parity = t.type({ num: t.number, evenness: t.keyof({ even: null, odd: null }) });

const oddOrEven = script({
  name: 'odd-or-even',
  image: 'python:alpine3.23',
  inputs: { num: param.number() },
  command: ['python'],
  source: (i) =>
    `import json\ni = ${i.num}\nres = {\n  "num": i,\n  "evenness": "even" if i % 2 == 0 else "odd"\n}\nprint(json.dumps(res))\n`,
  result: param.json(Parity),
});

const divideBy2 = script({
  name: 'divide-by-2',
  image: 'alpine:3.23',
  inputs: { num: param.number() },
  command: ['sh', '-x'],
  source: (i) => `echo $((${i.num}/2))\n`,
});

const aggregation = steps('parameter-aggregation', (s) => {
  const oe = s.step('odd-or-even', oddOrEven, (n) => ({ num: n }), { withItems: [1, 2, 3, 4] });
  s.step('divide-by-2', divideBy2, (p) => ({ num: p.num }), {
    withParam: oe.out.result,
    // Upstream's govaluate text: the item is only in scope in the arguments.
    when: '{{item.evenness}} == even',
  });
});

export default workflow({ generateName: 'parameter-aggregation-script-', entrypoint: aggregation });
