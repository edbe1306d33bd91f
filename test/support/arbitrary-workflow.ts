/**
 * Random DSL workflows for property tests: leaf templates with random typed inputs and outputs, composed
 * into dags and steps (possibly nested) whose arguments are literals of the right type or refs to
 * earlier calls' outputs of the same type. The plan is drawn by fast-check; the workflow is built
 * through the public API, as a user would.
 */
import fc from 'fast-check';
import {
  artifact,
  container,
  containerSet,
  git,
  httpArtifact,
  raw,
  s3,
  dag,
  data,
  http,
  param,
  plugin,
  resource,
  script,
  steps,
  suspend,
  templateStub,
  workflowTemplateStub,
  withRetry,
  workflow,
  type AnyArtifact,
  type AnyParam,
  type ParamRecord,
  type Ref,
  type Template,
  type TemplateKind,
  type Workflow,
} from '../../src/index.js';
import { echo, randomInt } from './templates.js';
import {
  flowArb,
  flowOptions,
  type Available as ParamAvailable,
  type FlowPlan,
  type Kind as ParamKind,
  type ResultsHandle,
} from './arbitrary-flow.js';

/** A value type of an input or output: a parameter type, or an artifact. */
type Kind = ParamKind | 'artifact';

interface Available {
  readonly kind: Kind;
  readonly ref: Ref<unknown>;
}

/** What control flow may read: parameters (conditions, loops over lists), never artifacts. */
const params = (all: ReadonlyArray<Available>): ReadonlyArray<ParamAvailable> =>
  all.filter((a): a is ParamAvailable => a.kind !== 'artifact');
type Loose = Template<unknown, unknown>;

const paramKinds: ReadonlyArray<ParamKind> = ['string', 'number', 'int', 'boolean'];
const kinds: ReadonlyArray<Kind> = [...paramKinds, 'artifact'];

/** An input artifact with a default location may be left out; an output one is stored as a tarball or not. */
const makeArtifact = (withDefault: boolean, path: string): AnyArtifact =>
  withDefault ? artifact({ path, raw: { data: 'default\n' } }) : artifact({ path, ...(path.startsWith('/tmp/out') && { archive: 'none' }) });

function makeParam(k: ParamKind, withDefault: boolean, path?: string): AnyParam;
function makeParam(k: Kind, withDefault: boolean, path?: string): AnyParam | AnyArtifact;
function makeParam(k: Kind, withDefault: boolean, path?: string): AnyParam | AnyArtifact {
  const p = path === undefined ? {} : { path };
  switch (k) {
    case 'artifact':
      return makeArtifact(withDefault, path ?? '/tmp/artifact');
    case 'string':
      return (withDefault ? param.string({ ...p, default: 'yes' }) : param.string(p)) as AnyParam;
    case 'number':
      return (withDefault ? param.number({ ...p, default: 1.5 }) : param.number(p)) as AnyParam;
    case 'int':
      return (withDefault ? param.int({ ...p, default: 7 }) : param.int(p)) as AnyParam;
    case 'boolean':
      return (withDefault ? param.boolean({ ...p, default: false }) : param.boolean(p)) as AnyParam;
  }
}

/** A location of each kind the fuzzer knows, for artifact arguments. */
const locations = [
  (seed: number) => raw(`seed ${seed}\n`),
  (seed: number) => httpArtifact(`https://example.com/${seed}.txt`),
  (seed: number) => git({ repo: 'https://example.com/r.git', revision: `v${seed}` }),
  (seed: number) => s3({ key: `fuzz/${seed}.tgz` }),
];

const literal = (k: Kind, seed: number): unknown =>
  k === 'artifact'
    ? locations[seed % locations.length]!(seed)
    : k === 'string' ? ['on', '0755', 'a: b', 'x\ny', '~'][seed % 5] : k === 'boolean' ? seed % 2 === 0 : k === 'int' ? seed : seed / 4;

interface LeafPlan {
  /** A kind whose builder is a `leaf` one. */
  readonly kind: TemplateKind;
  readonly inputs: ReadonlyArray<{ readonly kind: Kind; readonly withDefault: boolean }>;
  readonly outputs: ReadonlyArray<Kind>;
  readonly result: ParamKind | undefined;
  readonly retry: number | undefined;
}

