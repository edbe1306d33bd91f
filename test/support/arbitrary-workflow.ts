/**
 * Random DSL workflows for property tests: leaf templates with random typed inputs and outputs, composed
 * into dags and steps (possibly nested) whose arguments are literals of the right type or refs to
 * earlier calls' outputs of the same type. The plan is drawn by fast-check; the workflow is built
 * through the public API, as a user would.
 */
import fc from 'fast-check';
import {
  container,
  dag,
  param,
  script,
  steps,
  withRetry,
  workflow,
  type AnyParam,
  type Ref,
  type Template,
  type Workflow,
} from '../../src/index.js';
import { echo, randomInt } from './templates.js';

type Kind = 'string' | 'number' | 'int' | 'boolean';
type Loose = Template<unknown, unknown>;

const kinds: ReadonlyArray<Kind> = ['string', 'number', 'int', 'boolean'];

const makeParam = (k: Kind, withDefault: boolean, path?: string): AnyParam => {
  const p = path === undefined ? {} : { path };
  switch (k) {
    case 'string':
      return (withDefault ? param.string({ ...p, default: 'yes' }) : param.string(p)) as AnyParam;
    case 'number':
      return (withDefault ? param.number({ ...p, default: 1.5 }) : param.number(p)) as AnyParam;
    case 'int':
      return (withDefault ? param.int({ ...p, default: 7 }) : param.int(p)) as AnyParam;
    case 'boolean':
      return (withDefault ? param.boolean({ ...p, default: false }) : param.boolean(p)) as AnyParam;
  }
};

const literal = (k: Kind, seed: number): unknown =>
  k === 'string' ? ['on', '0755', 'a: b', 'x\ny', '~'][seed % 5] : k === 'boolean' ? seed % 2 === 0 : k === 'int' ? seed : seed / 4;

interface LeafPlan {
  readonly script: boolean;
  readonly inputs: ReadonlyArray<{ readonly kind: Kind; readonly withDefault: boolean }>;
  readonly outputs: ReadonlyArray<Kind>;
  readonly result: Kind | undefined;
  readonly retry: number | undefined;
}

interface CallPlan {
  readonly callee: number;
  readonly seeds: ReadonlyArray<number>;
  readonly parallel: boolean;
}

interface CompositePlan {
  readonly dag: boolean;
  readonly calls: ReadonlyArray<CallPlan>;
}

export interface WorkflowPlan {
  readonly leaves: ReadonlyArray<LeafPlan>;
  readonly composites: ReadonlyArray<CompositePlan>;
}

const kindArb = fc.constantFrom(...kinds);

const leafArb: fc.Arbitrary<LeafPlan> = fc.record({
  script: fc.boolean(),
  inputs: fc.array(fc.record({ kind: kindArb, withDefault: fc.boolean() }), { maxLength: 3 }),
  outputs: fc.array(kindArb, { maxLength: 2 }),
  result: fc.option(kindArb, { nil: undefined }),
  retry: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
});

const callArb: fc.Arbitrary<CallPlan> = fc.record({
  callee: fc.nat(),
  seeds: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  parallel: fc.boolean(),
});

