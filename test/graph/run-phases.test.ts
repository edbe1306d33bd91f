// A run's phases by node path, from Argo's `status.nodes` as the submit client returns it, and the
// picture coloured by them.
import { describe, expect, it } from 'vitest';
import { runLocal, runPhases, toFlowGraph, toMermaid, type argo } from '../../src/index.js';
import { graphItems, PHASE_COLOURS } from '../../src/interp/graph/flow-graph.js';
import { markedWorkflow } from './graph-fixtures.js';

type Node = argo.NodeStatus;

const node = (name: string, type: string, phase: string): Node => ({ id: `id-${name}`, name, displayName: name, type, phase });

/** What Argo reports for a run of `markedWorkflow` named `marked-x7`: retries, loop items, a step group, hooks. */
const finished: argo.Workflow = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'marked-x7' },
  spec: {},
  status: {
    phase: 'Failed',
    nodes: Object.fromEntries(
      [
        node('marked-x7', 'DAG', 'Failed'),
        node('marked-x7.gen', 'Pod', 'Succeeded'),
        node('marked-x7.x', 'Retry', 'Failed'),
        node('marked-x7.x(0)', 'Pod', 'Failed'),
        node('marked-x7.x(1)', 'Pod', 'Succeeded'),
        node('marked-x7.x.hooks.running', 'Pod', 'Succeeded'),
        node('marked-x7.big', 'Skipped', 'Skipped'),
        node('marked-x7.each(0:4)', 'Pod', 'Succeeded'),
        node('marked-x7.each(1:{"a":"(b)"})', 'Pod', 'Error'),
        node('marked-x7.each.onExit', 'Pod', 'Succeeded'),
        node('marked-x7.fan', 'Steps', 'Running'),
        node('marked-x7.fan[0]', 'StepGroup', 'Succeeded'),
        node('marked-x7.fan[0].a', 'Pod', 'Succeeded'),
        node('marked-x7.fan[1].c', 'Pod', 'Pending'),
        node('marked-x7.onExit', 'Pod', 'Succeeded'),
        { id: 'no-phase', name: 'marked-x7.report', type: 'Pod' },
      ].map((n) => [n.id, n]),
    ),
  },
};

describe('runPhases', () => {
  it('keys each node by its path: step groups, retry attempts and loop items dropped', () => {
    expect(runPhases(finished)).toEqual({
      '': 'Failed',
      gen: 'Succeeded',
      x: 'Failed',
      'x.hooks.running': 'Succeeded',
      big: 'Skipped',
      each: 'Error',
      'each.onExit': 'Succeeded',
      fan: 'Running',
      'fan.a': 'Succeeded',
      'fan.c': 'Pending',
      onExit: 'Succeeded',
    });
  });

  it('gives the paths the graph draws, so every phase colours a box or a frame', () => {
    const paths = new Set(graphItems(toFlowGraph(markedWorkflow).items).map((i) => i.path));
    expect(Object.keys(runPhases(finished)).filter((p) => !paths.has(p))).toEqual([]);
  });

  it('colours the Mermaid picture by phase', () => {
    const text = toMermaid(markedWorkflow, { phases: runPhases(finished) });
    expect(text).toContain('  classDef Error fill:#ffcc80\n  class n_each Error\n');
    expect(text).toContain('  class n,n_x Failed\n');
    expect(toMermaid(markedWorkflow)).not.toContain('classDef');
  });
});

describe('runPhases of a local run', () => {
  it('colours the diamond by what runLocal ran: a failed B, a D omitted after it', async () => {
    const { default: diamond } = await import('../../examples/dag-diamond.js');
    const echo = ({ message }: { readonly message: string }) => {
      if (message === 'B') throw new Error('no');
      return {};
    };
    const run = await runLocal(diamond, { implementations: { echo } });
    const phases = runPhases(run);
    expect(phases['']).toBe('Failed');
    expect(phases.A).toBe('Succeeded');
    expect(phases.B).toBe('Failed');
    expect(phases.C).toBe('Succeeded');
    expect(phases.D).toBe('Omitted');
    const picture = toMermaid(diamond, { phases });
    for (const phase of ['Succeeded', 'Failed', 'Omitted'] as const) expect(picture).toContain(`classDef ${phase} fill:${PHASE_COLOURS[phase]}`);
  });
});
