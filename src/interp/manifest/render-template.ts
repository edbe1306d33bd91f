import type { Problem } from '../../core/problem.js';
import { matchTemplate, type TemplateMatch } from '../../core/match-template.js';
import type { CallNode, ContainerNode, DagNode, NamedHook, ScriptNode, StepsNode, TemplateNode } from '../../core/template-node.js';
import { FREE_STEPS } from '../../core/scope.js';
import type { Arguments, DAGTask, LifecycleHook, Template, WorkflowStep } from '../../argo-model/generated/argo-types.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';
import { checkCall, checkString, checkTypedRefs, whenText, type CallScope } from './check-call.js';
import { dependsTasks } from '../../core/depends-node.js';
import { renderDepends } from './render-flow.js';
import { findCycle } from '../../core/graph.js';
import { renderContainerSet } from './render-container-set.js';
import { renderData, renderHttp, renderPlugin, renderSuspend } from './render-body-kinds.js';
import { renderResource } from './render-resource.js';
import { renderArtifactArgs } from './render-artifact.js';
import { frame } from './template-frame.js';
import { fnProblems } from './check-fn.js';
import { renderParamArg } from './render-globals.js';

type Render = (problems: Problem[]) => Template;

/** An `inline` call's template, rendered in place; Argo names it after the call, so its own name is left out. */
const renderInline = (t: TemplateNode, problems: Problem[]): Template => {
  const { name: _, ...inline } = renderTemplate(t, problems);
  return inline;
};

/** The `arguments` of a call or a hook: its parameters, then its artifacts. */
const renderArguments = (c: Pick<CallNode, 'arguments' | 'artifacts'>): Arguments => ({
  ...(c.arguments.length > 0 && { parameters: c.arguments.map(renderParamArg) }),
  ...(c.artifacts !== undefined && { artifacts: renderArtifactArgs(c.artifacts) }),
});

/** Hooks by name, as Argo's `hooks` of a call or of the workflow. */
export const renderHooks = (hooks: ReadonlyArray<NamedHook>): Record<string, LifecycleHook> =>
  Object.fromEntries(
    hooks.map(({ name, hook }) => [
      name,
      {
        template: hook.template.name,
        ...((hook.arguments.length > 0 || hook.artifacts !== undefined) && { arguments: renderArguments(hook) }),
        ...(hook.expression !== undefined && { expression: hook.expression }),
      },
    ]),
  );

const renderCall = (
  c: CallNode,
  problems: Problem[],
  depends: string | undefined,
  dependencies?: ReadonlyArray<string>,
): DAGTask & WorkflowStep => {
  // Built field by field rather than with conditional spreads: one object per task of large dags.
  const lib = c.template.library;
  const out: { -readonly [K in keyof (DAGTask & WorkflowStep)]: (DAGTask & WorkflowStep)[K] } =
    c.inline === true
      ? { name: c.name, inline: renderInline(c.template, problems) }
      : lib === undefined
        ? { name: c.name, template: c.template.name }
        : { name: c.name, templateRef: { name: lib.name, template: c.template.name, ...(lib.clusterScope && { clusterScope: true }) } };
  if (depends !== undefined) out.depends = depends;
  if (dependencies !== undefined && dependencies.length > 0) out.dependencies = dependencies;
  if (c.arguments.length > 0 || c.artifacts !== undefined) out.arguments = renderArguments(c);
  if (c.when !== undefined) out.when = whenText(c.when);
  if (c.continueOn !== undefined) out.continueOn = c.continueOn;
  if (c.onExit !== undefined) out.onExit = c.onExit.name;
  if (c.hooks !== undefined) out.hooks = renderHooks(c.hooks);
  const loop = c.loop;
  if (loop?.kind === 'WithItems') out.withItems = loop.items;
  else if (loop?.kind === 'WithParam') out.withParam = loop.value;
  else if (loop?.kind === 'WithSequence') {
    const { kind: _, refs: __, ...sequence } = loop;
    out.withSequence = sequence;
  }
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
  for (const o of t.outputArtifacts ?? []) {
    const from = o.artifact.fields.from;
    if (from !== undefined) checkString(from, { path: `outputs.artifacts.${o.name}` }, ctx, foreign, problems);
  }
};

/**
 * The `depends` text: the task's expression, and with `&&` every other task it waits on (`after`, and the
 * tasks its arguments, condition and loop read), which must succeed.
 */
const dependsText = (task: DagNode['tasks'][number], deps: ReadonlyArray<string>): string | undefined => {
  if (task.depends === undefined) return deps.length > 0 ? deps.join(' && ') : undefined;
  const named = new Set(dependsTasks(task.depends).map((d) => d.name));
  const rest = deps.filter((d) => !named.has(d));
  const expr = renderDepends(task.depends);
  if (rest.length === 0) return expr;
  const lead = task.depends.kind === 'DependsLogic' && task.depends.op === 'or' ? `(${expr})` : expr;
  return [lead, ...rest].join(' && ');
};

/** The calls that fan out over a loop, by name. */
const loopedCalls = (calls: ReadonlyArray<CallNode>): ReadonlySet<string> =>
  new Set(calls.filter((c) => c.loop !== undefined).map((c) => c.name));

