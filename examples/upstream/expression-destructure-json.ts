import { expression, globals, param, script, workflow } from 'tiphys';

const g = globals({ config: param.string({ default: '{"a": "1", "b": "2", "c": "3"}' }) });

// Each input's fixed value is an expr-lang expression over the global: `{{=jsonpath(...)}}`.
const field = (path: string) => param.string({ value: `${expression`jsonpath(${g.config}, ${path})`}` });

const main = script({
  name: 'main',
  inputs: { a: field('$.a'), b: field('$.b'), c: field('$.c') },
  env: (i) => ({ A: i.a, B: i.b, C: i.c }),
  image: 'busybox',
  command: ['sh'],
  source: 'echo "$A$B$C"\n',
});

export default workflow({
  generateName: 'expression-destructure-json-',
  annotations: { 'workflows.argoproj.io/version': '>= 3.1.0' },
  entrypoint: main,
  arguments: g,
});
