import type { InputsOf, OutputsOf, ParamRecord } from '../core/param.js';
import type { Template } from '../core/template.js';
import type { DagNode, DagTaskNode } from '../core/template-node.js';
import type { ArgsFor, ArgsOf } from '../typed-refs/args.js';
import { makeScope, type Scope } from '../core/scope.js';
import { inputRefs, type InputRefs, type OutputRefs, type Ref } from '../typed-refs/ref.js';
import { callExitCode, callFields, callIp, callNodeFields, callOutputs, callStatus, type CallOptions, type NodeFields } from './call.js';
import type { NodePhase } from '../core/phase.js';
import type { CheckExits } from './hook.js';
import { dependsNode, TASK_RESULTS, type DependsOperand, type DependsTarget, type LoopResults, type TaskResults } from '../typed-refs/depends.js';
import { isLooped, type CheckLoop, type FanIn, type ItemOf, type LoopArgs, type LoopOptions, type Unlooped } from './loop.js';
import { compositeFields, outputCollector, type CompositeSpec, type OutputValues } from './composite-spec.js';
import { argumentsRead } from './artifact-args.js';
import { taskDependencies } from './task-dependencies.js';
import { artifactNames, declaredRefs, valueRenderer } from './template-spec.js';
import { declaredHead, openTemplate } from './self-template.js';
import { retryStrategyOf } from './retry-spec.js';

/**
 * A task of the dag named `S`. The name brand makes handing a task of one dag to another a type error
 * wherever the dag names are literals.
 * @category model
 */
export interface TaskHandle<O, S extends string = string> extends DependsTarget<S>, TaskResults<S>, NodeFields {
  readonly kind: 'TaskHandle';
  readonly name: string;
  readonly scope: Scope;
  readonly out: OutputRefs<O>;
  /** The task's pod address, `{{tasks.<name>.ip}}` (pod templates, typically a `daemon`). */
  readonly ip: Ref<string>;
  /** The exit code of the task's main container, `{{tasks.<name>.exitCode}}` (templates with a `result`). */
  readonly exitCode: Ref<number>;
  /** The task's phase, `{{tasks.<name>.status}}`: `when: eq(flip.status, 'Failed')`; reading it waits on the task. */
  readonly status: Ref<NodePhase>;
  readonly _S: S;
}

/** A looped task: its outputs are lists, and its results include `anySucceeded` and `allFailed`. @category model */
export interface LoopedTaskHandle<O, S extends string = string> extends TaskHandle<O, S>, LoopResults<S> {}

/** @category model */
export interface TaskOptions<Self = never> extends CallOptions<Self> {
  /** Tasks of this dag that must succeed first, besides those whose outputs the arguments use. */
  readonly after?: ReadonlyArray<DependsTarget<string>>;
  /**
   * Argo `depends`: when the task runs, from the results of other tasks of this dag,
   * e.g. `or(A.succeeded, and(B.failed, not(C.skipped)))`. The tasks the arguments read are added with `&&`.
   */
  readonly depends?: DependsOperand<string>;
}

// type-level

/** The dag names of a `depends` value or of `after`'s handles. @category type-level */
export type DagsOf<D> = D extends { readonly _S: infer X extends string } ? X : D extends ReadonlyArray<{ readonly _S: infer X extends string }> ? X : never;

/** What a task of dag `S` may not wait on, said as a sentence. @category type-level */
export type OtherDag<F extends string, D, S extends string> =
  `✗ ${F} names a task of dag '${Exclude<DagsOf<D>, S> & string}', but this task is in dag '${S}'; a task can only wait on tasks of its own dag`;

/**
 * `{}` when the tasks a call's `depends` and `after` name are of its own dag `S`; else a sentence on
 * `depends`, or on each handle of `after` (an array literal is checked element by element).
 * @category type-level
 */
export type CheckOwnDag<C, S extends string> = (C extends { readonly depends: infer D }
  ? [D] extends [DependsOperand<S>]
    ? {}
    : { readonly depends: OtherDag<'depends', D, S> }
  : {}) &
  (C extends { readonly after: infer A }
    ? [A] extends [ReadonlyArray<DependsTarget<S>>]
      ? {}
      : { readonly after: ReadonlyArray<DependsTarget<S> | OtherDag<'after', A, S>> }
    : {});

/**
 * A `target` list, checked: each task handle of another dag than `S` becomes a sentence.
 * @category type-level
 */
export type CheckTargets<T extends ReadonlyArray<unknown>, S extends string> = {
  readonly [K in keyof T]: T[K] extends string | DependsTarget<S>
    ? T[K]
    : `✗ target names a task of dag '${DagsOf<T[K]>}', but the target is set on dag '${S}'; a dag can only target its own tasks`;
};

