import type { ArgNode, NamedParam, TemplateNode } from '../core/template-node.js';
import { renderArg } from '../typed-refs/interpolate.js';

/**
 * Renders the arguments of a call (a task, step, hook or the workflow's), in the template's input order,
 * unknown names last.
 */
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
