import type { Problem } from '../../core/problem.js';
import type { CallNode, DagNode, DagTaskNode, StepsNode, TemplateKind, TemplateNode } from '../../core/template-node.js';
import { FREE_STEPS } from '../../core/scope.js';
import type { Scope } from '../../core/scope.js';
import type { DAGTask, Template, WorkflowStep } from '../../argo-model/generated/argo-types.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';
import { checkCall, checkString, checkTypedRefs, type CallScope } from './check-call.js';
import { findCycle } from '../../core/graph.js';
import { renderContainerSet } from './render-container-set.js';
import { renderData, renderHttp, renderPlugin, renderSuspend } from './render-body-kinds.js';
import { renderResource } from './render-resource.js';
import { frame } from './template-frame.js';

export type Renderer<K extends TemplateKind> = (node: Extract<TemplateNode, { kind: K }>, problems: Problem[]) => Template;

const renderCall = (c: CallNode, depends: string | undefined): DAGTask & WorkflowStep => {
  // Built field by field rather than with conditional spreads: one object per task of large dags.
  const out: { -readonly [K in keyof (DAGTask & WorkflowStep)]: (DAGTask & WorkflowStep)[K] } = {
    name: c.name,
    template: c.template.name,
  };
  if (depends !== undefined) out.depends = depends;
  if (c.arguments.length > 0) {
    out.arguments = { parameters: c.arguments.map((a) => ({ name: a.name, value: a.value })) };
  }
  if (c.when !== undefined) out.when = c.when;
  if (c.withItems !== undefined) out.withItems = c.withItems;
  return out;
};

const duplicateNames = (t: TemplateNode, calls: ReadonlyArray<CallNode>, what: string, problems: Problem[]) => {
  const seen = new Set<string>();
  for (const c of calls) {
    if (seen.has(c.name)) {
      problems.push({ template: t.name, task: c.name, message: `two ${what}s are named '${c.name}'; names must be unique` });
    }
    seen.add(c.name);
  }
};

/**
 * Output parameters of a dag or steps template read other calls: check those refs too, the typed ones by
 * identity (a handle of another template may carry the name of one of this template's calls).
 */
const checkOwnOutputs = (t: DagNode | StepsNode, ctx: CallScope, problems: Problem[]): void => {
  const foreign = checkTypedRefs(t.refs, { path: 'outputs' }, ctx, problems);
  for (const o of t.outputs) {
    const p = o.param.valueFrom?.parameter;
    if (p !== undefined) checkString(p, { path: `outputs.parameters.${o.name}` }, ctx, foreign, problems);
  }
};

/**
 * What a task waits on, each name once, in order: its `after` handles of this dag, then the tasks its
 * arguments read. A plain loop, not Sets and spreads: this runs for every task of 10,000-task dags.
 */
const dependencies = (task: DagTaskNode, scope: Scope, used: ReadonlyArray<string>): ReadonlyArray<string> => {
  const names: string[] = [];
  for (const a of task.after) if (a.scope === scope && !names.includes(a.name)) names.push(a.name);
  for (const u of used) if (!names.includes(u)) names.push(u);
  return names;
};

const renderDag: Renderer<'Dag'> = (t, problems) => {
  duplicateNames(t, t.tasks, 'task', problems);
  const all = new Map(t.tasks.map((k) => [k.name, k.template]));
  const ctx: CallScope = { template: t, owner: 'tasks', scopes: new Set([t.scope]), visible: all, all };
  const deps = new Map<string, ReadonlyArray<string>>();
  const tasks = t.tasks.map((task) => {
    for (const a of task.after) {
      if (a.scope !== t.scope) {
        problems.push({
          template: t.name,
          task: task.name,
          path: 'after',
          message: `waits on task '${a.name}' of dag '${a.scope.template}'; a task can only wait on tasks of its own dag`,
        });
      } else if (!all.has(a.name)) {
        problems.push({ template: t.name, task: task.name, path: 'after', message: `waits on unknown task '${a.name}'` });
      }
    }
    const used = checkCall(task, ctx, problems);
    const mine = dependencies(task, t.scope, used);
    deps.set(task.name, mine);
    return renderCall(task, mine.length > 0 ? mine.join(' && ') : undefined);
  });
  const cycle = findCycle(deps);
  if (cycle !== undefined) {
    problems.push({ template: t.name, message: `tasks depend on each other in a cycle: ${cycle.join(' -> ')}` });
  }
  checkOwnOutputs(t, ctx, problems);
  return frame(t, 'dag', { tasks }, [], problems);
};

const renderSteps: Renderer<'Steps'> = (t, problems) => {
  const flat = t.groups.flat();
  duplicateNames(t, flat, 'step', problems);
  const all = new Map(flat.map((s) => [s.name, s.template]));
  const visible = new Map<string, TemplateNode>();
  const scopes = new Set([t.scope, FREE_STEPS]);
  const groups = t.groups.map((group) => {
    const ctx: CallScope = { template: t, owner: 'steps', scopes, visible: new Map(visible), all };
    const rendered = group.map((s) => {
      checkCall(s, ctx, problems);
      return renderCall(s, undefined);
    });
    for (const s of group) visible.set(s.name, s.template);
    return rendered;
  });
  checkOwnOutputs(t, { template: t, owner: 'steps', scopes, visible: all, all }, problems);
  return frame(t, 'steps', groups, [], problems);
};

const renderContainer: Renderer<'Container'> = (t, problems) => {
  const body = {
    image: t.image,
    ...(t.command !== undefined && { command: t.command }),
    ...(t.args !== undefined && { args: t.args }),
    ...t.containerFields,
  };
  return frame(t, 'container', body, stringsIn(body), problems);
};

const renderScript: Renderer<'Script'> = (t, problems) => {
  const body = { image: t.image, ...(t.command !== undefined && { command: t.command }), source: t.source, ...t.containerFields };
  return frame(t, 'script', body, stringsIn(body), problems);
};

/** One renderer per template kind: adding a kind fails to compile until it is handled here. */
const renderers: { readonly [K in TemplateKind]: Renderer<K> } = {
  Container: renderContainer,
  Script: renderScript,
  Dag: renderDag,
  Steps: renderSteps,
  Suspend: renderSuspend,
  Resource: renderResource,
  Http: renderHttp,
  ContainerSet: renderContainerSet,
  Data: renderData,
  Plugin: renderPlugin,
};

/** Renders one template to Argo's form, collecting every problem found in it. */
export const renderTemplate = (t: TemplateNode, problems: Problem[]): Template =>
  (renderers[t.kind] as Renderer<TemplateKind>)(t as never, problems);