/** What a `dag` body receives. @category model */
export interface DagBuilder<S extends string, O> {
  /**
   * Adds a task. Dependencies on tasks whose outputs appear in `args` or `when` are inferred.
   * @example
   * ```ts
   * const x = d.task('x', double, { n: r.out.result });
   * // - name: x
   * //   template: double
   * //   depends: r
   * //   arguments:
   * //     parameters:
   * //     - name: n
   * //       value: "{{tasks.r.outputs.result}}"
   * ```
   */
  task<I, TO, C extends TaskOptions = {}>(
    name: string,
    template: Template<I, TO>,
    args: ArgsOf<I>,
    opts?: C & CheckExits<C> & CheckOwnDag<C, S> & TaskOptions<TaskHandle<TO, S>>,
  ): TaskHandle<TO, S>;
  task<I, TO, const G extends ArgsFor<I, G>, C extends TaskOptions = {}>(
    name: string,
    template: Template<I, TO>,
    args: G & Unlooped<G>,
    opts?: C & CheckExits<C> & CheckOwnDag<C, S> & TaskOptions<TaskHandle<TO, S>>,
  ): TaskHandle<TO, S>;
  task<I, TO, L extends LoopOptions>(
    name: string,
    template: Template<I, TO>,
    args: LoopArgs<ItemOf<L>, ArgsOf<I>>,
    opts: L & TaskOptions<TaskHandle<TO, S>> & CheckLoop<L> & CheckExits<L> & CheckOwnDag<L, S>,
  ): LoopedTaskHandle<FanIn<TO>, S>;
  /** Sets the dag's declared outputs, emitted as `valueFrom.parameter`. */
  outputs(values: OutputValues<O>): void;
  /**
   * Argo `dag.target`: runs only these tasks and the tasks they depend on (like make targets). Give task
   * handles of this dag or task names, or text Argo fills in at run time, such as a global; names are
   * checked when the workflow is built.
   * @example
   * ```ts
   * const E = d.task('E', echo, { message: 'E' }, { after: [C] });
   * d.target([E]);              // dag: {target: E, tasks: [...]}
   * d.target(g.target);         // dag: {target: '{{workflow.parameters.target}}', tasks: [...]}
   * ```
   */
  target(targets: string | Ref<string>): void;
  target<const T extends ReadonlyArray<DependsTarget<string> | string>>(targets: T & CheckTargets<T, S>): void;
}

/**
 * The body of a dag: statements on the builder; its return value is ignored on purpose. `self` is the
 * dag itself, for a task that runs it again (recursion).
 */
export type DagBody<S extends string, P, O> = (
  d: DagBuilder<S, O>,
  inputs: InputRefs<InputsOf<P>>,
  self: Template<InputsOf<P>, O>,
) => void;

/**
 * A DAG template. Tasks run when their dependencies succeed.
 *
 * @example
 * ```ts
 * const diamond = dag('diamond', (d) => {
 *   const A = d.task('A', echo, { message: 'A' });
 *   const B = d.task('B', echo, { message: 'B' }, { after: [A] });
 *   const C = d.task('C', echo, { message: 'C' }, { after: [A] });
 *   d.task('D', echo, { message: 'D' }, { after: [B, C] });
 * });
 * // - name: diamond
 * //   dag:
 * //     tasks:
 * //     - {name: A, template: echo, arguments: {parameters: [{name: message, value: A}]}}
 * //     - {name: B, template: echo, depends: A, arguments: ...}
 * //     - {name: C, template: echo, depends: A, arguments: ...}
 * //     - {name: D, template: echo, depends: B && C, arguments: ...}
 * ```
 * With inputs and outputs:
 * ```ts
 * const sum = dag('sum', { inputs: { n: param.number() }, outputs: { total: param.number() } }, (d, i) => {
 *   const x = d.task('x', double, { n: i.n });
 *   d.outputs({ total: x.out.doubled });
 * });
 * // outputs:
 * //   parameters:
 * //   - name: total
 * //     valueFrom: {parameter: "{{tasks.x.outputs.parameters.doubled}}"}
 * ```
 * Recursion: the body's third argument is the dag itself (a task runs it again, by name).
 * ```ts
 * const countdown = dag('countdown', { inputs: { n: param.number() } }, (d, i, self) => {
 *   const m = d.task('minus-one', dec, { n: i.n });
 *   d.task('again', self, { n: m.out.result }, { when: gt(m.out.result, 0) });
 * });
 * // - name: again
 * //   template: countdown
 * //   depends: minus-one
 * //   when: '{{tasks.minus-one.outputs.result}} > 0'
 * ```
 * @category constructors
 */
