// The AST as a picture: each call of a dag, steps or container set template is a frame around the calls
// it runs (recursively, as a run unfolds them), every other call a box; edges from the dependencies and
// step groups, labelled with what flows along them.
import { callees } from '../../core/collect-templates.js';
import { matchKind, matchTemplate, type KindMatch, type TemplateMatch } from '../../core/match-template.js';
import type { DependsNode } from '../../core/depends-node.js';
import type { RootNode } from '../../core/root-node.js';
import { FREE_STEPS } from '../../core/scope.js';
import type { CallNode, ContainerSetNode, DagNode, StepsNode, TemplateNode } from '../../core/template-node.js';
import type { WorkflowNode } from '../../core/workflow-node.js';
import type { WorkflowTemplateNode } from '../../core/workflow-template-node.js';
import { callMarks, dependsMark, dependsResults, flowsInto, type Siblings } from './call-marks.js';
import type { FlowGraph, GraphEdge, GraphEdgeRole, GraphItem, GraphNode, GraphNodeRole } from './flow-graph.js';

/** The graph being drawn: ids given out, edges so far, templates being unfolded (to stop at recursion). */
interface Drawing {
  readonly ids: Set<string>;
  readonly edges: GraphEdge[];
  readonly unfolding: Set<TemplateNode>;
}

/** A call as the picture needs it: tasks and steps, and the entrypoint, exit handlers and hooks. */
type Call = Pick<CallNode, 'name' | 'template' | 'when' | 'loop' | 'onExit' | 'hooks'> & { readonly depends?: DependsNode };

/** Draws the calls a template runs, as members of the frame of the call at `path`. */
type Unfold = (d: Drawing, path: string) => ReadonlyArray<GraphItem>;

const childPath = (parent: string, name: string): string => (parent === '' ? name : `${parent}.${name}`);

/** An id from the path, safe in Mermaid and DOT (letters, digits, `_`; `n_` keeps clear of keywords like `end`). */
const newId = (d: Drawing, path: string): string => {
  const base = path === '' ? 'n' : `n_${path.replace(/[^A-Za-z0-9_]/g, '_')}`;
  let id = base;
  for (let i = 2; d.ids.has(id); i++) id = `${base}_${i}`;
  d.ids.add(id);
  return id;
};

const edge = (d: Drawing, from: GraphItem, to: GraphItem, role: GraphEdgeRole, labels: ReadonlyArray<string>): void => {
  d.edges.push({ from: from.id, to: to.id, role, labels });
};

const templateLabel = (t: TemplateNode): string => (t.library === undefined ? t.name : `${t.library.name}/${t.name}`);

const makeNode = (d: Drawing, path: string, role: GraphNodeRole, lines: ReadonlyArray<string>, call?: Call): GraphNode => ({
  kind: 'GraphNode',
  id: newId(d, path),
  path,
  role,
  ...(call !== undefined && { template: templateLabel(call.template) }),
  lines,
  looped: call?.loop !== undefined,
  conditional: call?.when !== undefined,
});

/**
 * A call: its frame or box first, then the boxes of its hooks and exit handler, each joined to it by a
 * hook edge. `title` heads the label (the call's name, `hook running`, `onExit`).
 */
const drawCall = (d: Drawing, c: Call, title: string, path: string, role: GraphNodeRole, extra: ReadonlyArray<string> = []): ReadonlyArray<GraphItem> => {
  const t = c.template;
  const recursive = d.unfolding.has(t);
  const lines = [
    title,
    ...(templateLabel(t) === title ? [] : [templateLabel(t)]),
    ...callMarks(c),
    ...dependsMark(c.depends),
    ...extra,
    ...(recursive ? ['calls itself: not unfolded'] : []),
  ];
  const node = makeNode(d, path, role, lines, c);
  const unfold = recursive ? undefined : matchTemplate(t, unfolders);
  let members: ReadonlyArray<GraphItem> = [];
  if (unfold !== undefined) {
    d.unfolding.add(t);
    members = unfold(d, path);
    d.unfolding.delete(t);
  }
  // A dag or steps template with no calls stays a box: a frame needs something inside to be drawn.
  const item: GraphItem =
    members.length === 0
      ? node
      : { kind: 'GraphCluster', id: node.id, path, template: templateLabel(t), lines, looped: node.looped, conditional: node.conditional, members };
  const hooks = (c.hooks ?? []).flatMap(({ name, hook }) => {
    const drawn = drawCall(d, { name, template: hook.template }, `hook ${name}`, `${path}.hooks.${name}`, 'hook', hook.expression === undefined ? [] : [hook.expression]);
    edge(d, item, drawn[0]!, 'hook', [name]);
    return drawn;
  });
  const exit = c.onExit === undefined ? [] : drawCall(d, { name: 'onExit', template: c.onExit }, 'onExit', `${path}.onExit`, 'hook');
  if (exit[0] !== undefined) edge(d, item, exit[0], 'hook', ['onExit']);
  return [item, ...hooks, ...exit];
};