interface CallPlan {
  readonly callee: number;
  readonly seeds: ReadonlyArray<number>;
  readonly parallel: boolean;
  readonly flow: FlowPlan;
}

interface CompositePlan {
  /** A kind whose builder is a `composite` one. */
  readonly kind: TemplateKind;
  readonly calls: ReadonlyArray<CallPlan>;
}

export interface WorkflowPlan {
  readonly leaves: ReadonlyArray<LeafPlan>;
  readonly composites: ReadonlyArray<CompositePlan>;
}

type Handle = { readonly out: Readonly<Record<string, Ref<unknown>>> } & Partial<ResultsHandle>;
type Args = Readonly<Record<string, unknown>> | ((item: Ref<unknown>) => Readonly<Record<string, unknown>>);
type Opts = Readonly<Record<string, unknown>>;
/**
 * Adds one call to the composite being built; `parallel` asks for a group of its own, where the kind has
 * groups; `opts` holds its control flow.
 */
type AddCall = (name: string, t: Loose, args: Args, parallel: boolean, opts?: Opts) => Handle;

/** The fields every leaf plan gives its builder. */
interface LeafFields {
  readonly name: string;
  readonly image: string;
  readonly inputs: ParamRecord;
  readonly outputs: ParamRecord;
  readonly result?: AnyParam;
}

type Loosely = {
  task: (n: string, t: Loose, a: Args, o?: Opts) => Handle;
  step: (n: string, t: Loose, a: Args, o?: Opts) => Handle;
  parallel: (b: (p: Loosely) => void) => void;
};

/**
 * Output parameters re-sourced for a kind that cannot read files: `valueFrom` replaced. Such a kind
 * stores no artifacts either: its output artifacts are left out.
 */
const resourced = (outputs: ParamRecord, valueFrom: object): ParamRecord =>
  Object.fromEntries(
    Object.entries(outputs).flatMap(([n, p]) => ((p as { kind?: unknown }).kind === 'Artifact' ? [] : [[n, { ...p, valueFrom } as AnyParam]])),
  );

/** The leaf fields a kind without an image takes, and one without a `result` either. */
const withoutImage = ({ image: _, ...f }: LeafFields) => f;
const withoutResult = ({ result: _, ...f }: LeafFields) => withoutImage(f as LeafFields);

/** How the fuzzer builds each template kind: a leaf from its fields, a composite from its calls. */
export type KindBuilder =
  | { readonly role: 'leaf'; readonly build: (fields: LeafFields) => Loose }
  | { readonly role: 'composite'; readonly build: (name: string, calls: (add: AddCall) => void) => Loose };

/** How a leaf shows an input in its command: a parameter's value, an artifact's path. */
const shown = (r: Ref<unknown>): string => String('path' in r ? r.path : r);
const allShown = (ins: object): ReadonlyArray<string> => Object.values(ins as Record<string, Ref<unknown>>).map(shown);

