import type { Problem } from '../../core/problem.js';
import type { ArgNode, NamedParam, TemplateNode } from '../../core/template-node.js';
import type { Parameter, Template } from '../../argo-model/generated/argo-types.js';

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

/** `spec.arguments.parameters`: the given values, then the declared globals not given a value. */
export const renderArguments = (
  args: ReadonlyArray<ArgNode>,
  globals: ReadonlyArray<NamedParam>,
  problems: Problem[],
): ReadonlyArray<Parameter> => [
  ...args.map((a) => ({ name: a.name, value: a.value })),
  ...globals.filter((g) => !args.some((a) => a.name === g.name)).map((g) => renderGlobal(g, problems)),
];

const GLOBAL_REF = /\{\{\s*=?[^}]*?\bworkflow\.parameters\.([-\w]+)/g;

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
    const reported = new Set<string>();
    for (const m of JSON.stringify(t).matchAll(GLOBAL_REF)) {
      const name = m[1] ?? '';
      // `workflow.parameters.json` is Argo's own: every global parameter as one JSON object.
      if (name === 'json' || declared.has(name) || reported.has(name)) continue;
      reported.add(name);
      problems.push({
        template: nodes[i]?.name ?? t.name ?? '',
        message: `uses global parameter '${name}' ({{workflow.parameters.${name}}}), which ${owner} does not declare; add it to the arguments (\`arguments: globals({ ${name}: param.string() })\`)`,
      });
    }
  });
};