/** Draws each call of a template under its name; returns the members and each call's own item by name. */
const drawCalls = (d: Drawing, path: string, calls: ReadonlyArray<CallNode & { readonly depends?: DependsNode }>) => {
  const byName = new Map<string, GraphItem>();
  const members = calls.flatMap((c) => {
    const drawn = drawCall(d, c, c.name, childPath(path, c.name), 'call');
    byName.set(c.name, drawn[0]!);
    return drawn;
  });
  return { byName, members };
};

/** A dag: an edge per dependency, labelled with the results `depends` waits for and what flows along it. */
const unfoldDag = (t: DagNode): Unfold => (d, path) => {
  const { byName, members } = drawCalls(d, path, t.tasks);
  const at: Siblings = { owner: 'tasks', scopes: new Set([t.scope]) };
  for (const task of t.tasks) {
    const flows = flowsInto(task, at);
    for (const dep of task.dependencies) {
      const from = byName.get(dep.name);
      if (dep.scope !== t.scope || from === undefined) continue;
      const labels = [...dependsResults(task.depends, dep.name), ...(flows.get(dep.name) ?? [])];
      edge(d, from, byName.get(task.name)!, 'order', labels.length === 0 && (dep.via === 'when' || dep.via === 'loop') ? [dep.via] : labels);
    }
  }
  return members;
};

/**
 * Steps: each group after the one before it, every member after every member of the previous group (through
 * one join point when both groups have several). A step reading a step it is not joined to directly gets a
 * data edge of its own.
 */
const unfoldSteps = (t: StepsNode): Unfold => (d, path) => {
  const { byName, members } = drawCalls(d, path, t.groups.flat());
  const at: Siblings = { owner: 'steps', scopes: new Set([t.scope, FREE_STEPS]) };
  const joins: GraphItem[] = [];
  let previous: ReadonlyArray<CallNode> = [];
  t.groups.forEach((group, g) => {
    if (group.length === 0) return;
    const flows = new Map(group.map((s) => [s.name, new Map(flowsInto(s, at))]));
    const direct = previous.length <= 1 || group.length <= 1;
    if (!direct) {
      const join = makeNode(d, `${path}[${g}]`, 'join', []);
      joins.push(join);
      for (const p of previous) edge(d, byName.get(p.name)!, join, 'order', []);
      for (const s of group) edge(d, join, byName.get(s.name)!, 'order', []);
    }
    for (const s of group) {
      const into = flows.get(s.name)!;
      if (direct) {
        for (const p of previous) {
          edge(d, byName.get(p.name)!, byName.get(s.name)!, 'order', into.get(p.name) ?? []);
          into.delete(p.name);
        }
      }
      for (const [from, labels] of into) {
        const source = byName.get(from);
        if (source !== undefined) edge(d, source, byName.get(s.name)!, 'data', labels);
      }
    }
    previous = group;
  });
  return [...members, ...joins];
};

/** A container set: a box per container, an edge per dependency. */
const unfoldContainerSet = (t: ContainerSetNode): Unfold => (d, path) => {
  const byName = new Map(t.containers.map((c) => [c.name, makeNode(d, childPath(path, c.name), 'call', [c.name, c.image])]));
  for (const c of t.containers) {
    for (const dep of c.dependencies) {
      const from = byName.get(dep.name);
      if (from !== undefined) edge(d, from, byName.get(c.name)!, 'order', []);
    }
  }
  return [...byName.values()];
};