/** One builder per template kind: a new kind does not compile until the fuzzer generates it. */
export const templateBuilders: { readonly [K in TemplateKind]: KindBuilder } = {
  Container: {
    role: 'leaf',
    build: (f) => container({ ...f, command: ['echo'], args: (ins) => Object.values(ins).map(shown) }) as Loose,
  },
  Script: {
    role: 'leaf',
    build: (f) =>
      script({ ...f, command: ['sh'], source: (ins) => `echo ${Object.values(ins).map(shown).join(' ')}\necho done\n` }) as Loose,
  },
  // The other kinds take what Argo lets them have: outputs from their own sources, a result or not.
  Suspend: {
    role: 'leaf',
    build: (f) => suspend({ ...withoutResult(f), outputs: resourced(f.outputs, { supplied: true }), duration: '10' }) as Loose,
  },
  Resource: {
    role: 'leaf',
    build: (f) =>
      resource({
        ...withoutResult(f),
        outputs: resourced(f.outputs, { jsonPath: '{.metadata.name}' }),
        action: 'create',
        manifest: (ins) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'fz-' }, data: Object.fromEntries(Object.entries(ins as Record<string, Ref<unknown>>).map(([k, r]) => [k, shown(r)])) }),
      }) as Loose,
  },
  // A template on the cluster, called through a stub of its WorkflowTemplate: the call renders templateRef.
  Stub: {
    role: 'leaf',
    build: (f) => workflowTemplateStub({ name: `lib-${f.name}`, templates: { t: templateStub({ ...withoutImage(f), pod: true }) } }).templates.t as Loose,
  },
  Http: {
    role: 'leaf',
    build: (f) => http({ ...withoutImage(f), outputs: {}, url: (ins) => `https://example.com/${allShown(ins).join('/')}` }) as Loose,
  },
  ContainerSet: {
    role: 'leaf',
    build: (f) =>
      containerSet({
        ...withoutImage(f),
        containers: (c, ins) => void c.container('main', { image: f.image, command: ['echo'], args: allShown(ins) }),
      }) as Loose,
  },
  Data: {
    role: 'leaf',
    build: (f) =>
      data({ ...withoutImage(f), outputs: {}, source: { artifactPaths: { name: 'a', s3: { key: 'k' } } }, transformation: [{ expression: 'data' }] }) as Loose,
  },
  Plugin: {
    role: 'leaf',
    build: (f) => plugin({ ...withoutImage(f), outputs: {}, plugin: (ins) => ({ hello: { args: allShown(ins) } }) }) as Loose,
  },
  Dag: {
    role: 'composite',
    build: (name, calls) => dag(name, ((d: Loosely) => calls((n, t, a, _, o) => d.task(n, t, a, o))) as never) as Loose,
  },
  Steps: {
    role: 'composite',
    build: (name, calls) =>
      steps(
        name,
        ((s: Loosely) =>
          calls((n, t, a, parallel, o) => {
            if (!parallel) return s.step(n, t, a, o);
            let h: Handle | undefined;
            s.parallel((p) => void (h = p.step(n, t, a, o)));
            return h!;
          })) as never,
      ) as Loose,
  },
};

const templateKinds = Object.keys(templateBuilders) as ReadonlyArray<TemplateKind>;
const kindsOf = (role: KindBuilder['role']) => templateKinds.filter((k) => templateBuilders[k].role === role);

const kindArb = fc.constantFrom(...kinds);

const leafArb: fc.Arbitrary<LeafPlan> = fc.record({
  kind: fc.constantFrom(...kindsOf('leaf')),
  inputs: fc.array(fc.record({ kind: kindArb, withDefault: fc.boolean() }), { maxLength: 3 }),
  outputs: fc.array(kindArb, { maxLength: 2 }),
  result: fc.option(fc.constantFrom(...paramKinds), { nil: undefined }),
  retry: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
});

const callArb: fc.Arbitrary<CallPlan> = fc.record({
  callee: fc.nat(),
  seeds: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  parallel: fc.boolean(),
  flow: flowArb,
});

