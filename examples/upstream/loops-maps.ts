import { container, param, steps, workflow } from 'tiphys';

const catOsRelease = container({
  name: 'cat-os-release',
  image: '{{inputs.parameters.image}}:{{inputs.parameters.tag}}',
  inputs: { image: param.string(), tag: param.string() },
  command: ['cat'],
  args: ['/etc/os-release'],
});

const loopMapExample = steps('loop-map-example', (s) => {
  s.step('test-linux', catOsRelease, (item) => ({ image: item.image, tag: item.tag }), {
    withItems: [
      { image: 'debian', tag: '9.1' },
      { image: 'debian', tag: '8.9' },
      { image: 'alpine', tag: '3.6' },
      { image: 'ubuntu', tag: '17.10' },
    ],
  });
});

export default workflow({
  generateName: 'loops-maps-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  annotations: {
    'workflows.argoproj.io/no-test-resons':
      'the code that checks images allowed to run in test runs before the actual\nimage value is applied. In this case it checks for the template variable\nand it is not an allowed image\n',
  },
  entrypoint: loopMapExample,
});