/** Which templates a call unfolds into a frame: the ones that run other calls. */
const unfolders: TemplateMatch<Unfold | undefined> = {
  Container: () => undefined,
  Script: () => undefined,
  Dag: unfoldDag,
  Steps: unfoldSteps,
  Suspend: () => undefined,
  Resource: () => undefined,
  Http: () => undefined,
  ContainerSet: unfoldContainerSet,
  Data: () => undefined,
  Plugin: () => undefined,
  Stub: () => undefined,
};

/** The entrypoint at the top (path `''`, as Argo's root node), the exit handler after it. */
const drawWorkflow = (d: Drawing, wf: WorkflowNode): ReadonlyArray<GraphItem> => {
  const ref = wf.workflowTemplateRef;
  const from = ref === undefined ? [] : [`workflowTemplateRef ${ref.metadata.name ?? ''}`];
  const entry =
    wf.entrypoint === undefined
      ? [makeNode(d, '', 'call', from.length > 0 ? from : ['no entrypoint'])]
      : drawCall(d, { name: wf.entrypoint.name, template: wf.entrypoint }, wf.entrypoint.name, '', 'call', from);
  if (wf.onExit === undefined) return entry;
  const exit = drawCall(d, { name: 'onExit', template: wf.onExit }, 'onExit', 'onExit', 'hook');
  edge(d, entry[0]!, exit[0]!, 'hook', ['onExit']);
  return [...entry, ...exit];
};

/** Every template a template runs, transitively, by name (a library's templates call each other by name). */
const reachable = (t: TemplateNode): ReadonlySet<string> => {
  const seen = new Set<string>();
  const stack = [...callees(t)];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n.name)) continue;
    seen.add(n.name);
    stack.push(...callees(n));
  }
  return seen;
};

/**
 * A library: its entrypoint and each template no other of its templates runs (those are drawn inside their
 * callers), each a root of its own; templates that only call each other in a cycle are drawn from the first.
 */
const drawLibrary = (d: Drawing, lib: WorkflowTemplateNode): ReadonlyArray<GraphItem> => {
  const candidates = [...new Map([...(lib.entrypoint === undefined ? [] : [lib.entrypoint]), ...lib.templates].map((t) => [t.name, t])).values()];
  const called = new Set(candidates.flatMap((c) => [...reachable(c)].filter((n) => n !== c.name)));
  const drawn = new Set<string>();
  const roots: TemplateNode[] = [];
  const take = (t: TemplateNode): void => {
    roots.push(t);
    for (const n of [t.name, ...reachable(t)]) drawn.add(n);
  };
  for (const c of candidates) if (!called.has(c.name)) take(c);
  for (const c of candidates) if (!drawn.has(c.name)) take(c);
  return roots.flatMap((t) => drawCall(d, { name: t.name, template: t }, t.name, t.name, 'call'));
};

const rootDrawers: KindMatch<RootNode, (d: Drawing) => ReadonlyArray<GraphItem>> = {
  Workflow: (n) => (d) => drawWorkflow(d, n),
  WorkflowTemplate: (n) => (d) => drawLibrary(d, n),
  ClusterWorkflowTemplate: (n) => (d) => drawLibrary(d, n),
  CronWorkflow: (n) => (d) => drawWorkflow(d, n.workflow),
  // What a binding submits, when its WorkflowTemplate is known (not a stub).
  WorkflowEventBinding: (n) => (d) => (n.submit === undefined || n.submit.workflowTemplateRef.stub === true ? [] : drawLibrary(d, n.submit.workflowTemplateRef)),
  KubernetesObject: () => () => [],
};

/** The picture of a document's AST, ready for a printer. */
export const buildFlowGraph = (root: RootNode): FlowGraph => {
  const d: Drawing = { ids: new Set(), edges: [], unfolding: new Set() };
  const items = matchKind(root, rootDrawers)(d);
  return { title: root.metadata.name ?? root.metadata.generateName ?? root.kind, items, edges: d.edges };
};
