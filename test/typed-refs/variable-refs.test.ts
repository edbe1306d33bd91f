// Argo's variables as typed refs: each renders the variable Argo documents, where Argo reads it, and the
// workflow that uses them passes Argo's rules.
import { describe, expect, it } from 'vitest';
import { artifact, container, dag, globals, metric, node, param, retries, script, steps, toManifest, wf, workflow } from '../../src/index.js';
import { schemaErrors } from '../support/argo-schema.js';

const g = globals({ day: param.string({ default: 'mon' }) });

const leaf = script({
  name: 'leaf',
  image: 'alpine',
  // Argo has `{{inputs.parameters}}` only for a template with input parameters.
  inputs: { n: param.string({ default: '1' }) },
  command: ['sh'],
  outputs: { note: param.string({ path: '/tmp/note', globalName: 'note' }), report: artifact({ path: '/tmp/report', globalName: 'report' }) },
  result: param.string(),
  retryStrategy: { limit: '2' },
  metrics: (_, o) => ({
    prometheus: [
      {
        name: 'leaf_seconds',
        help: 'Seconds of the leaf',
        labels: [
          { key: 'phase', value: metric.status },
          { key: 'code', value: metric.exitCode },
          { key: 'note', value: o.note },
          { key: 'result', value: metric.result },
          { key: 'cpu', value: metric.resourcesDuration('cpu') },
        ],
        gauge: { realtime: false, value: metric.duration },
      },
    ],
  }),
  source: (_, o) =>
    `echo ${node.name} ${node.podName} ${node.stepName} ${node.taskName} ${node.inputs} ${retries} ${o.note.path} ${wf.creationTimestampAs('RFC3339')} ${wf.creationTimestampAs('Y')} ${wf.parametersJson} ${g.day}`,
});

const show = container({
  name: 'show',
  image: 'alpine',
  inputs: { id: param.string(), host: param.string(), started: param.string(), finished: param.string(), failures: param.string(), art: artifact({ path: '/tmp/a' }) },
  args: ['true'],
});

describe('variables as typed refs', () => {
  const d = dag('main', (b) => {
    const a = b.task('a', leaf, {});
    b.task('b', show, { id: a.id, host: a.hostNodeName, started: a.startedAt, finished: a.finishedAt, failures: 'none', art: a.out.report });
  });
  const exit = steps('exit', (s) => {
    const l = s.step('leaf', leaf, {});
    s.step('show', show, { id: l.id, host: l.hostNodeName, started: l.startedAt, finished: l.finishedAt, failures: `${wf.failures}`, art: wf.outputArtifact('report') });
  });
  const manifest = toManifest(workflow({ generateName: 'vars-', entrypoint: d, onExit: exit, arguments: g }));
  const byName = (n: string) => manifest.spec.templates.find((t) => t.name === n);

  it('render the variables Argo documents, in a template body and in its metrics', () => {
    expect(byName('leaf')?.script?.source).toBe(
      'echo {{node.name}} {{pod.name}} {{steps.name}} {{tasks.name}} {{inputs.parameters}} {{retries}} {{outputs.parameters.note.path}} {{workflow.creationTimestamp.RFC3339}} {{workflow.creationTimestamp.Y}} {{workflow.parameters.json}} {{workflow.parameters.day}}',
    );
    expect(byName('leaf')?.metrics?.prometheus?.[0]).toMatchObject({
      labels: [
        { key: 'phase', value: '{{status}}' },
        { key: 'code', value: '{{exitCode}}' },
        { key: 'note', value: '{{outputs.parameters.note}}' },
        { key: 'result', value: '{{outputs.result}}' },
        { key: 'cpu', value: '{{resourcesDuration.cpu}}' },
      ],
      gauge: { value: '{{duration}}' },
    });
  });

  it("render a call's node fields, in a dag and in steps, and the workflow's failures and global output artifact", () => {
    expect(byName('main')?.dag?.tasks[1]).toMatchObject({
      depends: 'a',
      arguments: {
        parameters: [
          { name: 'id', value: '{{tasks.a.id}}' },
          { name: 'host', value: '{{tasks.a.hostNodeName}}' },
          { name: 'started', value: '{{tasks.a.startedAt}}' },
          { name: 'finished', value: '{{tasks.a.finishedAt}}' },
          { name: 'failures', value: 'none' },
        ],
      },
    });
    expect(byName('exit')?.steps?.[1]?.[0]?.arguments).toEqual({
      parameters: [
        { name: 'id', value: '{{steps.leaf.id}}' },
        { name: 'host', value: '{{steps.leaf.hostNodeName}}' },
        { name: 'started', value: '{{steps.leaf.startedAt}}' },
        { name: 'finished', value: '{{steps.leaf.finishedAt}}' },
        { name: 'failures', value: '{{workflow.failures}}' },
      ],
      artifacts: [{ name: 'art', from: '{{workflow.outputs.artifacts.report}}' }],
    });
    expect(schemaErrors(manifest)).toEqual([]);
  });
});
