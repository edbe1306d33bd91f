import { expectError } from 'tsd';
import { expression, hook, wf, workflow } from '../src/index.js';
import { echo, randomInt } from './fixtures.js';

// Workflow-level hooks take templates and hook(...) values, typed like a call's; no raw template names.
workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: randomInt } });
workflow({
  generateName: 'x-',
  entrypoint: randomInt,
  hooks: { running: hook({ template: echo, arguments: { message: 'up' }, expression: expression<boolean>`${wf.status} == "Running"` }) },
});
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: { template: 'http' } } }));
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { running: hook({ template: echo, arguments: {} }) } }));
