import type { CallNode, TaskDependency } from '../core/template-node.js';
import type { RefSource, Scope } from '../core/scope.js';
import { conditionRefs } from '../core/condition-node.js';
import { dependsTasks, type DependsNode } from '../core/depends-node.js';
import { scanNodeRefs } from '../core/tag-scanner.js';

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

/** A typed ref: an output of a task names its task and dag; an expression gives what it reads. */
const addSource = (found: TaskDependency[], self: string, own: Scope, r: RefSource, via: TaskDependency['via']): void => {
  if (r.kind === 'output' && r.owner === 'tasks') add(found, self, own, r.node, r.scope, via);
  else if (r.kind === 'expression') {
    for (let i = 0; i < r.reads.length; i++) addSource(found, self, own, r.reads[i]!, via);
    for (let i = 0; i < r.names.length; i++) if (r.names[i]!.owner === 'tasks') add(found, self, own, r.names[i]!.node, own, via);
  }
};

/** The typed refs of a value, or, for a value that is no ref, the `{{...}}` text the user wrote. */
const addRefs = (
  found: TaskDependency[],
  self: string,
  own: Scope,
  refs: ReadonlyArray<RefSource>,
  text: string | undefined,
  via: TaskDependency['via'],
): void => {
  if (refs.length === 0 && text !== undefined && text.includes('{{')) addText(found, self, own, text, via);
  for (let i = 0; i < refs.length; i++) addSource(found, self, own, refs[i]!, via);
};

/**
 * What task `self` of the dag `own` waits on, each task once, in order: the tasks its `depends` names, its
 * `after` handles, then the tasks its arguments read, then those its `when`, its loop and its hooks' typed
 * expressions read. A typed ref names its task and dag; text the
 * user wrote (`'{{tasks.a.outputs.result}}'`, a raw `when`) is read once here, a raw `expr(...)` when it is built, so interpreters
 * never parse `{{...}}` back. Refs to its own outputs are no dependency: interpreters report them.
 * Plain loops and no closures: this runs for every task of 10,000-task dags.
 */
export const taskDependencies = (
  self: string,
  own: Scope,
  order: {
    readonly depends: DependsNode | undefined;
    readonly after: ReadonlyArray<{ readonly name: string; readonly scope: Scope }> | undefined;
  },
  call: Pick<CallNode, 'arguments' | 'when' | 'loop' | 'hooks'>,
): ReadonlyArray<TaskDependency> => {
  const found: TaskDependency[] = [];
  const { after } = order;
  const args = call.arguments;
  if (order.depends !== undefined) for (const d of dependsTasks(order.depends)) add(found, self, own, d.name, d.scope, 'depends');
  if (after !== undefined) for (let i = 0; i < after.length; i++) add(found, self, own, after[i]!.name, after[i]!.scope, 'after');
  for (let i = 0; i < args.length; i++) addRefs(found, self, own, args[i]!.refs, args[i]!.value, 'arguments');
  const { when, loop } = call;
  if (typeof when === 'string') addText(found, self, own, when, 'when');
  else if (when !== undefined) addRefs(found, self, own, conditionRefs(when), undefined, 'when');
  if (loop?.kind === 'WithParam') addRefs(found, self, own, loop.refs, loop.value, 'loop');
  else if (loop?.kind === 'WithSequence') {
    addRefs(found, self, own, loop.refs, [loop.count, loop.start, loop.end].join(' '), 'loop');
  }
  const hooks = call.hooks;
  if (hooks !== undefined) {
    for (let i = 0; i < hooks.length; i++) {
      const read = hooks[i]!.hook.expressionSource;
      if (read !== undefined) addSource(found, self, own, read, 'hooks');
    }
  }
  return found.length === 0 ? NONE : Object.freeze(found);
};
