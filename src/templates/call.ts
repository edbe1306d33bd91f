import type { CallNode, ContinueOn, TemplateNode } from '../core/template-node.js';
import type { Template } from '../core/template.js';
import type { Scope } from '../core/scope.js';
import { hasFallback } from '../core/param.js';
import { isRef, makeRef, outputRefs, type OutputRefs, type Ref } from '../typed-refs/ref.js';
import { artifactNames } from './template-spec.js';
import { renderArtifactArgs, undefinedArtifacts } from './artifact-args.js';
import { isTrue, type Condition } from '../typed-refs/condition.js';
import type { ConditionNode } from '../core/condition-node.js';
import { loopArgs, loopNode } from './loop.js';
import { renderArgs, renderExtraArgs } from './call-args.js';
import type { ArgValue } from '../typed-refs/args.js';
import type { NodePhase } from '../core/phase.js';
import { hookNodes, type Hooks } from './hook.js';
import { isOpen } from './self-template.js';

/**
 * The hooks of a call: a record, or a function of the call's own handle, for hooks that pass the call's
 * own outputs to their template (`(self) => ({ exit: hook({ template, arguments: { msg: self.out.result } }) })`).
 * @category model
 */
export type CallHooks<Self> = Hooks | ((self: Self) => Hooks);

/** Options every call (dag task or step) accepts; `Self` is the handle the call returns. @category model */
export interface CallOptions<Self = never> {
  /**
   * Argo `when`: a typed condition (`eq(flip.out.result, 'heads')`), a boolean ref such as an
   * `expression<boolean>` (rendered `{{=...}}`), or a raw govaluate string. The calls it reads run first.
   */
  readonly when?: string | Condition | Ref<boolean>;
  /** Argo `continueOn`: go on past this call when it fails (`failed`), errors (`error`), or both. */
  readonly continueOn?: ContinueOn;
  /** A template run when this call ends, whatever its outcome; it must take no required input. */
  readonly onExit?: Template<unknown, unknown>;
  /**
   * Lifecycle hooks: `exit`, or named hooks built with `hook({ template, arguments, expression })`. A
   * function of the call's own handle gives hooks that read the call's outputs, typed like any argument:
   * ```ts
   * // `output` declares outputs: { result: param.string({ path: '/tmp/hello_world.txt' }) }
   * s.step('step-1', output, {}, { hooks: (self) => ({ exit: hook({ template: exit, arguments: { message: self.out.result } }) }) });
   * // hooks:
   * //   exit:
   * //     template: exit
   * //     arguments: {parameters: [{name: message, value: "{{steps.step-1.outputs.parameters.result}}"}]}
   * ```
   * A hook reading its own call is no dependency of the call (in a dag, the task does not wait on itself).
   * On a looped call `self.out` has the template's output types (one iteration's, not the loop's lists),
   * and `self` needs a type (`(self: { readonly out: { readonly n: Ref<number> } }) => ...`): TypeScript
   * types the loop's item only from options that hold no unannotated function.
   */
  readonly hooks?: CallHooks<Self>;
  /**
   * Argo `inline`: render the called template inside this task or step instead of by name, and leave it
   * out of `spec.templates` (unless another call runs it by name).
   */
  readonly inline?: true;
  /**
   * Arguments the template does not declare. Argo ignores them (the template cannot read them), so a
   * plain argument of an undeclared name is a compile error; this is for the rare upstream workflow
   * that relies on Argo ignoring one. They are rendered after the declared arguments; with no declared
   * type to encode by, each is a string or a `Ref<string>`.
   */
  readonly extraArgs?: { readonly [name: string]: ArgValue<string> };
}

/** Names a call can read back: declared outputs plus `result` when the template declares it. */
export const outputNames = (t: TemplateNode): ReadonlyArray<string> => {
  const names = t.outputs.map((o) => o.name);
  return t.result !== undefined ? [...names, 'result'] : names;
};

/** Required inputs given as `undefined` (a misspelled ref, in JavaScript or behind a cast): kept to be reported. */
const undefinedRequired = (t: TemplateNode, args: Readonly<Record<string, unknown>>): ReadonlyArray<string> | undefined => {
  let out: string[] | undefined;
  for (const { name, param } of t.inputs) {
    if (!hasFallback(param) && args[name] === undefined && Object.hasOwn(args, name)) (out ??= []).push(name);
  }
  if (t.inputArtifacts !== undefined) {
    for (const name of undefinedArtifacts(t, args)) (out ??= []).push(name);
  }
  return out;
};

const whenNode = (w: string | Condition | Ref<boolean>): string | ConditionNode =>
  typeof w === 'string' ? w : isRef(w) ? isTrue(w).node : w.node;