export function dag<const S extends string>(name: S, body: DagBody<S, {}, {}>): Template<{}, {}>;
export function dag<const S extends string, const P extends ParamRecord = {}, const Q extends ParamRecord = {}>(
  name: S,
  spec: CompositeSpec<P, Q>,
  body: DagBody<S, P, OutputsOf<Q>>,
): Template<InputsOf<P>, OutputsOf<Q>>;
export function dag(
  name: string,
  specOrBody: CompositeSpec<ParamRecord, ParamRecord> | DagBody<string, ParamRecord, {}>,
  maybeBody?: DagBody<string, ParamRecord, Record<string, unknown>>,
): Template<unknown, unknown> {
  const [spec, body] =
    typeof specOrBody === 'function' ? [{}, specOrBody] : [specOrBody, maybeBody as DagBody<string, ParamRecord, {}>];
  const scope = makeScope(name);
  const at = declaredRefs(scope, spec);
  const { inputs, inputArtifacts } = at;
  const tasks: DagTaskNode[] = [];
  const outputs = outputCollector(spec.outputs, `dag '${name}'`);
  const building = openTemplate<DagNode>({ kind: 'Dag', ...declaredHead(name, at, spec.outputs), tasks: [] });
  let open = true;
  let target: unknown;
  const setTarget = (targets: unknown): void => {
    if (!open) throw new Error(`dag '${name}': target was set after the dag was built`);
    if (target !== undefined) throw new Error(`dag '${name}': target is set twice; give every target in one call`);
    if (!Array.isArray(targets)) {
      target = targets;
      return;
    }
    const names = targets.map((t: string | DependsTarget<string>) => {
      if (typeof t === 'string') return t;
      if (t.scope !== scope) throw new Error(`dag '${name}': target names task '${t.name}' of dag '${t.scope.template}'; a dag can only target its own tasks`);
      return t.name;
    });
    target = names.join(' ');
  };
  const task = (
    taskName: string,
    template: Template<unknown, unknown>,
    args: Readonly<Record<string, unknown>>,
    opts?: TaskOptions & Partial<LoopOptions>,
  ): TaskHandle<unknown, string> => {
    if (!open) throw new Error(`dag '${name}': task '${taskName}' was added after the dag was built`);
    // Results (`A.failed`) come from the prototype's getters: built only when read.
    const handle = Object.freeze(
      Object.assign(Object.create(TASK_RESULTS) as object, {
        kind: 'TaskHandle',
        name: taskName,
        scope,
        out: callOutputs(scope, 'tasks', taskName, template.node, isLooped(opts)),
        ip: callIp(scope, 'tasks', taskName),
        exitCode: callExitCode(scope, 'tasks', taskName),
        ...callNodeFields(scope, 'tasks', taskName),
        status: callStatus(scope, 'tasks', taskName),
      }),
    ) as TaskHandle<unknown, string>;
    // Hooks reading the task's own refs are no dependency: `taskDependencies` skips the task itself.
    const call = callFields(taskName, template.node, args, opts, () => handle);
    const depends = opts?.depends === undefined ? undefined : dependsNode(opts.depends);
    const dependencies = taskDependencies(taskName, scope, { depends, after: opts?.after }, { ...call, arguments: argumentsRead(call.arguments, call.artifacts) });
    tasks.push(Object.freeze({ kind: 'DagTask', ...call, dependencies, ...(depends !== undefined && { depends }) }));
    return handle;
  };
  // One implementation serves both overloads of `task`; the overloads only differ in how they check `args`.
  const builder = { task, outputs: (values: Readonly<Record<string, unknown>>) => outputs.set(values), target: setTarget } as DagBuilder<
    string,
    Record<string, unknown>
  >;
  body(builder, inputRefs(scope, inputs.map((p) => p.name), artifactNames(inputArtifacts)), building.self);
  open = false;
  const out = outputs.finish();
  const refs = [...at.refs, ...out.refs];
  // A dag's failFast is Argo's `dag.failFast`, not the template field of the same name.
  const { failFast: given, ...rest } = spec;
  const fields = compositeFields(rest, at, refs);
  const failFast = valueRenderer(at, refs).value(given) as boolean | undefined;
  const targetText = valueRenderer(at, refs).value(target) as string | undefined;
  const retryStrategy = spec.retryStrategy === undefined ? undefined : retryStrategyOf(spec.retryStrategy, refs);
  return building.close({
    kind: 'Dag',
    name,
    scope,
    inputs,
    outputs: out.outputs,
    ...(inputArtifacts !== undefined && { inputArtifacts }),
    ...(out.outputArtifacts !== undefined && { outputArtifacts: out.outputArtifacts }),
    refs: Object.freeze(refs),
    tasks: Object.freeze(tasks),
    ...(targetText !== undefined && { target: targetText }),
    ...(failFast !== undefined && { failFast }),
    ...(retryStrategy !== undefined && { retryStrategy }),
    ...fields,
  });
}
