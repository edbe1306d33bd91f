import type { ArgNode, CallNode, NamedParam, TemplateNode } from '../core/template-node.js';
import { renderArg } from '../typed-refs/interpolate.js';
import type { Scope } from '../core/scope.js';
import { makeRef, outputRefs, type OutputRefs, type Ref } from '../typed-refs/ref.js';
import type { Condition } from '../typed-refs/condition.js';
import { loopArgs, loopNode } from './loop.js';

/** Options every call (dag task or step) accepts. @category model */
export interface CallOptions {
  /**
   * Argo `when`: a typed condition (`eq(flip.out.result, 'heads')`), or a raw govaluate string. The
   * calls a condition reads run first.
   */
  readonly when?: string | Condition;
}

/** Names a call can read back: declared outputs plus `result` when the template declares it. */
export const outputNames = (t: TemplateNode): ReadonlyArray<string> => {
  const names = t.outputs.map((o) => o.name);
  return t.result !== undefined ? [...names, 'result'] : names;
};

/** Renders the arguments of a call, in the template's input order, unknown names last. */
export const renderArgs = (t: TemplateNode, args: Readonly<Record<string, unknown>>): ReadonlyArray<ArgNode> =>
  renderParamArgs(t.inputs, args);

/** Renders values for declared parameters (inputs, or a WorkflowTemplate's globals), in their order, unknown names last. */
export const renderParamArgs = (params: ReadonlyArray<NamedParam>, args: Readonly<Record<string, unknown>>): ReadonlyArray<ArgNode> => {
  // Plain loops: this runs once per task, and 10,000-task dags are built in tens of milliseconds.
  const out: ArgNode[] = [];
  for (const { name, param } of params) {
    const v = args[name];
    if (v !== undefined) out.push(renderArg(name, v, param));
  }
  for (const name in args) {
    const v = args[name];
    if (v !== undefined && Object.hasOwn(args, name) && !params.some((p) => p.name === name)) {
      out.push(renderArg(name, v, undefined));
    }
  }
  return Object.freeze(out);
};

/** Required inputs given as `undefined` (a misspelled ref, in JavaScript or behind a cast): kept to be reported. */
const undefinedRequired = (t: TemplateNode, args: Readonly<Record<string, unknown>>): ReadonlyArray<string> | undefined => {
  let out: string[] | undefined;
  for (const { name, param } of t.inputs) {
    if (param.default === undefined && args[name] === undefined && Object.hasOwn(args, name)) (out ??= []).push(name);
  }
  return out;
};

/** The fields of a call node common to tasks and steps. */
export const callFields = (
  name: string,
  template: TemplateNode,
  argsOrFn: Readonly<Record<string, unknown>> | ((item: never) => Readonly<Record<string, unknown>>),
  opts: (CallOptions & Partial<Record<'withItems' | 'withParam' | 'withSequence', unknown>>) | undefined,
): CallNode => {
  const loop = loopNode(opts);
  const args = loopArgs(argsOrFn);
  const undefinedArgs = undefinedRequired(template, args);
  return {
    name,
    template,
    arguments: renderArgs(template, args),
    ...(undefinedArgs !== undefined && { undefinedArgs: Object.freeze(undefinedArgs) }),
    ...(opts?.when !== undefined && { when: typeof opts.when === 'string' ? opts.when : opts.when.node }),
    ...(loop !== undefined && { loop }),
  };
};

/**
 * `{{steps.X.ip}}` / `{{tasks.X.ip}}`: the pod address of a call, for a `daemon` template the next calls
 * talk to. Only pod templates have one; the interpreter reports a read of another kind's.
 */
export const callIp = (scope: Scope, owner: 'tasks' | 'steps', name: string): Ref<string> =>
  makeRef(`${owner}.${name}.ip`, { kind: 'output', scope, owner, node: name, output: 'ip' });

/** The `.out` refs of a call. */
export const callOutputs = <O>(scope: Scope, owner: 'tasks' | 'steps', name: string, t: TemplateNode): OutputRefs<O> =>
  outputRefs<O>(scope, owner, name, outputNames(t));
