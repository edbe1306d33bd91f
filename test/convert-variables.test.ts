// Argo variables in the YAML become their typed refs in the converted module (`node.podName`,
// `wf.creationTimestampAs('Y')`, `A.id`, `o.x.path`, `metric.status`, ...), and artifact arguments stand
// beside the globals (`{ ...g, seed: raw('x') }`).
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';

const yaml = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: vars-
spec:
  entrypoint: main
  onExit: report
  arguments:
    parameters: [{name: day, value: mon}]
    artifacts: [{name: seed, raw: {data: x}}]
  templates:
  - name: main
    inputs: {artifacts: [{name: seed}]}
    steps:
    - - name: leaf
        template: leaf
    - - name: show
        template: show
        arguments:
          parameters: [{name: m, value: "{{steps.leaf.id}} {{steps.leaf.startedAt}} {{steps.leaf.hostNodeName}}"}]
          artifacts: [{name: a, from: "{{inputs.artifacts.seed}}"}]
  - name: leaf
    retryStrategy: {limit: "2"}
    metrics:
      prometheus:
      - name: leaf_seconds
        help: Seconds
        labels: [{key: phase, value: "{{status}}"}, {key: note, value: "{{outputs.parameters.note}}"}]
        gauge: {realtime: false, value: "{{duration}}"}
    outputs:
      parameters: [{name: note, valueFrom: {path: /tmp/note}, globalName: note}]
      artifacts: [{name: out, path: /tmp/out, globalName: out}]
    script:
      image: alpine
      command: [sh]
      source: "echo {{pod.name}} {{node.name}} {{retries}} {{workflow.creationTimestamp.Y}} {{outputs.parameters.note.path}} {{workflow.parameters.day}}"
  - name: show
    inputs:
      parameters: [{name: m}]
      artifacts: [{name: a, path: /tmp/a}]
    container: {image: alpine, args: ["{{inputs.parameters.m}}"]}
  - name: report
    steps:
    - - name: show
        template: show
        arguments:
          parameters: [{name: m, value: "{{workflow.failures}}"}]
          artifacts: [{name: a, from: "{{workflow.outputs.artifacts.out}}"}]
`;

describe('convert, Argo variables', () => {
  it('writes each variable as its typed ref, and the artifact argument beside the globals', async () => {
    const { code } = await convert(yaml);
    for (const ref of [
      '${node.podName} ${node.name} ${retries} ${wf.creationTimestampAs(\'Y\')} ${o.note.path} ${g.day}',
      '${leaf2.id} ${leaf2.startedAt} ${leaf2.hostNodeName}',
      "{ key: 'phase', value: metric.status }",
      "{ key: 'note', value: o.note }",
      'value: metric.duration',
      "a: wf.outputArtifact('out')",
      "arguments: { ...g, seed: raw('x') }",
    ]) {
      expect(code).toContain(ref);
    }
  });
});

const looped = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: all-
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - {name: fan, template: one, withItems: [a, b], arguments: {parameters: [{name: m, value: "{{item}}"}]}}
      - {name: each, template: one, depends: fan, withParam: "{{tasks.fan.outputs.parameters}}", arguments: {parameters: [{name: m, value: "{{item.p}}"}]}}
      - {name: whole, template: one, depends: fan, arguments: {parameters: [{name: m, value: "all: {{tasks.fan.outputs.parameters}}"}]}}
  - name: one
    inputs: {parameters: [{name: m}]}
    outputs: {parameters: [{name: p, valueFrom: {path: /tmp/p}}]}
    container: {image: alpine, args: ["{{inputs.parameters.m}}"]}
`;

describe("convert, a looped call's output parameters", () => {
  it('writes {{tasks.X.outputs.parameters}} as X.out.$all, in a loop and in text', async () => {
    const { code } = await convert(looped);
    expect(code).toContain('withParam: fan.out.$all');
    expect(code).toContain('`all: ${fan.out.$all}`');
  });
});