/** The fields of a call node common to tasks and steps. */
export const callFields = (
  name: string,
  template: TemplateNode,
  argsOrFn: Readonly<Record<string, unknown>> | ((item: never) => Readonly<Record<string, unknown>>),
  opts: (CallOptions & Partial<Record<'withItems' | 'withParam' | 'withSequence', unknown>>) | undefined,
  self: () => unknown,
): CallNode => {
  if (opts?.inline === true && isOpen(template)) {
    throw new Error(`call '${name}' inlines template '${template.name}' inside itself, which never ends; call it by name (drop \`inline\`)`);
  }
  const loop = loopNode(opts);
  const args = loopArgs(argsOrFn);
  const undefinedArgs = undefinedRequired(template, args);
  const artifacts = template.inputArtifacts === undefined ? undefined : renderArtifactArgs(template, args);
  return {
    name,
    template,
    arguments: opts?.extraArgs === undefined ? renderArgs(template, args) : [...renderArgs(template, args), ...renderExtraArgs(opts.extraArgs)],
    ...(artifacts !== undefined && { artifacts }),
    ...(undefinedArgs !== undefined && { undefinedArgs: Object.freeze(undefinedArgs) }),
    ...(opts?.when !== undefined && { when: whenNode(opts.when) }),
    ...(loop !== undefined && { loop }),
    ...(opts?.continueOn !== undefined && { continueOn: Object.freeze({ ...opts.continueOn }) }),
    ...(opts?.onExit !== undefined && { onExit: opts.onExit.node }),
    ...(opts?.hooks !== undefined && { hooks: hookNodes(typeof opts.hooks === 'function' ? opts.hooks(self() as never) : opts.hooks) }),
    ...(opts?.inline === true && { inline: true }),
  };
};

/**
 * `{{steps.X.ip}}` / `{{tasks.X.ip}}`: the pod address of a call, for a `daemon` template the next calls
 * talk to. Only pod templates have one; the interpreter reports a read of another kind's.
 */
export const callIp = (scope: Scope, owner: 'tasks' | 'steps', name: string): Ref<string> =>
  makeRef(`${owner}.${name}.ip`, { kind: 'output', scope, owner, node: name, output: 'ip' });

/**
 * `{{steps.X.exitCode}}` / `{{tasks.X.exitCode}}`: the exit code of a call's main container (Argo's
 * `outputs.exitCode`). Only templates with a `result` have one; the interpreter reports another kind's.
 */
export const callExitCode = (scope: Scope, owner: 'tasks' | 'steps', name: string): Ref<number> =>
  makeRef(`${owner}.${name}.exitCode`, { kind: 'output', scope, owner, node: name, output: 'exitCode' });

/** What Argo records of every call's node, whatever its template: its id, host and times. @category model */
export interface NodeFields {
  /** The node's id, `{{steps.<name>.id}}` / `{{tasks.<name>.id}}`. */
  readonly id: Ref<string>;
  /** When it started and finished, RFC 3339 text: `{{steps.<name>.startedAt}}`, `{{steps.<name>.finishedAt}}`. */
  readonly startedAt: Ref<string>;
  readonly finishedAt: Ref<string>;
  /** The Kubernetes node it ran on, `{{steps.<name>.hostNodeName}}`. */
  readonly hostNodeName: Ref<string>;
}

/** The `NodeFields` refs of a call. */
export const callNodeFields = (scope: Scope, owner: 'tasks' | 'steps', name: string): NodeFields => {
  const field = (f: keyof NodeFields): Ref<string> => makeRef(`${owner}.${name}.${f}`, { kind: 'output', scope, owner, node: name, output: f });
  return { id: field('id'), startedAt: field('startedAt'), finishedAt: field('finishedAt'), hostNodeName: field('hostNodeName') };
};

/**
 * `{{steps.X.status}}` / `{{tasks.X.status}}`: the phase of a call, for a `when` or a hook's expression
 * (`eq(flip.status, 'Failed')`). A dag task that reads it waits on the call, as for its outputs.
 */
export const callStatus = (scope: Scope, owner: 'tasks' | 'steps', name: string): Ref<NodePhase> =>
  makeRef(`${owner}.${name}.status`, { kind: 'output', scope, owner, node: name, output: 'status' });

/**
 * The `.out` refs of a call. A looped call's add `$all`, every iteration's output parameters as one list
 * (`FanIn`); a name Argo's parameter names (letters, digits, `-`, `_`) never take.
 */
export const callOutputs = <O>(scope: Scope, owner: 'tasks' | 'steps', name: string, t: TemplateNode, looped: boolean): OutputRefs<O> => {
  const out = outputRefs<O>(scope, owner, name, outputNames(t), artifactNames(t.outputArtifacts), t.result !== undefined);
  return looped
    ? (Object.freeze({ ...out, $all: makeRef(`${owner}.${name}.outputs.parameters`, { kind: 'output', scope, owner, node: name, output: 'outputs.parameters' }) }) as unknown as OutputRefs<O>)
    : out;
};