const renderDag = (t: DagNode, problems: Problem[]): Template => {
  duplicateNames(t, t.tasks, 'task', problems);
  const all = new Map(t.tasks.map((k) => [k.name, k.template]));
  const ctx: CallScope = { template: t, owner: 'tasks', scopes: new Set([t.scope]), visible: all, all, looped: loopedCalls(t.tasks) };
  const deps = new Map<string, ReadonlyArray<string>>();
  // Argo refuses `continueOn` in a dag that uses `depends`: when no task needs a depends expression, the
  // dag waits through `dependencies` lists instead (a mix is left for the validator to report).
  const lists = t.tasks.some((k) => k.continueOn !== undefined) && t.tasks.every((k) => k.depends === undefined);
  const tasks = t.tasks.map((task) => {
    // Recorded when the dag was built. A foreign `after` is reported here, a foreign ref by checkCall.
    const mine: string[] = [];
    for (const d of task.dependencies) {
      if (d.scope === t.scope) {
        mine.push(d.name);
        if ((d.via === 'after' || d.via === 'depends') && !all.has(d.name)) {
          problems.push({ template: t.name, task: task.name, path: d.via, message: `waits on unknown task '${d.name}'` });
        }
      } else if (d.via === 'after' || d.via === 'depends') {
        problems.push({
          template: t.name,
          task: task.name,
          path: d.via,
          message: `waits on task '${d.name}' of dag '${d.scope.template}'; a task can only wait on tasks of its own dag`,
        });
      }
    }
    checkCall(task, ctx, problems);
    deps.set(task.name, mine);
    return lists ? renderCall(task, problems, undefined, mine) : renderCall(task, problems, dependsText(task, mine));
  });
  const cycle = findCycle(deps);
  if (cycle !== undefined) {
    problems.push({ template: t.name, message: `tasks depend on each other in a cycle: ${cycle.join(' -> ')}` });
  }
  checkOwnOutputs(t, ctx, problems);
  const body = { ...(t.target !== undefined && { target: t.target }), ...(t.failFast !== undefined && { failFast: t.failFast }), tasks };
  return frame(t, 'dag', body, [], problems);
};

const renderSteps = (t: StepsNode, problems: Problem[]): Template => {
  const flat = t.groups.flat();
  duplicateNames(t, flat, 'step', problems);
  const all = new Map(flat.map((s) => [s.name, s.template]));
  const visible = new Map<string, TemplateNode>();
  const scopes = new Set([t.scope, FREE_STEPS]);
  const looped = loopedCalls(flat);
  const groups = t.groups.map((group) => {
    const ctx: CallScope = { template: t, owner: 'steps', scopes, visible: new Map(visible), all, looped };
    const rendered = group.map((s) => {
      checkCall(s, ctx, problems);
      return renderCall(s, problems, undefined);
    });
    for (const s of group) visible.set(s.name, s.template);
    return rendered;
  });
  checkOwnOutputs(t, { template: t, owner: 'steps', scopes, visible: all, all, looped }, problems);
  return frame(t, 'steps', groups, [], problems);
};

const renderContainer = (t: ContainerNode, problems: Problem[]): Template => {
  const body = {
    image: t.image,
    ...(t.command !== undefined && { command: t.command }),
    ...(t.args !== undefined && { args: t.args }),
    ...t.containerFields,
  };
  return frame(t, 'container', body, stringsIn(body), problems);
};

const renderScript = (t: ScriptNode, problems: Problem[]): Template => {
  if (t.fn !== undefined) problems.push(...fnProblems(t, t.fn));
  const body = { image: t.image, ...(t.command !== undefined && { command: t.command }), source: t.source, ...t.containerFields };
  return frame(t, 'script', body, stringsIn(body), problems);
};

/** One renderer per template kind: adding a kind fails to compile until it is handled here. */
export const templateRenderers: TemplateMatch<Render> = {
  Container: (t) => (problems) => renderContainer(t, problems),
  Script: (t) => (problems) => renderScript(t, problems),
  Dag: (t) => (problems) => renderDag(t, problems),
  Steps: (t) => (problems) => renderSteps(t, problems),
  Suspend: (t) => (problems) => renderSuspend(t, problems),
  Resource: (t) => (problems) => renderResource(t, problems),
  Http: (t) => (problems) => renderHttp(t, problems),
  ContainerSet: (t) => (problems) => renderContainerSet(t, problems),
  Data: (t) => (problems) => renderData(t, problems),
  Plugin: (t) => (problems) => renderPlugin(t, problems),
  // A stub has no body to render: it is reached only when a stub template is used without its library.
  Stub: (t) => (problems) => {
    problems.push({ template: t.name, message: `template '${t.name}' is a stub (its body lives on the cluster); call it through its workflowTemplateStub(), which renders templateRef` });
    return { name: t.name };
  },
};

/** Renders one template to Argo's form, collecting every problem found in it. */
export const renderTemplate = (t: TemplateNode, problems: Problem[]): Template =>
  matchTemplate(t, templateRenderers)(problems);
