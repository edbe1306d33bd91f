import type { InputsOf, OutputsOf, ParamRecord } from '../core/param.js';
import { matchKind } from '../core/match-template.js';
import type { Template } from '../core/template.js';
import type { StepNode, StepsNode } from '../core/template-node.js';
import type { ArgsFor, ArgsOf } from '../typed-refs/args.js';
import { makeScope } from '../core/scope.js';
import { inputRefs, type InputRefs } from '../typed-refs/ref.js';
import type { CallOptions } from './call.js';
import type { CheckExits } from './hook.js';
import type { CheckLoop, FanIn, ItemOf, LoopArgs, LoopOptions, Unlooped } from './loop.js';
import { compositeFields, outputCollector, type CompositeSpec, type OutputValues } from './composite-spec.js';
import type { Sequence, SeqItem } from './seq.js';
import { makeStep, type Step } from './step.js';
import { artifactNames, declaredRefs } from './template-spec.js';
import { declaredHead, openTemplate } from './self-template.js';
import { retryStrategyOf } from './retry-spec.js';

/** Adds steps to one parallel group. @category model */
export interface ParallelBuilder {
  step<I, SO, C extends CallOptions = {}>(
    name: string,
    template: Template<I, SO>,
    args: ArgsOf<I>,
    opts?: C & CheckExits<C> & CallOptions<Step<SO>>,
  ): Step<SO>;
  step<I, SO, const G extends ArgsFor<I, G>, C extends CallOptions = {}>(
    name: string,
    template: Template<I, SO>,
    args: G & Unlooped<G>,
    opts?: C & CheckExits<C> & CallOptions<Step<SO>>,
  ): Step<SO>;
  step<I, SO, L extends LoopOptions>(
    name: string,
    template: Template<I, SO>,
    args: LoopArgs<ItemOf<L>, ArgsOf<I>>,
    opts: L & CallOptions<Step<SO>> & CheckLoop<L> & CheckExits<L>,
  ): Step<FanIn<SO>>;
}

/** What a `steps` body receives. @category model */
export interface StepsBuilder<O> extends ParallelBuilder {
  /**
   * Adds a group of steps that run at the same time, and returns what the body returns (its handles,
   * for the steps after: `const [a, b] = s.parallel((p) => [p.step(...), p.step(...)] as const)`).
   */
  parallel<R = void>(body: (p: ParallelBuilder) => R): R;
  /** Sets the template's declared outputs, emitted as `valueFrom.parameter`. */
  outputs(values: OutputValues<O>): void;
}

/** The body of a steps template; `self` is the template itself, for a step that runs it again (recursion). @category model */
export type StepsBody<P, O> = (s: StepsBuilder<O>, inputs: InputRefs<InputsOf<P>>, self: Template<InputsOf<P>, O>) => void;

const groupsOf = (s: Sequence<ReadonlyArray<SeqItem>>): ReadonlyArray<ReadonlyArray<StepNode>> =>
  s.items.map((i) =>
    Object.freeze(matchKind<SeqItem, ReadonlyArray<StepNode>>(i, { Step: (x) => [x.node], Parallel: (p) => p.steps.map((x) => x.node) })),
  );

/**
 * A steps template: groups run one after the other, the steps of a group in parallel.
 *
 * @example
 * ```ts
 * const outputParameter = steps('output-parameter', (s) => {
 *   const gen = s.step('generate-parameter', helloToFile, {});
 *   s.step('consume-parameter', printMessage, { message: gen.out['hello-param'] });
 * });
 * // - name: output-parameter
 * //   steps:
 * //   - - name: generate-parameter
 * //       template: hello-world-to-file
 * //   - - name: consume-parameter
 * //       template: print-message
 * //       arguments:
 * //         parameters:
 * //         - name: message
 * //           value: "{{steps.generate-parameter.outputs.parameters.hello-param}}"
 * ```
 * Recursion: the body's third argument is the template itself.
 * ```ts
 * const coinflip = steps('coinflip', (s, _, self) => {
 *   const flip = s.step('flip-coin', flipCoin, {});
 *   s.step('again', self, {}, { when: eq(flip.out.result, 'tails') });
 * });
 * // - name: coinflip
 * //   steps:
 * //   - - name: flip-coin
 * //       template: flip-coin
 * //   - - name: again
 * //       template: coinflip
 * //       when: '"{{steps.flip-coin.outputs.result}}" == "tails"'
 * ```
 * @category constructors
 */
