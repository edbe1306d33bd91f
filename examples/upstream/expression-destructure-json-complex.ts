import { expression, globals, param, script, workflow } from 'tiphys';

const g = globals({
  config: param.string({
    default: '{"employees": [{"name": "Baris", "age":43},{"name": "Mo", "age": 42}, {"name": "Jai", "age" :44}]}',
  }),
});

const employees = (path: string) => param.string({ value: `${expression`jsonpath(${g.config}, ${path})`}` });

const main = script({
  name: 'main',
  inputs: {
    a: employees('$.employees[?(@.name=="Baris")].age'),
    b: employees('$.employees[?(@.age>42 && @.age<44)].age'),
    c: employees('$.employees[0:1]'),
    d: employees('$.employees[*].name'),
  },
  env: (i) => ({ A: i.a, B: i.b, C: i.c, D: i.d }),
  image: 'busybox',
  command: ['sh'],
  source: 'echo "$A$B$C$D"\n',
});

export default workflow({ generateName: 'expression-destructure-json-complex-', entrypoint: main, arguments: g });
