import * as t from 'io-ts';
import { container, param, steps, workflow } from 'tiphys';

const catOsRelease = container({
  name: 'cat-os-release',
  image: '{{inputs.parameters.image}}:{{inputs.parameters.tag}}',
  inputs: { image: param.string(), tag: param.string() },
  command: ['cat'],
  args: ['/etc/os-release'],
  patch: { annotations: { 'workflows.argoproj.io/display-name': 'os-{{inputs.parameters.image}}-{{inputs.parameters.tag}}' } },
});

const Os = t.type({ image: t.string, tag: t.string });

const loopParamArg = steps('loop-param-arg-example', { inputs: { 'os-list': param.json(t.array(Os)) } }, (s, i) => {
  s.step('test-linux', catOsRelease, (os) => ({ image: os.image, tag: os.tag }), { withParam: i['os-list'] });
});

export default workflow({
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: {
    'workflows.argoproj.io/no-test-resons':
      'the code that checks images allowed to run in test runs before the actual\nimage value is applied. In this case it checks for the template variable\nand it is not an allowed image\n',
  },
  generateName: 'loops-param-arg-',
  entrypoint: loopParamArg,
  arguments: {
    'os-list': [
      { image: 'debian', tag: '9.1' },
      { image: 'debian', tag: '8.9' },
      { image: 'alpine', tag: '3.6' },
      { image: 'ubuntu', tag: '17.10' },
    ],
  },
});
