import type { Problem } from '../../core/problem.js';
import type { ArgNode, NamedParam, TemplateNode } from '../../core/template-node.js';
import type { Parameter, Template } from '../../argo-model/generated/argo-types.js';
import type { WorkflowFields } from '../../core/workflow-fields.js';
import { scanInputRefs, scanNodeRefs } from '../../core/tag-scanner.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';

/**
 * A global parameter as Argo's `spec.arguments` entry: its default is its value, a ConfigMap key or an
 * event expression its `valueFrom`; without any the value is given at submit time.
 */
export const renderGlobal = ({ name, param }: NamedParam, problems: Problem[]): Parameter => {
  if (param.invalid !== undefined) problems.push({ path: `spec.arguments.parameters.${name}`, message: `global '${name}': ${param.invalid}` });
  const { configMapKeyRef, event, ...other } = param.valueFrom ?? {};
  if (Object.keys(other).length > 0) {
    problems.push({
      path: `spec.arguments.parameters.${name}`,
      message: `global '${name}' has ${Object.keys(other).join(', ')}, which only apply to outputs; a global takes a default, configMapKeyRef or event`,
    });
  }
  return {
    name,
    ...(param.default !== undefined && { value: param.default }),
    ...((configMapKeyRef !== undefined || event !== undefined) && {
      valueFrom: { ...(configMapKeyRef !== undefined && { configMapKeyRef }), ...(event !== undefined && { event }) },
    }),
    ...(param.enum !== undefined && { enum: [...param.enum] }),
    ...(param.description !== undefined && { description: param.description }),
  };
};

/** One parameter argument: its value, or the ConfigMap key it is read from. */
export const renderParamArg = (a: ArgNode): Parameter => (a.valueFrom === undefined ? { name: a.name, value: a.value } : { name: a.name, valueFrom: a.valueFrom });

/** `spec.arguments.parameters`: the given values, then the declared globals not given a value. */
export const renderArguments = (
  args: ReadonlyArray<ArgNode>,
  globals: ReadonlyArray<NamedParam>,
  problems: Problem[],
): ReadonlyArray<Parameter> => [
  ...args.map(renderParamArg),
  ...globals.filter((g) => !args.some((a) => a.name === g.name)).map((g) => renderGlobal(g, problems)),
];

const GLOBAL_REF = /\{\{\s*=?[^}]*?\bworkflow\.parameters\.([-\w]+)/g;

/** The global parameters a text reads that are not declared, each once (`workflow.parameters.json` is Argo's own). */
const undeclaredGlobals = (text: string, declared: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...text.matchAll(GLOBAL_REF)].map((m) => m[1] ?? '').filter((name) => name !== 'json' && !declared.has(name)));

const undeclaredMessage = (name: string, owner: string): string =>
  `uses global parameter '${name}' ({{workflow.parameters.${name}}}), which ${owner} does not declare; add it to the arguments (\`arguments: globals({ ${name}: param.string() })\`)`;

/**
 * A `{{workflow.parameters.x}}` a rendered template reads must be declared by the workflow (its
 * arguments or globals): Argo would otherwise fail the run when it resolves the variable.
 */
export const checkGlobalRefs = (
  templates: ReadonlyArray<Template>,
  nodes: ReadonlyArray<TemplateNode>,
  declared: ReadonlySet<string>,
  owner: string,
  problems: Problem[],
): void => {
  templates.forEach((t, i) => {
    for (const name of undeclaredGlobals(JSON.stringify(t), declared))
      problems.push({ template: nodes[i]?.name ?? t.name ?? '', message: undeclaredMessage(name, owner) });
  });
};

/**
 * Workflow-level fields are substituted with global variables only (Argo replaces them in the spec
 * before any template runs): each global parameter they read is declared, and they read no template's
 * inputs, tasks or steps, which nothing fills there.
 */
export const checkFieldRefs = (fields: WorkflowFields, declared: ReadonlySet<string>, owner: string, problems: Problem[]): void => {
  for (const [field, value] of Object.entries(fields)) {
    const path = `spec.${field}`;
    for (const text of stringsIn(value)) {
      for (const name of undeclaredGlobals(text, declared)) problems.push({ path, message: undeclaredMessage(name, owner) });
      const local = [...scanInputRefs(text).map((n) => `inputs.parameters.${n}`), ...scanNodeRefs(text).map((r) => `${r.owner}.${r.node}`)];
      if (local.length > 0) {
        problems.push({
          path,
          message: `'${field}' reads ${local.join(', ')}, which no workflow-level field can: Argo substitutes these fields with global variables only; pass the value as a global (\`globals({...})\`)`,
        });
      }
    }
  }
};