export function steps(name: string, body: StepsBody<{}, {}> | Sequence<ReadonlyArray<SeqItem>>): Template<{}, {}>;
export function steps<const P extends ParamRecord = {}, const Q extends ParamRecord = {}>(
  name: string,
  spec: CompositeSpec<P, Q>,
  body: StepsBody<P, OutputsOf<Q>>,
): Template<InputsOf<P>, OutputsOf<Q>>;
export function steps(
  name: string,
  specOrBody: CompositeSpec<ParamRecord, ParamRecord> | StepsBody<ParamRecord, {}> | Sequence<ReadonlyArray<SeqItem>>,
  maybeBody?: StepsBody<ParamRecord, Record<string, unknown>>,
): Template<unknown, unknown> {
  const [spec, body] =
    maybeBody === undefined
      ? [{}, specOrBody as StepsBody<ParamRecord, {}> | Sequence<ReadonlyArray<SeqItem>>]
      : [specOrBody as CompositeSpec<ParamRecord, ParamRecord>, maybeBody];
  const scope = makeScope(name);
  const at = declaredRefs(scope, spec);
  const { inputs, inputArtifacts } = at;
  const outputs = outputCollector(spec.outputs, `steps '${name}'`);
  const building = openTemplate<StepsNode>({ kind: 'Steps', ...declaredHead(name, at, spec.outputs), groups: [] });
  let groups: ReadonlyArray<ReadonlyArray<StepNode>>;
  if (typeof body === 'function') {
    const collected: StepNode[][] = [];
    let open = true;
    // One implementation serves both overloads of `step`; they only differ in how they check `args`.
    const add =
      (group: () => StepNode[]): ParallelBuilder['step'] =>
      ((
        stepName: string,
        template: Template<unknown, unknown>,
        args: Readonly<Record<string, unknown>>,
        opts?: CallOptions & Partial<LoopOptions>,
      ) => {
        if (!open) throw new Error(`steps '${name}': step '${stepName}' was added after the template was built`);
        const st = makeStep(scope, stepName, template, args, opts);
        group().push(st.node);
        return st;
      }) as ParallelBuilder['step'];
    const newGroup = (): StepNode[] => {
      const g: StepNode[] = [];
      collected.push(g);
      return g;
    };
    const builder: StepsBuilder<Record<string, unknown>> = {
      step: add(newGroup),
      parallel(pbody) {
        const g = newGroup();
        return pbody({ step: add(() => g) });
      },
      outputs: (values) => outputs.set(values),
    };
    body(builder, inputRefs(scope, inputs.map((p) => p.name), artifactNames(inputArtifacts)), building.self);
    open = false;
    groups = collected.filter((g) => g.length > 0).map((g) => Object.freeze(g));
  } else {
    groups = groupsOf(body);
  }
  const out = outputs.finish();
  const refs = [...at.refs, ...out.refs];
  const fields = compositeFields(spec, at, refs);
  const retryStrategy = spec.retryStrategy === undefined ? undefined : retryStrategyOf(spec.retryStrategy, refs);
  return building.close({
    kind: 'Steps',
    name,
    scope,
    inputs,
    outputs: out.outputs,
    ...(inputArtifacts !== undefined && { inputArtifacts }),
    ...(out.outputArtifacts !== undefined && { outputArtifacts: out.outputArtifacts }),
    refs: Object.freeze(refs),
    groups: Object.freeze(groups),
    ...(retryStrategy !== undefined && { retryStrategy }),
    ...fields,
  });
}
