import { container, param, steps, workflow } from 'tiphys';

// A realtime gauge of a template's duration, labelled with its name. `{{duration}}` is the template's own;
// the workflow-level gauge reads `{{workflow.duration}}`.
const durationGauge = (name: string, value: string) => ({
  name: 'duration_gauge',
  labels: [{ key: 'name', value: name }],
  help: 'Duration gauge by name',
  gauge: { realtime: true, value },
});

const randomInt = container({
  name: 'random-int',
  image: 'busybox',
  command: ['sh', '-c'],
  args: ['RAND_INT=$((1 + RANDOM % 10)); echo $RAND_INT; echo $RAND_INT > /tmp/rand_int.txt'],
  outputs: { 'rand-int-value': param.string({ path: '/tmp/rand_int.txt', globalName: 'rand-int-value' }) },
  metrics: {
    prometheus: [
      {
        name: 'random_int_step_histogram',
        help: 'Value of the int emitted by random-int at step level',
        when: '{{status}} == Succeeded',
        histogram: { buckets: [2.01, 4.01, 6.01, 8.01, 10.01], value: '{{outputs.parameters.rand-int-value}}' },
      },
      durationGauge('random-int', '{{duration}}'),
    ],
  },
});

// Fails two times in three: the counter counts runs by their status.
const flakey = container({
  name: 'flakey',
  image: 'python:alpine3.23',
  command: ['python', '-c'],
  args: ['import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)'],
  metrics: {
    prometheus: [
      {
        name: 'result_counter',
        help: 'Count of step execution by result status',
        labels: [
          { key: 'name', value: 'flakey' },
          { key: 'status', value: '{{status}}' },
        ],
        counter: { value: '1' },
      },
    ],
  },
});

const main = steps('steps', { metrics: { prometheus: [durationGauge('steps', '{{duration}}')] } }, (s) => {
  s.step('random-int', randomInt, {});
  s.step('flakey', flakey, {});
});

export default workflow({
  generateName: 'hello-world-',
  labels: { 'workflows.argoproj.io/no-test': 'flaky' },
  metrics: { prometheus: [durationGauge('workflow', '{{workflow.duration}}')] },
  entrypoint: main,
});
