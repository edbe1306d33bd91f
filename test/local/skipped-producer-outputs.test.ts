// A Skipped or Omitted producer's outputs are absent (Argo v3.7.16 / v4.0.7): an output parameter with
// valueFrom.default reads as that default; without one, a bare reference to it is an "absent optional"
// that fails the consumer unless the consumer's input has a default.
import { describe, expect, it } from 'vitest';
import { runFake, workflowOf } from './argo-fixtures.js';

const LEAVES = `
  - name: produce
    outputs: { parameters: [{ name: msg, valueFrom: { path: /tmp/out.txt, default: from-default } }, { name: bare, valueFrom: { path: /tmp/bare.txt } }] }
    container: { image: alpine }
  - name: consume
    inputs: { parameters: [{ name: in }] }
    container: { image: alpine }
  - name: consume-or-default
    inputs: { parameters: [{ name: in, default: consumer-default }] }
    container: { image: alpine }
`;

/** A dag whose `consumer` passes `tasks.producer.outputs.parameters.<param>` to its input `in`. */
const dag = (producer: string, consumer: string, depends: string, param: string): ReturnType<typeof workflowOf> =>
  workflowOf(`
  - name: main
    dag:
      tasks:
      - { name: gate, template: consume, arguments: { parameters: [{ name: in, value: x }] } }
      - { name: producer, template: produce, ${producer} }
      - name: consumer
        template: ${consumer}
        depends: "${depends}"
        arguments: { parameters: [{ name: in, value: '{{tasks.producer.outputs.parameters.${param}}}' }] }
${LEAVES}`);

describe("a Skipped or Omitted producer's outputs", () => {
  it('a Skipped producer (when false) passes its output parameter valueFrom.default', async () => {
    const run = await runFake(dag("when: 'false'", 'consume', 'producer.Succeeded || producer.Skipped', 'msg'));
    expect(run.phaseOf('producer')).toBe('Skipped');
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t.consumer']?.inputs?.parameters).toEqual({ in: 'from-default' });
  });

  it('an Omitted producer (depends not met) passes its output parameter valueFrom.default', async () => {
    const run = await runFake(dag('depends: gate.Failed', 'consume', 'producer || producer.Omitted', 'msg'));
    expect(run.phaseOf('producer')).toBe('Omitted');
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t.consumer']?.inputs?.parameters).toEqual({ in: 'from-default' });
  });

  it("without valueFrom.default, the consumer fails with Argo's 'absent optional'", async () => {
    const run = await runFake(dag("when: 'false'", 'consume', 'producer.Succeeded || producer.Skipped', 'bare'));
    expect(run.phaseOf('consumer')).toBe('Error');
    expect(run.nodes['t.consumer']?.message).toBe(
      'inputs.parameters.in has no value: its argument {{tasks.producer.outputs.parameters.bare}} is an absent optional (the output of a Skipped or Omitted producer, with no valueFrom.default) and the input has no default',
    );
    expect(run.phase).toBe('Error');
  });

  it("without valueFrom.default, the consumer's input default applies to a bare reference", async () => {
    const run = await runFake(dag("when: 'false'", 'consume-or-default', 'producer.Succeeded || producer.Skipped', 'bare'));
    expect(run.phase).toBe('Succeeded');
    expect(run.nodes['t.consumer']?.inputs?.parameters).toEqual({ in: 'consumer-default' });
  });
});
