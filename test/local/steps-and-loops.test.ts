// Steps groups in order with parallel members, continueOn, and loops with aggregated fan-in outputs.
import { describe, expect, it } from 'vitest';
import { LEAVES, runFake, workflowOf } from './argo-fixtures.js';

describe('steps', () => {
  it('runs groups in order and the members of a group in parallel', async () => {
    const run = await runFake(
      workflowOf(`
  - name: main
    steps:
    - - { name: a, template: slow }
      - { name: b, template: slow }
    - - { name: c, template: ok }
  - name: slow
    container: { image: alpine }
${LEAVES}`),
      { slow: { ms: 5000 } },
    );
    expect(run.phase).toBe('Succeeded');
    const events = run.events.map((e) => `${e.at} ${e.type} ${e.displayName}`);
    // a and b start together at 0; c starts when both finished, 5 virtual seconds later.
    expect(events.filter((e) => / (a|b|c)$/.test(e))).toEqual([
      '0 Started a',
      '0 Started b',
      '5000 Finished a',
      '5000 Finished b',
      '5000 Started c',
      '5000 Finished c',
    ]);
    expect(run.nodes['t[0]']?.type).toBe('StepGroup');
    expect(run.nodes['t[1].c']?.displayName).toBe('c');
  });

  it('a failed member fails its group and the template, unless continueOn', async () => {
    const failing = await runFake(
      workflowOf(`
  - name: main
    steps:
    - - { name: a, template: fail }
      - { name: b, template: ok }
    - - { name: c, template: ok }
${LEAVES}`),
    );
    expect(failing.phase).toBe('Failed');
    expect(failing.ran('b')).toBe(true);
    expect(failing.nodes['t[1].c']).toBeUndefined();
    expect(failing.nodes['t[0]']?.phase).toBe('Failed');
    expect(failing.nodes['t']?.message).toMatch(/^step group t-\d+ was unsuccessful: child 't-\d+' failed$/);

    const continuing = await runFake(
      workflowOf(`
  - name: main
    steps:
    - - { name: a, template: fail, continueOn: { failed: true } }
    - - { name: c, template: echo, arguments: { parameters: [{ name: m, value: '{{steps.a.status}}' }] } }
${LEAVES}`),
    );
    expect(continuing.phase).toBe('Succeeded');
    expect(continuing.nodes['t[1].c']?.outputs?.result).toBe('Failed');
  });

  it('when false skips a step with Argo message', async () => {
    const run = await runFake(
      workflowOf(`
  - name: main
    steps:
    - - { name: flip, template: echo, arguments: { parameters: [{ name: m, value: heads }] } }
    - - { name: heads, template: ok, when: '{{steps.flip.outputs.result}} == heads' }
      - { name: tails, template: ok, when: '{{steps.flip.outputs.result}} == tails' }
${LEAVES}`),
    );
    expect(run.ran('heads')).toBe(true);
    expect(run.skipped('tails')).toBe(true);
    expect(run.nodes['t[1].tails']?.message).toBe("when 'heads == tails' evaluated false");
    expect(run.nodes['t[1].tails']?.type).toBe('Skipped');
  });
});

describe('loops', () => {
  it('withItems expands a step into parallel children named (i:item) and aggregates their outputs', async () => {
    const run = await runFake(
      workflowOf(`
  - name: main
    steps:
    - - name: each
        template: echo
        arguments: { parameters: [{ name: m, value: '{{item.n}}' }] }
        withItems: [{ n: 1 }, { n: 2 }]
    - - { name: sum, template: echo, arguments: { parameters: [{ name: m, value: '{{steps.each.outputs.result}}' }] } }
${LEAVES}`),
    );
    expect(Object.keys(run.nodes).filter((n) => n.startsWith('t[0].'))).toEqual(['t[0].each(0:n:1)', 't[0].each(1:n:2)']);
    expect(run.nodes['t[1].sum']?.outputs?.result).toBe('[1,2]');
  });

  it('withParam reads a JSON list from an output; withSequence counts with a format; parameters fan in', async () => {
    const run = await runFake(
      workflowOf(`
  - name: main
    dag:
      tasks:
      - { name: gen, template: gen }
      - { name: fan, template: one, depends: gen, withParam: '{{tasks.gen.outputs.result}}', arguments: { parameters: [{ name: m, value: '{{item}}' }] } }
      - { name: seq, template: one, withSequence: { start: '1', end: '3', format: 'x%02d' }, arguments: { parameters: [{ name: m, value: '{{item}}' }] } }
      - { name: in, template: echo, depends: fan && seq, arguments: { parameters: [{ name: m, value: '{{tasks.fan.outputs.parameters.p}} {{tasks.seq.outputs.parameters}}' }] } }
  - name: gen
    container: { image: alpine }
  - name: one
    inputs: { parameters: [{ name: m }] }
    outputs: { parameters: [{ name: p, valueFrom: { path: /tmp/p } }] }
    container: { image: alpine }
${LEAVES}`),
      { gen: { result: '["a","1"]' }, one: (r) => ({ parameters: { p: r.inputs.parameters['m'] ?? '' } }) },
    );
    expect(run.nodes['t.fan']?.type).toBe('TaskGroup');
    expect(run.nodes['t.fan']?.children).toEqual(['t.fan(0:a)', 't.fan(1:1)']);
    expect(run.nodes['t.seq']?.children).toEqual(['t.seq(0:x01)', 't.seq(1:x02)', 't.seq(2:x03)']);
    // A parameter fans in as a list of strings (Argo's `["a","1"]`), even where a value reads as JSON.
    expect(run.nodes['t.in']?.outputs?.result).toBe('["a","1"] [{"p":"x01"},{"p":"x02"},{"p":"x03"}]');
  });

  it('AnySucceeded and AllFailed read a loop’s children; no items is Skipped, empty params', async () => {
    const run = await runFake(
      workflowOf(`
  - name: main
    dag:
      tasks:
      - { name: some, template: maybe, withItems: [ok, bad], arguments: { parameters: [{ name: m, value: '{{item}}' }] } }
      - { name: any, template: ok, depends: some.AnySucceeded }
      - { name: all, template: ok, depends: some.AllFailed }
      - { name: none, template: ok, withItems: [] }
  - name: maybe
    inputs: { parameters: [{ name: m }] }
    container: { image: alpine }
${LEAVES}`),
      { maybe: (r) => (r.inputs.parameters['m'] === 'bad' ? { phase: 'Failed' } : {}) },
    );
    expect(run.nodes['t.some']?.phase).toBe('Failed');
    expect(run.ran('any')).toBe(true);
    expect(run.phaseOf('all')).toBe('Omitted');
    expect(run.nodes['t.none']?.phase).toBe('Skipped');
    expect(run.nodes['t.none']?.message).toBe('Skipped, empty params');
  });
});
