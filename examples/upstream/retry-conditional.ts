import { expression, lastRetry, param, script, steps, workflow } from 'tiphys';

const safeToRetry = script({
  name: 'safe-to-retry',
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'print("true")\n',
  result: param.boolean(),
});

const retryScript = script({
  name: 'retry-script',
  inputs: { 'safe-to-retry': param.boolean() },
  // Argo evaluates the expression with only `lastRetry` in scope; the input is substituted as a tag first.
  retryStrategy: (i) => ({
    limit: 10,
    expression: expression<boolean>`asInt(${lastRetry.exitCode}) > 1 && ${lastRetry.status} != "Error" && asInt(${lastRetry.duration}) < 120 && (${i['safe-to-retry']} == true || ${lastRetry.message} matches 'imminent node shutdown|pod deleted')`,
  }),
  image: 'python:alpine3.23',
  command: ['python'],
  source: 'import random;\nimport sys;\nexit_code = random.choice([1, 2]);\nsys.exit(exit_code)\n',
});

const main = steps('main', (s) => {
  const safe = s.step('safe-to-retry', safeToRetry, {});
  s.step('retry', retryScript, { 'safe-to-retry': safe.out.result });
});

export default workflow({
  generateName: 'retry-script-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: main,
});
