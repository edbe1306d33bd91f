import type { Template } from '../core/template.js';
import type { StepNode } from '../core/template-node.js';
import type { ArgsFor, ArgsOf } from '../typed-refs/args.js';
import { FREE_STEPS, type Scope } from '../core/scope.js';
import type { OutputRefs, Ref } from '../typed-refs/ref.js';
import { callExitCode, callFields, callIp, callNodeFields, callOutputs, callStatus, type CallOptions, type NodeFields } from './call.js';
import type { NodePhase } from '../core/phase.js';
import type { CheckExits } from './hook.js';
import { isLooped, type CheckLoop, type FanIn, type ItemOf, type LoopArgs, type LoopOptions, type Unlooped } from './loop.js';

/**
 * One step: a call of a template, with refs to its outputs. Steps made outside a `steps` builder
 * share one free scope; the interpreter resolves their refs by name in the template they end up in.
 * @category model
 */
export interface Step<O> extends NodeFields {
  readonly kind: 'Step';
  readonly node: StepNode;
  readonly out: OutputRefs<O>;
  /** The step's pod address, `{{steps.<name>.ip}}` (pod templates, typically a `daemon`). */
  readonly ip: Ref<string>;
  /** The exit code of the step's main container, `{{steps.<name>.exitCode}}` (templates with a `result`). */
  readonly exitCode: Ref<number>;
  /** The step's phase, `{{steps.<name>.status}}`: `when: eq(flip.status, 'Failed')`. */
  readonly status: Ref<NodePhase>;
}

export const makeStep = <I, O>(
  scope: Scope,
  name: string,
  template: Template<I, O>,
  args: Readonly<Record<string, unknown>> | ((item: never) => Readonly<Record<string, unknown>>),
  opts: (CallOptions & Partial<LoopOptions>) | undefined,
): Step<O> => {
  const refs = {
    out: callOutputs<O>(scope, 'steps', name, template.node, isLooped(opts)),
    ip: callIp(scope, 'steps', name),
    exitCode: callExitCode(scope, 'steps', name),
    status: callStatus(scope, 'steps', name),
    ...callNodeFields(scope, 'steps', name),
  };
  // What a hook function of the step receives: its refs; its node is being built from the hooks.
  const self = (): Step<O> =>
    Object.freeze({
      kind: 'Step',
      get node(): StepNode {
        throw new Error(`step '${name}': its hooks read the step's own refs (self.out, self.ip, self.exitCode, self.status), not its node`);
      },
      ...refs,
    });
  return Object.freeze({ kind: 'Step', node: Object.freeze({ kind: 'Step', ...callFields(name, template.node, args, opts, self) }), ...refs });
};

/**
 * A step value, to arrange with `seq` and `par`.
 *
 * @example
 * ```ts
 * const hello1 = step('hello1', printMessage, { message: 'hello1' });
 * // - name: hello1
 * //   template: print-message
 * //   arguments:
 * //     parameters: [{name: message, value: hello1}]
 * ```
 * @category constructors
 */
export function step<I, O, C extends CallOptions = {}>(
  name: string,
  template: Template<I, O>,
  args: ArgsOf<I>,
  opts?: C & CheckExits<C> & CallOptions<Step<O>>,
): Step<O>;
export function step<I, O, const G extends ArgsFor<I, G>, C extends CallOptions = {}>(
  name: string,
  template: Template<I, O>,
  args: G & Unlooped<G>,
  opts?: C & CheckExits<C> & CallOptions<Step<O>>,
): Step<O>;
export function step<I, O, L extends LoopOptions>(
  name: string,
  template: Template<I, O>,
  args: LoopArgs<ItemOf<L>, ArgsOf<I>>,
  opts: L & CallOptions<Step<O>> & CheckLoop<L> & CheckExits<L>,
): Step<FanIn<O>>;
export function step<I, O>(
  name: string,
  template: Template<I, O>,
  args: Readonly<Record<string, unknown>> | ((item: never) => Readonly<Record<string, unknown>>),
  opts?: CallOptions & Partial<LoopOptions>,
): Step<O> {
  return makeStep(FREE_STEPS, name, template, args, opts);
}
