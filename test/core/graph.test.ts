// The one graph utility behind the builder's and the validator's cycle checks and the model generator's order.
import { describe, expect, it } from 'vitest';
import { dependsOn, findCycle, findCycles, topologicalOrder } from '../../src/core/graph.js';
import type { Graph } from '../../src/core/graph.js';
import { validateDocument } from '../../src/argo-docs/validate/index.js';

const graph = (edges: Record<string, ReadonlyArray<string>>): Graph => new Map(Object.entries(edges));

/** A chain of `n` nodes, each depending on the next: a depth-first walk from the first goes `n` deep. */
const chain = (n: number): Graph =>
  new Map(Array.from({ length: n }, (_, i) => [`c${i}`, i === n - 1 ? [] : [`c${i + 1}`]] as const));

const CHAIN = 30_000;

describe('findCycles', () => {
  it('prints a cycle as the path from a node through what it depends on back to it', () => {
    expect(findCycle(graph({ a: ['c'], b: ['a'], c: ['b'] }))?.join(' -> ')).toBe('a -> c -> b -> a');
  });

  it('reports a loop over the same nodes once, and every distinct loop', () => {
    const g = graph({ a: ['b', 'c'], b: ['a'], c: ['a'], d: ['d'] });
    expect(findCycles(g).map((c) => c.join(' -> '))).toEqual(['a -> b -> a', 'a -> c -> a', 'd -> d']);
    expect(findCycles(g, 2)).toHaveLength(2);
  });

  it('ignores dangling dependencies and finds nothing in a dag', () => {
    expect(findCycles(graph({ a: ['b', 'zz'], b: [], c: ['a', 'b'] }))).toEqual([]);
  });

  it(`walks a ${CHAIN}-node chain without overflowing the stack, and closes it into one cycle`, () => {
    expect(findCycle(chain(CHAIN))).toBeUndefined();
    const looped = new Map(chain(CHAIN));
    looped.set(`c${CHAIN - 1}`, ['c0']);
    expect(findCycle(looped)).toHaveLength(CHAIN + 1);
  });
});

describe('dependsOn', () => {
  it('follows dependencies transitively, not backwards', () => {
    const g = chain(5);
    expect(dependsOn(g, 'c0', 'c4')).toBe(true);
    expect(dependsOn(g, 'c4', 'c0')).toBe(false);
  });
});

describe('topologicalOrder', () => {
  it('puts every node after what it depends on, a cycle as one component', () => {
    const order = topologicalOrder(graph({ app: ['lib', 'log'], lib: ['log'], log: [], x: ['y'], y: ['x'] }));
    expect(order).toEqual([['log'], ['lib'], ['app'], ['y', 'x']]);
  });

  it(`orders a ${CHAIN}-node chain without overflowing the stack`, () => {
    const order = topologicalOrder(chain(CHAIN));
    expect(order).toHaveLength(CHAIN);
    expect(order[0]).toEqual([`c${CHAIN - 1}`]);
    expect(order[CHAIN - 1]).toEqual(['c0']);
  });
});

describe(`a containerSet of ${CHAIN} chained containers`, () => {
  const name = (i: number): string => (i === CHAIN - 1 ? 'main' : `c${i}`);
  const doc = (): Record<string, unknown> => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { generateName: 'chain-' },
    spec: {
      entrypoint: 'main',
      templates: [
        {
          name: 'main',
          containerSet: {
            // Each container waits on the next one, so a depth-first walk from the first goes 30,000 deep.
            containers: Array.from({ length: CHAIN }, (_, i) => ({
              name: name(i),
              image: 'busybox',
              ...(i < CHAIN - 1 && { dependencies: [name(i + 1)] }),
            })),
          },
        },
        // A problem found after the containerSet: a validator that dies on the chain loses it.
        { name: 'later', container: { image: '' } },
      ],
    },
  });

  it('validates without a stack overflow and still reports the document\'s other problems', () => {
    const problems = validateDocument(doc());
    expect(problems.map((p) => p.rule)).not.toContain('internal');
    expect(problems.map((p) => [p.template, p.path])).toEqual([['later', 'spec.templates[1].container.image']]);
  });

  it('prints a cycle closed at the end of the chain', () => {
    const d = doc();
    const containers = (d['spec'] as { templates: Array<{ containerSet: { containers: Array<Record<string, unknown>> } }> })
      .templates[0]!.containerSet.containers;
    containers[CHAIN - 1] = { ...containers[CHAIN - 1], dependencies: ['c0'] };
    const cycle = validateDocument(d).find((p) => p.message.startsWith('containers dependency cycle detected'));
    expect(cycle?.message).toMatch(/^containers dependency cycle detected: c0 -> c1 -> .* -> c29998 -> main -> c0; /);
  });
});
