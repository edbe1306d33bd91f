// The flow graph's own rules: a template that calls itself (as Argo's coinflip-recursive does) is unfolded
// once, its inner call drawn as a box saying so.
import { describe, expect, it } from 'vitest';
import { toMermaid, type StepNode, type StepsNode, type Workflow } from '../../src/index.js';
import { makeScope } from '../../src/core/scope.js';

describe('the flow graph', () => {
  it('unfolds a recursive template once', () => {
    const again: { -readonly [K in keyof StepsNode]: StepsNode[K] } = { kind: 'Steps', name: 'again', scope: makeScope('again'), inputs: [], outputs: [], refs: [], groups: [] };
    const self: StepNode = { kind: 'Step', name: 'again', template: again, arguments: [] };
    again.groups = [[self]];
    const wf = { kind: 'Workflow', node: { kind: 'Workflow', metadata: { generateName: 'r-' }, entrypoint: again, arguments: [] } } as unknown as Workflow<unknown, unknown>;
    expect(toMermaid(wf)).toBe(['flowchart TD', '  subgraph n["again"]', '    n_again["again<br>calls itself: not unfolded"]', '  end', ''].join('\n'));
  });
});
