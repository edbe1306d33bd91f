import { matchTemplate, type TemplateMatch } from './match-template.js';
import type { CallNode, TemplateNode } from './template-node.js';
import type { WorkflowNode } from './workflow-node.js';
import type { WorkflowTemplateNode } from './workflow-template-node.js';

const NO_CALLEES: ReadonlyArray<TemplateNode> = Object.freeze([]);

/**
 * The templates one call runs by name: its own (for an `inline` call, the ones that template calls, since
 * it is rendered in place), then its exit handler and its hooks'.
 */
export const callTemplates = (c: CallNode): ReadonlyArray<TemplateNode> => {
  const own = c.inline === true ? callees(c.template) : [c.template];
  return c.onExit === undefined && c.hooks === undefined
    ? own
    : [...own, ...(c.onExit !== undefined ? [c.onExit] : []), ...(c.hooks ?? []).map((h) => h.hook.template)];
};

/** The templates a template calls, in call order (a template called twice appears twice). */
export const templateCallees: TemplateMatch<ReadonlyArray<TemplateNode>> = {
  Container: () => NO_CALLEES,
  Script: () => NO_CALLEES,
  Dag: (d) => d.tasks.flatMap(callTemplates),
  Steps: (s) => s.groups.flatMap((g) => g.flatMap(callTemplates)),
  // A resource's manifest workflow is a document of its own, not a callee.
  Suspend: () => NO_CALLEES,
  Resource: () => NO_CALLEES,
  Http: () => NO_CALLEES,
  ContainerSet: () => NO_CALLEES,
  Data: () => NO_CALLEES,
  Plugin: () => NO_CALLEES,
  Stub: () => NO_CALLEES,
};

export const callees = matchTemplate(templateCallees);

/**
 * Every distinct template reachable from `roots` (a workflow's entrypoint and exit handler, or a
 * library's templates), first root first, then depth-first in call order. A library template (called by
 * `templateRef`) is neither collected nor entered: it lives in its WorkflowTemplate. The same node
 * reached twice is kept once; two different nodes under one name are returned as `clashes` so the
 * caller can compare what they render to.
 * @category destructors
 */
export const collectTemplatesFrom = (
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

/**
 * The templates a workflow starts from: its entrypoint, exit handler and hooks' templates (including
 * library templates, which `collectTemplatesFrom` leaves out).
 * @category destructors
 */
export const workflowRoots = (wf: WorkflowNode): ReadonlyArray<TemplateNode> => [
  ...(wf.entrypoint !== undefined ? [wf.entrypoint] : []),
  ...(wf.onExit !== undefined ? [wf.onExit] : []),
  ...(wf.hooks ?? []).map((h) => h.hook.template),
];

/**
 * The templates a WorkflowTemplate starts from: its entrypoint, exit handler and hooks' templates, then
 * the templates of its record.
 * @category destructors
 */
export const libraryRoots = (lib: WorkflowTemplateNode): ReadonlyArray<TemplateNode> => [
  ...(lib.entrypoint !== undefined ? [lib.entrypoint] : []),
  ...(lib.onExit !== undefined ? [lib.onExit] : []),
  ...(lib.hooks ?? []).map((h) => h.hook.template),
  ...lib.templates,
];

/**
 * Every distinct template of a workflow: reachable from its roots (none for a workflow run from a
 * WorkflowTemplate). See `collectTemplatesFrom`.
 * @category destructors
 */
export const collectTemplates = (wf: WorkflowNode): ReturnType<typeof collectTemplatesFrom> =>
  collectTemplatesFrom(wf.workflowTemplateRef !== undefined ? [] : workflowRoots(wf));
