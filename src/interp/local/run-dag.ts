// A dag template: each task starts once every dependency is fulfilled and its `depends` holds (else it is
// Omitted); a failure stops nothing that its dependents' `depends` allows. The dag's phase is decided once
// every task is done, from its target tasks' branch phases, continueOn excused; failFast (the default)
// takes the first failed target, failFast: false the last (Argo's executeDAG / assessDAGPhase).
import type { DAGTask } from '../../argo-model/generated/index.js';
import { isFailedOrError } from './local-node.js';
import { exposeAggregate, exposeNode } from './node-scope.js';
import { passedOutputs } from './passed-outputs.js';
import { isLooped, loopItems } from './loop-items.js';
import { continuesOn, runMember, type MemberSite } from './run-member.js';
import { evaluateDepends, substitute, type TaskResults } from './run-expressions.js';
import { finishNode, passNode, startNode, type NodeRecord } from './run-state.js';
import { semaphore } from './run-semaphore.js';
import { layer, type Scope } from './run-scope.js';
import { abortMessage, type BodyExecutor, type BodyResult } from './template-body.js';
import { branchPhases, taskLogic, taskResults, type TaskLogic } from './dag-depends.js';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A task, or its items under a TaskGroup node; no items is one Skipped node. */
const runTask = async (site: MemberSite, task: DAGTask, scope: Scope): Promise<NodeRecord> => {
  const name = `${site.parent.name}.${task.name}`;
  if (!isLooped(task)) return runMember(site, task, name, task.name, scope);
  const spec = { name, displayName: task.name, templateName: task.template, parent: site.parent, boundary: site.boundary };
  let items;
  try {
    items = loopItems(task, scope);
  } catch (e) {
    return finishNode(site.run, startNode(site.run, { ...spec, type: 'TaskGroup' }), 'Error', errorText(e));
  }
  if (items.length === 0) return passNode(site.run, spec, 'Skipped', 'Skipped, empty params', passedOutputs(site.run, task, site.context));
  const group = startNode(site.run, { ...spec, type: 'TaskGroup' });
  const inGroup = { ...site, parent: group };
  const children = await Promise.all(
    items.map((it) => runMember(inGroup, task, `${name}(${it.index}:${it.label})`, `${task.name}(${it.index}:${it.label})`, layer(scope, it.vars))),
  );
  const failed = children.filter((c) => isFailedOrError(c.phase)).at(-1);
  return finishNode(site.run, group, failed?.phase ?? 'Succeeded', failed?.message);
};

/** Tasks the dag runs: its targets (default: tasks nothing depends on) and everything they depend on. */
const relevantTasks = (target: string | undefined, order: ReadonlyArray<string>, logic: ReadonlyMap<string, TaskLogic>): { targets: ReadonlyArray<string>; relevant: ReadonlySet<string> } => {
  const dependedOn = new Set([...logic.values()].flatMap((l) => l.deps));
  const targets = target !== undefined && target.trim() !== '' ? target.trim().split(/\s+/) : order.filter((t) => !dependedOn.has(t));
  const relevant = new Set<string>();
  const stack = [...targets];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (relevant.has(t)) continue;
    relevant.add(t);
    stack.push(...(logic.get(t)?.deps ?? []));
  }
  return { targets, relevant };
};

export const runDag: BodyExecutor = async ({ run, node, template, scope, context, signal }) => {
  const dag = template.dag ?? { tasks: [] };
  const tasks = new Map(dag.tasks.map((t) => [t.name, t]));
  const order = dag.tasks.map((t) => t.name);
  const logic = new Map(dag.tasks.map((t) => [t.name, taskLogic(t, tasks)]));
  // `target: "{{workflow.parameters.target}}"` is substituted before use, as Argo does.
  const { targets, relevant } = relevantTasks(dag.target === undefined ? undefined : substitute(dag.target, scope), order, logic);
  const failFast = dag.failFast !== false;
  const own = layer(scope);
  const site: MemberSite = { run, parent: node, boundary: node.name, context, signal, slots: semaphore(template.parallelism), prefix: 'tasks' };

  const done = new Map<string, NodeRecord>();
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const ready: string[] = [];
  for (const name of order) {
    if (!relevant.has(name)) continue;
    const deps = logic.get(name)?.deps ?? [];
    waiting.set(name, deps.length);
    for (const d of deps) dependents.set(d, [...(dependents.get(d) ?? []), name]);
    if (deps.length === 0) ready.push(name);
  }
  let running = 0;
  let wake: (() => void) | undefined;

  const settle = (name: string, taskNode: NodeRecord): void => {
    done.set(name, taskNode);
    const prefix = `tasks.${name}`;
    exposeNode(run, own, prefix, taskNode);
    if (taskNode.type === 'TaskGroup') exposeAggregate(own, prefix, taskNode.children.map((c) => run.nodes.get(c)!));
    for (const d of dependents.get(name) ?? []) {
      const left = (waiting.get(d) ?? 1) - 1;
      waiting.set(d, left);
      if (left === 0) ready.push(d);
    }
  };
  const results = (deps: ReadonlyArray<string>): ReadonlyArray<TaskResults> =>
    deps.map((d) => {
      const n = done.get(d)!;
      return taskResults(n, n.type === 'TaskGroup' ? n.children.map((c) => run.nodes.get(c)!) : []);
    });

  for (;;) {
    while (ready.length > 0) {
      const name = ready.shift()!;
      const task = tasks.get(name)!;
      const l = logic.get(name)!;
      const spec = { name: `${node.name}.${name}`, displayName: name, templateName: task.template, parent: node, boundary: node.name };
      if (l.logic !== undefined) {
        let proceed: boolean;
        try {
          proceed = evaluateDepends(l.logic, results(l.deps));
        } catch (e) {
          settle(name, finishNode(run, startNode(run, { ...spec, type: 'Pod' }), 'Error', `invalid depends '${task.depends ?? ''}': ${errorText(e)}`));
          continue;
        }
        if (!proceed) {
          settle(name, passNode(run, spec, 'Omitted', 'omitted: depends condition not met', passedOutputs(run, task, context)));
          continue;
        }
      }
      if (signal.aborted) continue;
      running++;
      void runTask(site, task, own).then((taskNode) => {
        running--;
        settle(name, taskNode);
        wake?.();
      });
    }
    if (running === 0) break;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }

  if (signal.aborted) return { phase: 'Failed', message: abortMessage(signal), scope: own };
  const branches = branchPhases(order, logic, done);
  let result: BodyResult = { phase: 'Succeeded', scope: own };
  for (const t of targets) {
    const phase = branches.get(t) ?? 'Error';
    if (!isFailedOrError(phase) || continuesOn(tasks.get(t) ?? { name: t }, phase)) continue;
    const failing = done.get(t);
    const message = failing === undefined ? `target task '${t}' never ran` : isFailedOrError(failing.phase) ? failing.message : undefined;
    result = { phase, scope: own, ...(message !== undefined && { message }) };
    if (failFast) break;
  }
  return result;
};
