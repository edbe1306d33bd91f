import type { ParamNode } from '../core/param.js';
import type { ArgNode, NamedParam, TemplateNode } from '../core/template-node.js';
import { renderArg } from '../typed-refs/interpolate.js';
import { artifactForParameter, isArtifactInput } from './artifact-args.js';

/** A parameter argument; an artifact given for one is kept as a problem. */
const paramArg = (name: string, v: unknown, param: ParamNode | undefined): ArgNode => {
  const invalid = artifactForParameter(v);
  return invalid === undefined ? renderArg(name, v, param) : Object.freeze({ name, value: '', refs: [], invalid });
};

const NO_ARTIFACTS = (): boolean => false;

/**
 * Renders the parameter arguments of a call (a task, step, hook or the workflow's), in the template's
 * input order, unknown names last (artifact inputs are `renderArtifactArgs`').
 */
export const renderArgs = (t: TemplateNode, args: Readonly<Record<string, unknown>>): ReadonlyArray<ArgNode> =>
  renderParamArgs(t.inputs, args, t.inputArtifacts === undefined ? NO_ARTIFACTS : (name) => isArtifactInput(t, name));

/**
 * Renders values for declared parameters (inputs, or a WorkflowTemplate's globals), in their order,
 * unknown names last; names `isArtifact` accepts are left to `renderArtifactArgs`.
 */
export const renderParamArgs = (
  params: ReadonlyArray<NamedParam>,
  args: Readonly<Record<string, unknown>>,
  isArtifact: (name: string) => boolean = NO_ARTIFACTS,
): ReadonlyArray<ArgNode> => {
  // Plain loops: this runs once per task, and 10,000-task dags are built in tens of milliseconds.
  const out: ArgNode[] = [];
  for (const { name, param } of params) {
    const v = args[name];
    if (v !== undefined) out.push(paramArg(name, v, param));
  }
  for (const name in args) {
    const v = args[name];
    if (v !== undefined && Object.hasOwn(args, name) && !params.some((p) => p.name === name) && !isArtifact(name)) {
      out.push(paramArg(name, v, undefined));
    }
  }
  return Object.freeze(out);
};

/**
 * Arguments a template does not declare (a call's `extraArgs`), rendered after the declared ones and
 * marked so the interpreter does not report them as unknown inputs.
 */
export const renderExtraArgs = (args: Readonly<Record<string, unknown>>): ReadonlyArray<ArgNode> =>
  Object.freeze(
    Object.entries(args).flatMap(([name, v]) => (v === undefined ? [] : [Object.freeze({ ...paramArg(name, v, undefined), extra: true as const })])),
  );