export const workflowPlanArb: fc.Arbitrary<WorkflowPlan> = fc.record({
  leaves: fc.array(leafArb, { minLength: 1, maxLength: 4 }),
  composites: fc.array(fc.record({ dag: fc.boolean(), calls: fc.array(callArb, { minLength: 1, maxLength: 6 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
});

interface Available {
  readonly kind: Kind;
  readonly ref: Ref<unknown>;
}

const buildLeaf = (plan: LeafPlan, i: number): { readonly t: Loose; readonly outs: ReadonlyArray<[string, Kind]> } => {
  const inputs = Object.fromEntries(plan.inputs.map((p, j) => [`in-${j}`, makeParam(p.kind, p.withDefault)]));
  const outputs = Object.fromEntries(plan.outputs.map((k, j) => [`out-${j}`, makeParam(k, false, `/tmp/out-${j}`)]));
  const common = {
    name: `leaf-${i}`,
    image: i % 2 === 0 ? 'busybox' : 'python:alpine3.23',
    inputs,
    outputs,
    ...(plan.result !== undefined && { result: makeParam(plan.result, false) }),
  };
  const t = (
    plan.script
      ? script({ ...common, command: ['sh'], source: (ins) => `echo ${Object.values(ins).join(' ')}\necho done\n` })
      : container({ ...common, command: ['echo'], args: (ins) => Object.values(ins).map(String) })
  ) as Loose;
  const outs: Array<[string, Kind]> = plan.outputs.map((k, j) => [`out-${j}`, k]);
  if (plan.result !== undefined) outs.push(['result', plan.result]);
  return { t: plan.retry === undefined ? t : withRetry(t, { limit: plan.retry }), outs };
};

type Loosely = {
  task: (n: string, t: Loose, a: Record<string, unknown>) => { out: Record<string, Ref<unknown>> };
  step: (n: string, t: Loose, a: Record<string, unknown>) => { out: Record<string, Ref<unknown>> };
  parallel: (b: (p: Loosely) => void) => void;
};

/**
 * One thing wrong, added at the end of the entrypoint (the last composite): a call reading a call that
 * does not exist, a call reading a task of a dag outside the workflow, two tasks reading each other
 * (dags only), or a second call named like call `call` (the same call again, so nothing else changes).
 */
export type Defect =
  | { readonly kind: 'dangling' }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'cycle' }
  | { readonly kind: 'duplicate'; readonly call: number };

export const defectArb: fc.Arbitrary<Defect> = fc.oneof(
  fc.constant({ kind: 'dangling' } as const),
  fc.constant({ kind: 'foreign' } as const),
  fc.constant({ kind: 'cycle' } as const),
  fc.nat().map((call) => ({ kind: 'duplicate', call }) as const),
);

/** A task of a dag that no workflow contains: refs to its outputs are foreign everywhere. */
const foreignTask = (): Ref<unknown> => {
  let ref: Ref<unknown> | undefined;
  dag('foreign', (d) => {
    ref = d.task('f', randomInt, {}).out.result;
  });
  return ref!;
};

const injectDefect = (
  b: Loosely,
  isDag: boolean,
  defect: Defect,
  calls: ReadonlyArray<{ readonly add: (x: Loosely) => unknown }>,
): void => {
  const owner = isDag ? 'tasks' : 'steps';
  const call = (x: Loosely, name: string, message: unknown) =>
    isDag ? x.task(name, echo as Loose, { message }) : x.step(name, echo as Loose, { message });
  switch (defect.kind) {
    case 'dangling':
      return void call(b, 'defect', `{{${owner}.ghost.outputs.result}}`);
    case 'foreign':
      return void call(b, 'defect', foreignTask());
    case 'cycle':
      call(b, 'cyc-a', `{{${owner}.cyc-b.outputs.result}}`);
      return void call(b, 'cyc-b', `{{${owner}.cyc-a.outputs.result}}`);
    case 'duplicate':
      return void calls[defect.call % calls.length]!.add(b);
  }
};

/**
 * Builds the workflow a plan describes: each composite may call leaves and earlier composites. With a
 * defect, the entrypoint gets that one defect (see `Defect`).
 */
export const buildWorkflow = (plan: WorkflowPlan, defect?: Defect): Workflow<unknown, unknown> => {
  const callable: Array<{ readonly t: Loose; readonly outs: ReadonlyArray<[string, Kind]> }> = plan.leaves.map(buildLeaf);
  plan.composites.forEach((c, ci) => {
    const body = (b: Loosely) => {
      const available: Available[] = [];
      const made: Array<{ readonly add: (x: Loosely) => unknown }> = [];
      c.calls.forEach((call, k) => {
        const target = callable[call.callee % callable.length]!;
        const args = Object.fromEntries(
          target.t.node.inputs.map((inp, j) => {
            const kind = inp.param.type as Kind;
            const seed = call.seeds[j % call.seeds.length]!;
            const same = available.filter((a) => a.kind === kind);
            return [inp.name, same.length > 0 && seed % 3 !== 0 ? same[seed % same.length]!.ref : literal(kind, seed)];
          }),
        );
        const name = `c${k}`;
        const add = (x: Loosely) => (c.dag ? x.task(name, target.t, args) : x.step(name, target.t, args));
        let handle: { out: Record<string, Ref<unknown>> } | undefined;
        if (!c.dag && call.parallel) b.parallel((p) => void (handle = add(p)));
        else handle = add(b);
        for (const [o, kind] of target.outs) available.push({ kind, ref: handle!.out[o]! });
        made.push({ add });
      });
      if (defect !== undefined && ci === plan.composites.length - 1) injectDefect(b, c.dag, defect, made);
    };
    const t = (c.dag ? dag(`composite-${ci}`, body as never) : steps(`composite-${ci}`, body as never)) as Loose;
    callable.push({ t, outs: [] });
  });
  return workflow({ generateName: 'fuzz-', entrypoint: callable[callable.length - 1]!.t });
};
