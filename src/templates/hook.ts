import type { Template } from '../core/template.js';
import type { HookNode, NamedHook } from '../core/template-node.js';
import type { ArgsFor, ArgsOf, JoinNames, RequiredKeys } from '../typed-refs/args.js';
import type { ArgumentsLeftOut, MissingArguments } from '../typed-refs/workflow-args.js';
import { renderArgs } from './call-args.js';
import { renderArtifactArgs } from './artifact-args.js';
import { conditionExpression, expressionText, isExpression, type Expression } from '../typed-refs/expression.js';
import { isCondition, type Condition } from '../typed-refs/condition.js';

// model

/** A lifecycle hook built by `hook`: a template with its arguments, and when it runs. @category model */
export interface Hook {
  readonly kind: 'Hook';
  readonly node: HookNode;
}

/**
 * The hooks of a task or step: `exit` runs when the call ends; any other name runs when its expression
 * turns true, and so must be a `hook({ expression, ... })`. A bare template takes no arguments.
 * @category model
 */
export interface Hooks {
  readonly exit?: Template<unknown, unknown> | Hook;
  readonly [name: string]: Template<unknown, unknown> | Hook | undefined;
}

/**
 * What `hook` takes: the template, its arguments (required when it has required inputs) and, for any hook
 * but `exit`, when it runs: a typed condition (`eq(wf.status, 'Running')`, `eq(flip.status, 'Failed')`,
 * rendered in the expr-lang hooks read), an `expression<boolean>`, or expr-lang text.
 * @category model
 */
export type HookSpec<I, O> = {
  readonly template: Template<I, O>;
  readonly expression?: string | Condition | Expression<boolean>;
} & ([RequiredKeys<I>] extends [never] ? { readonly arguments?: ArgsOf<I> } : { readonly arguments: ArgsOf<I> });

// type-level

/** `T` when a template runs without arguments; a sentence naming its required inputs when it does not. @category type-level */
export type NoArguments<T, What extends string> =
  T extends Template<infer I, unknown>
    ? [RequiredKeys<I>] extends [never]
      ? T
      : `✗ ${What} runs without arguments, but its template needs ${JoinNames<RequiredKeys<I> & string>}; use hook({ template, arguments })`
    : T;

/**
 * For a `hook` that leaves `arguments` out (`G` is then `ArgumentsLeftOut`): a required `arguments` whose type
 * is a sentence naming the inputs its template needs, or `{}` when it needs none.
 * @category type-level
 */
export type HookArgumentsRequired<I, G> = MissingArguments<G, RequiredKeys<I>, `✗ hook's template needs ${JoinNames<RequiredKeys<I> & string>}; give it in arguments`>;

/** Each bare-template hook of `H` must take no required input. @category type-level */
export type CheckHooks<H> = { readonly [K in keyof H]: NoArguments<H[K], `hook '${K & string}'`> };

/**
 * Checks the exit handlers of a call's options: `onExit` and each bare-template hook (given directly or
 * returned by a function of the call's handle) must take no required input. `{}` when there is nothing to say.
 * @category type-level
 */
export type CheckExits<C> = (C extends { readonly onExit: infer X } ? { readonly onExit: NoArguments<X, 'onExit'> } : {}) &
  (C extends { readonly hooks: infer H }
    ? H extends (self: infer S) => infer R
      ? { readonly hooks: (self: S) => CheckHooks<R> }
      : { readonly hooks: CheckHooks<H> }
    : {});

/**
 * Checks the exit handlers of a workflow's or WorkflowTemplate's spec, as `CheckExits` a call's: `H` is
 * its `hooks`, `X` its `onExit` (each inferred alone, so the rest of the spec is checked as before).
 * @category type-level
 */
export type CheckSpecExits<H, X> = { readonly hooks?: CheckHooks<H>; readonly onExit?: NoArguments<X, 'onExit'> };

// constructors

/**
 * A hook with arguments typed against its template's inputs (a wrong or missing one is a sentence, as
 * for a call's arguments):
 * ```ts
 * s.step('a', work, {}, { hooks: { exit: hook({ template: notify, arguments: { msg: 'done' } }) } });
 * // hooks:
 * //   exit:
 * //     template: notify
 * //     arguments: {parameters: [{name: msg, value: done}]}
 * workflow({ ..., hooks: { running: hook({ template: notify, arguments: { msg: 'up' }, expression: eq(wf.status, 'Running') }) } });
 * // hooks:
 * //   running:
 * //     template: notify
 * //     arguments: {parameters: [{name: msg, value: up}]}
 * //     expression: workflow.status == 'Running'
 * ```
 * @category constructors
 */
export function hook<I, O>(spec: HookSpec<I, O>): Hook;
export function hook<I, O, const G extends ArgsFor<I, G> | ArgumentsLeftOut = ArgumentsLeftOut>(
  spec: Omit<HookSpec<I, O>, 'arguments'> & { readonly arguments?: G } & HookArgumentsRequired<I, G>,
): Hook;
export function hook(spec: Omit<HookSpec<unknown, unknown>, 'arguments'> & { readonly arguments?: unknown }): Hook {
  const args = (spec.arguments ?? {}) as Readonly<Record<string, unknown>>;
  const e = isCondition(spec.expression) ? conditionExpression(spec.expression) : spec.expression;
  const node = hookNode(spec.template, args, isExpression(e) ? expressionText(e) : e);
  return Object.freeze({ kind: 'Hook', node: isExpression(e) ? Object.freeze({ ...node, expressionSource: e.source }) : node });
}

/** The node of a hook given as a bare template or built by `hook`. */
const hookNodeOf = (h: Template<unknown, unknown> | Hook): HookNode => (h.kind === 'Hook' ? h.node : hookNode(h, {}, undefined));

/** The hooks of a call or a workflow, in the order given. */
export const hookNodes = (hooks: Hooks): ReadonlyArray<NamedHook> =>
  Object.freeze(
    Object.entries(hooks).flatMap(([name, h]) => (h === undefined ? [] : [Object.freeze({ name, hook: hookNodeOf(h) })])),
  );

const hookNode = (
  template: Template<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
  expression: string | undefined,
): HookNode => {
  const artifacts = template.node.inputArtifacts === undefined ? undefined : renderArtifactArgs(template.node, args);
  return Object.freeze({
    kind: 'Hook',
    template: template.node,
    arguments: renderArgs(template.node, args),
    ...(artifacts !== undefined && { artifacts }),
    ...(expression !== undefined && { expression }),
  });
};
