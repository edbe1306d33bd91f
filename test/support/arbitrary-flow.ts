/**
 * Random control flow for the calls of the property test: a typed condition over earlier outputs, a loop
 * (literal items, a sequence, or a looped call's fanned-in output), a depends expression over earlier
 * tasks (dags), `continueOn` (steps: Argo refuses it next to `depends`) and an exit hook.
 */
import fc from 'fast-check';
import { and, container, eq, gt, hook, le, ne, not, or, type Condition, type Ref, type Template } from '../../src/index.js';

export type Kind = 'string' | 'number' | 'int' | 'boolean';

export interface FlowPlan {
  /** Which earlier output a condition reads, and how it is combined. */
  readonly when: number | undefined;
  readonly loop: 'items' | 'sequence' | 'param' | undefined;
  /** Which earlier tasks a depends expression names (dags). */
  readonly depends: number | undefined;
  readonly continueOn: boolean;
  readonly exitHook: boolean;
}

export const flowArb: fc.Arbitrary<FlowPlan> = fc.record({
  when: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
  loop: fc.option(fc.constantFrom('items' as const, 'sequence' as const, 'param' as const), { nil: undefined, freq: 3 }),
  depends: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
  continueOn: fc.boolean(),
  exitHook: fc.boolean(),
});

/** An output of an earlier call: one value, or (from a looped call) a list of them. */
export interface Available {
  readonly kind: Kind;
  readonly ref: Ref<unknown>;
}

/** Task results a depends expression can name. */
export interface ResultsHandle {
  readonly succeeded: never;
  readonly failed: never;
  readonly skipped: never;
}

const cleanup = container({ name: 'cleanup', image: 'busybox', command: ['true'] }) as Template<unknown, unknown>;

const compare = (a: Available, seed: number): Condition => {
  // The refs are loosely typed here; the checker's rules on operands are tested in the sentence tests.
  const r = a.ref as Ref<never>;
  switch (a.kind) {
    case 'string':
      return (seed % 2 === 0 ? eq : ne)(r as Ref<string>, ['a b', 'x"y', 'heads'][seed % 3] as never);
    case 'boolean':
      return eq(r as Ref<boolean>, (seed % 2 === 0) as never);
    default:
      return (seed % 2 === 0 ? gt : le)(r as Ref<number> as never, seed as never);
  }
};

const condition = (scalars: ReadonlyArray<Available>, seed: number): Condition | undefined => {
  const a = scalars[seed % scalars.length];
  if (a === undefined) return undefined;
  const c = compare(a, seed);
  const b = scalars[(seed >> 2) % scalars.length]!;
  return [c, not(c), and(c, compare(b, seed >> 1)), or(not(c), compare(b, seed + 1))][(seed >> 3) % 4];
};

/** The options of one call, and how its arguments take the loop item (an input of the item's kind). */
export const flowOptions = (
  plan: FlowPlan,
  owner: 'tasks' | 'steps',
  scalars: ReadonlyArray<Available>,
  lists: ReadonlyArray<Available>,
  handles: ReadonlyArray<ResultsHandle>,
  literal: (k: Kind, seed: number) => unknown,
): { readonly opts: Readonly<Record<string, unknown>>; readonly item: Kind | undefined } => {
  const when = plan.when === undefined ? undefined : condition(scalars, plan.when);
  const list = lists[(plan.when ?? 0) % Math.max(lists.length, 1)];
  const loop =
    plan.loop === 'items'
      ? { opts: { withItems: [literal('string', 1), literal('string', 2)] }, item: 'string' as const }
      : plan.loop === 'sequence'
        ? { opts: { withSequence: { count: 2 } }, item: 'int' as const }
        : plan.loop === 'param' && list !== undefined
          ? { opts: { withParam: list.ref }, item: list.kind }
          : undefined;
  const d = plan.depends;
  const h = d === undefined ? undefined : handles[d % Math.max(handles.length, 1)];
  const depends = owner === 'tasks' && h !== undefined ? { depends: d! % 2 === 0 ? or(h.succeeded, h.failed) : not(h.skipped) } : {};
  return {
    opts: {
      ...(when !== undefined && { when }),
      ...loop?.opts,
      ...depends,
      ...(owner === 'steps' && plan.continueOn && { continueOn: { failed: true } }),
      ...(plan.exitHook && { hooks: { exit: hook({ template: cleanup }) } }),
    },
    item: loop?.item,
  };
};
