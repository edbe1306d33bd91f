import { and, container, expression, globals, ne, param, script, steps, workflow } from 'tiphys';

const g = globals({ num: param.number({ default: 5 }) });

const doMath = script({
  name: 'do-math',
  inputs: { a: param.number(), op: param.string(), b: param.number() },
  image: 'python:alpine3.23',
  command: ['python'],
  source: (i) => `print(${i.a} ${i.op} ${i.b})\n`,
  result: param.number(),
});

// fibonacci and fibonaccihelper call each other: the helper is built inside fibonacci's body, where
// `fib` is fibonacci itself.
const fibonacci = steps(
  'fibonacci',
  {
    inputs: { num: param.number() },
    outputs: { fib: param.number() },
    memoize: (i) => ({ key: `${i.num}`, maxAge: '120s', cache: { configMap: { name: 'fibonacci-m' } } }),
  },
  (s, i, fib) => {
    const helper = steps('fibonaccihelper', { inputs: { 'num-1': param.number() }, outputs: { result: param.number() } }, (h, j) => {
      const n = j['num-1'];
      const sub1 = h.step('sub-1', doMath, { a: n, op: '-', b: 1 });
      const sub2 = h.step('sub-2', doMath, { a: n, op: '-', b: 2 }, { when: and(ne(n, 1), ne(n, 2)) });
      const fib1 = h.step('fib-sub-1', fib, { num: sub1.out.result });
      const fib2 = h.step('fib-sub-2', fib, { num: sub2.out.result });
      const add = h.step('add', doMath, { a: fib1.out.fib, op: '+', b: fib2.out.fib });
      h.outputs({ result: add.out.result });
    });
    const rest = s.step('fibonacci-helper', helper, { 'num-1': i.num }, { when: and(ne(i.num, 1), ne(i.num, 2)) });
    s.outputs({ fib: expression<number>`asInt(${i.num}) == 1? 1: asInt(${i.num}) == 2? 1: ${rest.out.result}` });
  },
);

const printResult = container({
  name: 'printresult',
  inputs: { result: param.number() },
  image: 'busybox',
  command: ['sh', '-c'],
  args: (i) => [`echo ${i.result}`],
});

const main = steps('main', (s) => {
  const f = s.step('fibonaccimain', fibonacci, { num: g.num });
  s.step('printresult', printResult, { result: f.out.fib });
});

export default workflow({
  generateName: 'fibonacci-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: {
    'workflows.argoproj.io/description': 'This example demonstrates fibonacci sequence problem using conditional parameter feature.\n',
    'workflows.argoproj.io/veriiony': '>= 3.1.0',
  },
  entrypoint: main,
  arguments: g,
});
