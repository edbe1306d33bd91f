import type { ParamNode } from '../core/param.js';
import type { ArgNode, CallNode, TemplateNode } from '../core/template-node.js';
import { renderValue } from '../typed-refs/interpolate.js';
import { outputRefs, type OutputRefs, type Scope } from '../typed-refs/ref.js';

/** Options every call (dag task or step) accepts. @category model */
export interface CallOptions {
  /** Argo `when`: a raw condition, e.g. `${flip.out.result} == heads`. */
  readonly when?: string;
  /** Argo `withItems`: run once per item; `item` refers to the current one. */
  readonly withItems?: ReadonlyArray<unknown>;
}

/** Names a call can read back: declared outputs plus `result` when the template declares it. */
export const outputNames = (t: TemplateNode): ReadonlyArray<string> => {
  const names = t.outputs.map((o) => o.name);
  return t.result !== undefined ? [...names, 'result'] : names;
};

/** Renders the arguments of a call, in the template's input order, unknown names last. */
export const renderArgs = (t: TemplateNode, args: Readonly<Record<string, unknown>>): ReadonlyArray<ArgNode> => {
  const byName = new Map<string, ParamNode>(t.inputs.map((p) => [p.name, p.param]));
  const known = t.inputs.map((p) => p.name).filter((n) => n in args);
  const unknown = Object.keys(args).filter((n) => !byName.has(n));
  return Object.freeze(
    [...known, ...unknown]
      .filter((name) => args[name] !== undefined)
      .map((name) => Object.freeze({ name, ...renderValue(args[name], byName.get(name)) })),
  );
};

/** The fields of a call node common to tasks and steps. */
export const callFields = (
  name: string,
  template: TemplateNode,
  args: Readonly<Record<string, unknown>>,
  opts: CallOptions | undefined,
): CallNode => ({
  name,
  template,
  arguments: renderArgs(template, args),
  ...(opts?.when !== undefined && { when: opts.when }),
  ...(opts?.withItems !== undefined && { withItems: Object.freeze([...opts.withItems]) }),
});

/** The `.out` refs of a call. */
export const callOutputs = <O>(scope: Scope, owner: 'tasks' | 'steps', name: string, t: TemplateNode): OutputRefs<O> =>
  outputRefs<O>(scope, owner, name, outputNames(t));
