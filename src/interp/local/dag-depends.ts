// A dag's dependency logic as Argo's controller runs it: `dependencies` and bare names in `depends`
// expand to `(X.Succeeded || X.Skipped || X.Daemoned)` (plus `|| X.Failed` / `|| X.Errored` under the
// dependency's continueOn), then the expression is evaluated against each dependency's results.
import type { DAGTask } from '../../argo-model/generated/index.js';
import { taskDeps } from '../../argo-docs/validate/dag-graph.js';
import type { NodeRecord } from './run-state.js';
import type { TaskResults } from './run-expressions.js';
import type { NodePhase } from './local-node.js';

/**
 * One task's dependencies and the expanded logic deciding whether it runs (undefined: none). The logic
 * names dependency i as `d<i>`: one canonical text per shape of `depends`, so a run evaluates each shape
 * and set of results once (parsing an expression per task would dominate a large dag's scheduling).
 */
export interface TaskLogic {
  readonly deps: ReadonlyArray<string>;
  readonly logic: string | undefined;
}

const expandName = (ref: string, dep: DAGTask | undefined): string => {
  const extra = `${dep?.continueOn?.failed === true ? ` || ${ref}.Failed` : ''}${dep?.continueOn?.error === true ? ` || ${ref}.Errored` : ''}`;
  return `(${ref}.Succeeded || ${ref}.Skipped || ${ref}.Daemoned${extra})`;
};

/** The task's dependencies and its `depends` with every bare name expanded (Argo's expandDependency). */
export const taskLogic = (task: DAGTask, tasks: ReadonlyMap<string, DAGTask>): TaskLogic => {
  const parsed = taskDeps(task);
  if (parsed.depends === undefined) {
    const deps = parsed.dependencies;
    return { deps, logic: deps.length === 0 ? undefined : deps.map((d, i) => expandName(`d${i}`, tasks.get(d))).join(' && ') };
  }
  const deps = parsed.all;
  let logic = task.depends ?? '';
  // Rewrite terms from the end so earlier offsets stay valid.
  for (const term of [...parsed.depends.terms].reverse()) {
    const ref = `d${deps.indexOf(term.task)}`;
    const text = term.result === undefined ? expandName(ref, tasks.get(term.task)) : `${ref}.${term.result}`;
    const end = term.offset + term.task.length + (term.result === undefined ? 0 : term.result.length + 1);
    logic = `${logic.slice(0, term.offset)}${text}${logic.slice(end)}`;
  }
  return { deps, logic };
};

/** What a finished dependency exposes to `depends`; a task group's children decide AnySucceeded/AllFailed. */
export const taskResults = (node: NodeRecord, children: ReadonlyArray<NodeRecord>): TaskResults => ({
  Succeeded: node.phase === 'Succeeded',
  Failed: node.phase === 'Failed',
  Errored: node.phase === 'Error',
  Skipped: node.phase === 'Skipped',
  Omitted: node.phase === 'Omitted',
  Daemoned: node.daemoned,
  AnySucceeded: node.type === 'TaskGroup' && children.some((c) => c.phase === 'Succeeded'),
  AllFailed: node.type === 'TaskGroup' && children.length > 0 && children.every((c) => c.phase === 'Failed'),
});

/** Worst of two phases for a dag's outcome: Error over Failed over anything else. */
const worse = (a: NodePhase, b: NodePhase): NodePhase => (a === 'Error' || b === 'Error' ? 'Error' : a === 'Failed' || b === 'Failed' ? 'Failed' : a);

/**
 * The phase each finished task's branch ends in (Argo's assessDAGPhase): a task that completed gives its
 * own phase; a Skipped or Omitted one inherits the worst of its dependencies' branches.
 */
export const branchPhases = (
  order: ReadonlyArray<string>,
  logic: ReadonlyMap<string, TaskLogic>,
  done: ReadonlyMap<string, NodeRecord>,
): ReadonlyMap<string, NodePhase> => {
  const out = new Map<string, NodePhase>();
  const visit = (name: string): NodePhase | undefined => {
    const known = out.get(name);
    if (known !== undefined) return known;
    const node = done.get(name);
    if (node === undefined) return undefined;
    let phase: NodePhase = node.phase;
    if (phase === 'Skipped' || phase === 'Omitted') {
      phase = 'Succeeded';
      for (const d of logic.get(name)?.deps ?? []) phase = worse(phase, visit(d) ?? 'Succeeded');
    }
    out.set(name, phase);
    return phase;
  };
  for (const name of order) visit(name);
  return out;
};
