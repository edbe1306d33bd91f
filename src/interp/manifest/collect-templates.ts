import type { Problem } from '../../core/problem.js';
import type { TemplateKind, TemplateNode } from '../../core/template-node.js';
import type { WorkflowNode } from '../../core/workflow-node.js';

const callees = (t: TemplateNode): ReadonlyArray<TemplateNode> =>
  t.kind === 'Dag' ? t.tasks.map((k) => k.template) : t.kind === 'Steps' ? t.groups.flat().map((s) => s.template) : [];

/**
 * Every distinct template reachable from the workflow's entrypoint and exit handler, entrypoint first.
 * The same node reached twice is kept once; two different nodes under one name are returned as
 * `clashes` so the caller can compare what they render to.
 */
export const collectTemplates = (
  wf: WorkflowNode,
): { readonly templates: ReadonlyArray<TemplateNode>; readonly clashes: ReadonlyArray<TemplateNode> } => {
  const byName = new Map<string, TemplateNode>();
  const seen = new Set<TemplateNode>();
  const clashes: TemplateNode[] = [];
  const stack: TemplateNode[] = [wf.entrypoint, ...(wf.onExit !== undefined ? [wf.onExit] : [])].reverse();
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (seen.has(t)) continue;
    seen.add(t);
    if (byName.has(t.name)) clashes.push(t);
    else byName.set(t.name, t);
    stack.push(...[...callees(t)].reverse());
  }
  return { templates: [...byName.values()], clashes };
};

/** How a template is told apart from another of the same name, by kind. */
const describers: { readonly [K in TemplateKind]: (t: Extract<TemplateNode, { kind: K }>) => string } = {
  Container: (t) => `a container running ${t.image}`,
  Script: (t) => `a script running ${t.image}`,
  Dag: (t) => `a dag of ${t.tasks.length} calls`,
  Steps: (t) => `a steps template of ${t.groups.flat().length} calls`,
  Suspend: () => 'a suspend template',
  Resource: (t) => `a resource template (${t.resource.action})`,
  Http: (t) => `an http template (${t.http.url})`,
  ContainerSet: (t) => `a container set of ${t.containers.length} containers`,
  Data: () => 'a data template',
  Plugin: (t) => `a plugin template (${Object.keys(t.plugin).join(', ')})`,
};

const describe = (t: TemplateNode): string => (describers[t.kind] as (t: TemplateNode) => string)(t);

/** The problem for two different templates sharing a name. */
export const clashProblem = (first: TemplateNode, second: TemplateNode): Problem => ({
  template: first.name,
  message: `two different templates are named '${first.name}' (${describe(first)}; ${describe(second)}); rename one of them`,
});
