import { expectError, expectType } from 'tsd';
import { artifact, container, dag, metric, node, param, retries, script, steps, wf, type ArtifactRef, type GlobalRef, type OutputParamRef, type Ref, type WorkflowFailure } from '../src/index.js';
import { echo } from './fixtures.js';

// The creation time in Argo's formats only.
expectType<GlobalRef<string>>(wf.creationTimestampAs('RFC3339'));
expectType<GlobalRef<string>>(wf.creationTimestampAs('Y'));
expectError(wf.creationTimestampAs('Q'));
expectType<Ref<ReadonlyArray<WorkflowFailure>>>(wf.failures);
expectType<Ref<number>>(retries);
expectType<Ref<string>>(node.podName);
expectType<Ref<string>>(metric.resourcesDuration('memory'));
expectError(metric.resourcesDuration('disk'));

// A global output artifact fits an artifact input, never a parameter.
const take = container({ name: 'take', image: 'alpine', inputs: { art: artifact({ path: '/tmp/a' }) }, args: ['true'] });
steps('s', (s) => {
  s.step('t', take, { art: wf.outputArtifact('report') });
  expectError(s.step('e', echo, { message: wf.outputArtifact('report') }));
});

// A call's node fields are text refs; a leaf's own output parameters have a path and a value for metrics.
dag('d', (d) => {
  const a = d.task('a', echo, { message: 'hi' });
  expectType<Ref<string>>(a.id);
  expectType<Ref<string>>(a.startedAt);
  d.task('b', echo, { message: a.hostNodeName });
});
script({
  name: 'leaf',
  image: 'alpine',
  outputs: { note: param.string({ path: '/tmp/note' }), report: artifact({ path: '/tmp/r' }) },
  source: (_, o) => {
    expectType<Ref<string>>(o.note.path);
    expectType<OutputParamRef<string>>(o.note);
    expectType<ArtifactRef>(o.report);
    return `cat ${o.note.path}`;
  },
});
