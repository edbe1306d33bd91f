// Property: on random dags (random virtual durations), every task runs exactly once and only after all of
// its dependencies finished; a random failure omits exactly its descendants (Argo expands a bare dependency
// to Succeeded || Skipped || Daemoned, so Omitted propagates) and every other task still runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalRun } from '../../src/interp/local/local-run.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import { workflowOf } from './argo-fixtures.js';
import { fakeLeaf } from './fake-leaf.js';

interface DagPlan {
  /** deps[i]: indices of earlier tasks task i depends on. */
  readonly deps: ReadonlyArray<ReadonlyArray<number>>;
  readonly ms: ReadonlyArray<number>;
}

const planArb: fc.Arbitrary<DagPlan> = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    deps: fc.tuple(...Array.from({ length: n }, (_, i) => fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: i === 0 ? 0 : Math.min(i, 4) }))),
    ms: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
  }),
);

const name = (i: number): string => `t${i}`;

const manifest = (plan: DagPlan, failing: number | undefined) =>
  workflowOf(`
  - name: main
    dag:
      tasks:
${plan.deps
  .map((d, i) => `      - { name: ${name(i)}, template: ${i === failing ? 'bad' : 'good'}${d.length > 0 ? `, dependencies: [${d.map(name).join(', ')}]` : ''} }`)
  .join('\n')}
  - name: good
    container: { image: alpine }
  - name: bad
    container: { image: alpine }`);

const run = (plan: DagPlan, failing?: number): Promise<LocalRun> => {
  const ms = (taskName: string): number => plan.ms[Number(taskName.slice(1))] ?? 0;
  const leaf = fakeLeaf({
    good: (r) => ({ ms: ms(r.node.displayName) }),
    bad: (r) => ({ ms: ms(r.node.displayName), phase: 'Failed' }),
  });
  return runLocal(manifest(plan, failing), { leafRunner: leaf.runner });
};

const descendants = (plan: DagPlan, root: number): ReadonlySet<number> => {
  const out = new Set<number>();
  for (let i = root + 1; i < plan.deps.length; i++) if ((plan.deps[i] ?? []).some((d) => d === root || out.has(d))) out.add(i);
  return out;
};

describe('dag scheduling properties', () => {
  it('runs each task exactly once, after all of its dependencies', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const r = await run(plan);
        expect(r.phase).toBe('Succeeded');
        const started = r.events.filter((e) => e.type === 'Started' && e.node !== 't').map((e) => e.displayName);
        expect([...started].sort()).toEqual(plan.deps.map((_, i) => name(i)).sort());
        const index = (type: string, n: string): number => r.events.findIndex((e) => e.type === type && e.displayName === n);
        plan.deps.forEach((deps, i) => {
          for (const d of deps) expect(index('Started', name(i))).toBeGreaterThan(index('Finished', name(d)));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a failure omits exactly the tasks downstream of it and runs every other task', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb.chain((plan) => fc.tuple(fc.constant(plan), fc.integer({ min: 0, max: plan.deps.length - 1 }))),
        async ([plan, failing]) => {
          const r = await run(plan, failing);
          const below = descendants(plan, failing);
          plan.deps.forEach((_, i) => {
            const phase = r.phaseOf(name(i));
            if (i === failing) expect(phase).toBe('Failed');
            else if (below.has(i)) expect(phase).toBe('Omitted');
            else expect(phase).toBe('Succeeded');
          });
          expect(r.phase).toBe('Failed');
        },
      ),
      { numRuns: 60 },
    );
  });
});
