import { expression, globals, param, script, workflow } from 'tiphys';

const g = globals({ weather: param.string({ default: '{"weekWeather": "eyJ0ZW1wcyI6IFszNCwgMjcsIDE1LCA1NywgNDZdfQo="}' }) });

// The verbose part is computed once, as an input's fixed value, and read three times below.
const weekTemps = expression`
  map([
      jsonpath(sprig.b64dec(jsonpath(${g.weather}, '$.weekWeather')), '$.temps')
    ], {
      toJson({
        avg: sprig.add(#[0], #[1], #[2], #[3], #[4]) / 5,
        min: sprig.min(#[0], #[1], #[2], #[3], #[4]),
        max: sprig.max(#[0], #[1], #[2], #[3], #[4])
      })
  })[0]
`;

const main = script({
  name: 'main',
  inputs: { 'week-temps': param.string({ value: `${weekTemps}` }) },
  env: (i) => ({
    AVG: `${expression`jsonpath(${i['week-temps']}, '$.avg')`}`,
    MIN: `${expression`jsonpath(${i['week-temps']}, '$.min')`}`,
    MAX: `${expression`jsonpath(${i['week-temps']}, '$.max')`}`,
  }),
  image: 'busybox',
  command: ['sh'],
  source: 'echo "The week\'s average temperature was $AVG with a minimum of $MIN and a maximum of $MAX."\n',
});

export default workflow({ generateName: 'expression-reusing-verbose-snippets-', entrypoint: main, arguments: g });
