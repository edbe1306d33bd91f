import { expectError, expectType } from 'tsd';
import {
  artifact,
  clusterWorkflowTemplate,
  container,
  dag,
  eq,
  expression,
  hook,
  ne,
  param,
  step,
  steps,
  wf,
  workflow,
  workflowTemplate,
  type NodePhase,
  type Ref,
  type WorkflowFailure,
  type WorkflowPhase,
} from '../src/index.js';
import { double, echo, randomInt } from './fixtures.js';

const done = container({ name: 'done', image: 'b', command: ['true'] });

// Workflow-level hooks take templates and hook(...) values, typed like a call's; no raw template names.
workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: randomInt } });
workflow({
  generateName: 'x-',
  entrypoint: randomInt,
  hooks: { running: hook({ template: echo, arguments: { message: 'up' }, expression: eq(wf.status, 'Running') }) },
});
workflow({ generateName: 'x-', entrypoint: randomInt, onExit: done, hooks: { exit: done } });
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: { template: 'http' } } }));
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { running: hook({ template: echo, arguments: {} }) } }));

// A bare hook or exit template whose template needs an input, in every position.
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { exit: echo } }));
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, hooks: { running: echo } }));
expectError(workflow({ generateName: 'x-', entrypoint: randomInt, onExit: echo }));
expectError(workflowTemplate({ name: 'lib', templates: { done }, onExit: echo }));

// WorkflowTemplate-level hooks are typed as the workflow's: template values, no raw template names.
workflowTemplate({ name: 'lib', templates: { done }, hooks: { exit: done, running: hook({ template: echo, arguments: { message: 'up' }, expression: eq(wf.status, 'Running') }) } });
clusterWorkflowTemplate({ name: 'lib', templates: { done }, hooks: { exit: done } });
expectError(workflowTemplate({ name: 'lib', templates: { done }, hooks: { exit: { template: 'done' } } }));
expectError(clusterWorkflowTemplate({ name: 'lib', templates: { done }, hooks: { running: { expression: 'true', template: 'done' } } }));
expectError(workflowTemplate({ name: 'lib', templates: { done }, hooks: { running: echo } }));
expectError(workflowTemplate({ name: 'lib', templates: { done }, hooks: { exit: hook({ template: echo, arguments: {} }) } }));
expectError(step('a', double, { n: 1 }, { hooks: { exit: echo } }));
expectError(step('a', double, { n: 1 }, { onExit: echo }));
steps('s', (s) => {
  expectError(s.step('a', double, { n: 1 }, { hooks: { exit: echo } }));
  s.parallel((p) => void expectError(p.step('b', double, { n: 1 }, { hooks: { running: echo } })));
});
dag('d', (d) => {
  expectError(d.task('a', double, { n: 1 }, { hooks: { exit: echo } }));
  expectError(d.task('b', double, { n: 1 }, { onExit: echo }));
});

// The workflow's status and failures, and a call's status, are typed: a phase outside Argo's is an error.
expectType<Ref<WorkflowPhase>>(wf.status);
expectType<Ref<ReadonlyArray<WorkflowFailure>>>(wf.failures);
expectError(eq(wf.status, 'Succeded'));
expectError(expression<boolean>`${eq(wf.status, 'Skipped')}`);
expectError(hook({ template: done, expression: ne(wf.status, 'Pending') }));
expectError(hook({ template: echo }));
expectError(hook({ template: double, expression: eq(wf.status, 'Running') }));
steps('s', (s) => {
  const a = s.step('a', randomInt, {});
  expectType<Ref<NodePhase>>(a.status);
  s.step('b', done, {}, { when: eq(a.status, 'Failed') });
  expectError(s.step('c', done, {}, { when: eq(a.status, 'failed') }));
});
dag('d', (d) => {
  const a = d.task('a', randomInt, {});
  expectType<Ref<NodePhase>>(a.status);
  d.task('b', done, {}, { hooks: { running: hook({ template: done, expression: eq(a.status, 'Running') }) } });
  expectError(hook({ template: done, expression: eq(a.status, 'Runing') }));
});

// A call's hooks as a function of its own handle: its outputs typed as any argument, parameters and artifacts.
const produce = container({
  name: 'produce',
  image: 'b',
  command: ['x'],
  outputs: { n: param.number({ path: '/n' }), result: param.string({ path: '/r' }), file: artifact({ path: '/f' }) },
});
const takesFile = container({ name: 'takes-file', image: 'b', inputs: { file: artifact({ path: '/in' }) }, command: ['x'] });
steps('own', (s) => {
  const a = s.step('a', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.result } }) }) });
  expectType<Ref<string>>(a.out.result);
  s.step('b', produce, {}, { hooks: (self) => ({ exit: hook({ template: takesFile, arguments: { file: self.out.file } }) }) });
  expectError(s.step('c', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.n } }) }) }));
  expectError(s.step('d', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: {} }) }) }));
  expectError(s.step('e', produce, {}, { hooks: (self) => ({ exit: echo }) }));
  expectError(s.step('f', produce, {}, { hooks: (self) => ({ exit: hook({ template: takesFile, arguments: { file: self.out.n } }) }) }));
});
dag('own-dag', (d) => {
  d.task('a', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.result } }) }) });
  expectError(d.task('b', produce, {}, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { message: self.out.n } }) }) }));
});

// An output parameter named `result` is out.result, unless the template's stdout is (the `result` option).
expectError(container({ name: 'both', image: 'b', command: ['x'], result: param.number(), outputs: { result: param.string({ path: '/r' }) } }));
