import type { Problem } from '../../core/problem.js';
import type { TemplateNode } from '../../core/template-node.js';

const callees = (t: TemplateNode): ReadonlyArray<TemplateNode> =>
  t.kind === 'Dag' ? t.tasks.map((k) => k.template) : t.kind === 'Steps' ? t.groups.flat().map((s) => s.template) : [];

/**
 * Every distinct template reachable from `roots` (a workflow's entrypoint and exit handler, or a
 * library's templates), first root first. A library template (called by `templateRef`) is not collected
 * nor entered: it lives in its WorkflowTemplate. The same node reached twice is kept once; two different
 * nodes under one name are returned as `clashes` so the caller can compare what they render to.
 */
export const collectTemplates = (
  roots: ReadonlyArray<TemplateNode>,
): { readonly templates: ReadonlyArray<TemplateNode>; readonly clashes: ReadonlyArray<TemplateNode> } => {
  const byName = new Map<string, TemplateNode>();
  const seen = new Set<TemplateNode>();
  const clashes: TemplateNode[] = [];
  const stack: TemplateNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (seen.has(t) || t.library !== undefined) continue;
    seen.add(t);
    if (byName.has(t.name)) clashes.push(t);
    else byName.set(t.name, t);
    stack.push(...[...callees(t)].reverse());
  }
  return { templates: [...byName.values()], clashes };
};

const describe = (t: TemplateNode): string =>
  t.kind === 'Container' || t.kind === 'Script'
    ? `a ${t.kind.toLowerCase()} running ${t.image}`
    : `a ${t.kind === 'Dag' ? 'dag' : 'steps template'} of ${t.kind === 'Dag' ? t.tasks.length : t.groups.flat().length} calls`;

/** The problem for two different templates sharing a name. */
export const clashProblem = (first: TemplateNode, second: TemplateNode): Problem => ({
  template: first.name,
  message: `two different templates are named '${first.name}' (${describe(first)}; ${describe(second)}); rename one of them`,
});