export const workflowPlanArb: fc.Arbitrary<WorkflowPlan> = fc.record({
  leaves: fc.array(leafArb, { minLength: 1, maxLength: 4 }),
  composites: fc.array(
    fc.record({ kind: fc.constantFrom(...kindsOf('composite')), calls: fc.array(callArb, { minLength: 1, maxLength: 6 }) }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Callable = { readonly t: Loose; readonly outs: ReadonlyArray<[string, Kind]> };

const buildLeaf = (plan: LeafPlan, i: number): Callable => {
  const builder = templateBuilders[plan.kind];
  if (builder.role !== 'leaf') throw new Error(`fuzzer: ${plan.kind} is no leaf kind`);
  const inputs = Object.fromEntries(
    plan.inputs.map((p, j) => [`in-${j}`, p.kind === 'artifact' ? makeArtifact(p.withDefault, `/tmp/in-${j}`) : makeParam(p.kind, p.withDefault)]),
  );
  const outputs = Object.fromEntries(plan.outputs.map((k, j) => [`out-${j}`, makeParam(k, false, `/tmp/out-${j}`)]));
  const t = builder.build({
    name: `leaf-${i}`,
    image: i % 2 === 0 ? 'busybox' : 'python:alpine3.23',
    inputs,
    outputs,
    ...(plan.result !== undefined && { result: makeParam(plan.result, false) }),
  });
  // What the kind kept of the plan: not every kind has outputs, or a result.
  const kept = new Set([...t.node.outputs, ...(t.node.outputArtifacts ?? [])].map((o) => o.name));
  const outs: Array<[string, Kind]> = plan.outputs.flatMap((k, j): Array<[string, Kind]> => (kept.has(`out-${j}`) ? [[`out-${j}`, k]] : []));
  if (plan.result !== undefined && t.node.result !== undefined) outs.push(['result', plan.result]);
  return { t: plan.retry === undefined ? t : withRetry(t, { limit: plan.retry }), outs };
};

/** Builds a composite whose calls take literals or refs to earlier calls' outputs of the same type. */
/**
 * One thing wrong, added at the end of the entrypoint (the last composite): a call reading a call that
 * does not exist, a call reading a task of a dag outside the workflow, two calls reading each other
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
  add: AddCall,
  owner: 'tasks' | 'steps',
  defect: Defect,
  calls: ReadonlyArray<() => unknown>,
): void => {
  const call = (name: string, message: unknown) => add(name, echo as Loose, { message }, false);
  switch (defect.kind) {
    case 'dangling':
      return void call('defect', `{{${owner}.ghost.outputs.result}}`);
    case 'foreign':
      return void call('defect', foreignTask());
    case 'cycle':
      call('cyc-a', `{{${owner}.cyc-b.outputs.result}}`);
      return void call('cyc-b', `{{${owner}.cyc-a.outputs.result}}`);
    case 'duplicate':
      return void calls[defect.call % calls.length]!();
  }
};

const buildComposite = (
  plan: CompositePlan,
  ci: number,
  callable: ReadonlyArray<Callable>,
  defect: Defect | undefined,
): Callable => {
  const builder = templateBuilders[plan.kind];
  if (builder.role !== 'composite') throw new Error(`fuzzer: ${plan.kind} is no composite kind`);
  const owner = plan.kind === 'Dag' ? 'tasks' : 'steps';
  const t = builder.build(`composite-${ci}`, (add) => {
    // Outputs of earlier calls: single values, and the lists looped calls fan in.
    const available: Available[] = [];
    const lists: Available[] = [];
    const handles: ResultsHandle[] = [];
    const made: Array<() => unknown> = [];
    plan.calls.forEach((call, k) => {
      const target = callable[call.callee % callable.length]!;
      const { opts, item } = flowOptions(call.flow, owner, params(available), params(lists), handles, literal);
      // The loop item goes to the first input of its kind (an int item also fits a number input).
      const itemInput = target.t.node.inputs.find((inp) => inp.param.type === item || (item === 'int' && inp.param.type === 'number'));
      const declared: ReadonlyArray<readonly [string, Kind]> = [
        ...target.t.node.inputs.map((inp) => [inp.name, inp.param.type as Kind] as const),
        ...(target.t.node.inputArtifacts ?? []).map((a) => [a.name, 'artifact'] as const),
      ];
      const fixed = Object.fromEntries(
        declared.map(([name, kind], j) => {
          const seed = call.seeds[j % call.seeds.length]!;
          const same = available.filter((a) => a.kind === kind);
          return [name, same.length > 0 && seed % 3 !== 0 ? same[seed % same.length]!.ref : literal(kind, seed)];
        }),
      );
      const args: Args =
        item === undefined ? fixed : (i) => (itemInput === undefined ? fixed : { ...fixed, [itemInput.name]: i });
      const handle = add(`c${k}`, target.t, args, call.parallel, opts);
      for (const [o, kind] of target.outs) (item === undefined ? available : lists).push({ kind, ref: handle.out[o]! });
      if (handle.succeeded !== undefined) handles.push(handle as ResultsHandle);
      made.push(() => add(`c${k}`, target.t, args, call.parallel, opts));
    });
    if (defect !== undefined) injectDefect(add, owner, defect, made);
  });
  return { t, outs: [] };
};

/**
 * Builds the workflow a plan describes: each composite may call leaves and earlier composites. With a
 * defect, the entrypoint gets that one defect (see `Defect`).
 */
export const buildWorkflow = (plan: WorkflowPlan, defect?: Defect): Workflow<unknown, unknown> => {
  const callable: Callable[] = plan.leaves.map(buildLeaf);
  plan.composites.forEach((c, ci) =>
    callable.push(buildComposite(c, ci, callable, ci === plan.composites.length - 1 ? defect : undefined)),
  );
  return workflow({ generateName: 'fuzz-', entrypoint: callable[callable.length - 1]!.t });
};
