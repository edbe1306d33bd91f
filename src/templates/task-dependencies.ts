import type { ArgNode, TaskDependency } from '../core/template-node.js';
import type { Scope } from '../core/scope.js';
import { scanNodeRefs } from '../typed-refs/interpolate.js';

const NONE: ReadonlyArray<TaskDependency> = Object.freeze([]);

/** Adds a dependency unless it is the task itself or already there. */
const add = (found: TaskDependency[], self: string, own: Scope, name: string, scope: Scope, via: TaskDependency['via']): void => {
  if (name === self && scope === own) return;
  for (let i = 0; i < found.length; i++) if (found[i]!.name === name && found[i]!.scope === scope) return;
  found.push(Object.freeze({ name, scope, via }));
};

/** Text the user wrote names tasks of the dag it is in. */
const addText = (found: TaskDependency[], self: string, own: Scope, text: string, via: TaskDependency['via']): void => {
  for (const r of scanNodeRefs(text)) if (r.owner === 'tasks') add(found, self, own, r.node, own, via);
};

/**
 * What task `self` of the dag `own` waits on, each task once, in order: its `after` handles, then the
 * tasks its arguments read, then those its `when` reads. A typed ref names its task and dag; text the
 * user wrote (`'{{tasks.a.outputs.result}}'`, `expr(...)`, `when`) is read once here, so interpreters
 * never parse `{{...}}` back. Refs to its own outputs are no dependency: interpreters report them.
 * Plain loops and no closures: this runs for every task of 10,000-task dags.
 */
export const taskDependencies = (
  self: string,
  own: Scope,
  after: ReadonlyArray<{ readonly name: string; readonly scope: Scope }> | undefined,
  args: ReadonlyArray<ArgNode>,
  when: string | undefined,
): ReadonlyArray<TaskDependency> => {
  const found: TaskDependency[] = [];
  if (after !== undefined) for (let i = 0; i < after.length; i++) add(found, self, own, after[i]!.name, after[i]!.scope, 'after');
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const typed = a.refs[0];
    // A typed ref is the whole value; only text and raw expressions need reading.
    if (typed === undefined || typed.kind === 'expression') {
      if (a.value.includes('{{')) addText(found, self, own, a.value, 'arguments');
    } else if (typed.kind === 'output' && typed.owner === 'tasks') add(found, self, own, typed.node, typed.scope, 'arguments');
  }
  if (when !== undefined) addText(found, self, own, when, 'when');
  return found.length === 0 ? NONE : Object.freeze(found);
};
