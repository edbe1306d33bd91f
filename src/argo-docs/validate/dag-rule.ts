import { describeType, field, isRecord, list, listField, pathIndex, pathKey, str, strField } from '../../argo-model/json-value.js';
import { checkArguments } from './arguments-rule.js';
import { calleeHint } from './call-hint.js';
import { dependsOn, findCycles } from '../../core/graph.js';
import { taskDeps } from './dag-graph.js';
import type { TaskDeps } from './dag-graph.js';
import { ITEM_RESULTS, TASK_RESULTS } from './depends-expression.js';
import { isParameterTag } from './global-scope.js';
import { checkHooks } from './hooks-rule.js';
import { checkInputsSupplied } from './inputs-rule.js';
import { checkLoops, isLooped } from './loops-rule.js';
import { checkNamedList } from './names-rule.js';
import { scopeBuilder } from './scope.js';
import type { VariableScope } from './scope.js';
import { collectTaggedStrings, SKIP_INLINE } from './tagged-strings.js';
import { resolveCallee } from './template-ref-rule.js';
import type { Callee } from './template-ref-rule.js';
import type { DocContext, TemplateSite } from './validate-context.js';
import { callOutputsTest, checkVariables } from './variables-rule.js';
import type { CallOutputs } from './variables-rule.js';

// crd-full-workflows.yaml: dag.tasks minItems 1, maxItems 200.
const MAX_TASKS = 200;
const NONE: ReadonlySet<string> = new Set();
const STATUS_KEY = /^tasks\.([^.]+)\.status$/;

interface Task {
  readonly node: Readonly<Record<string, unknown>>;
  readonly path: string;
  readonly name: string;
  readonly deps: TaskDeps;
}

const checkDependencies = (
  ctx: DocContext,
  site: TemplateSite,
  tasks: ReadonlyArray<Task>,
  byName: ReadonlyMap<string, Task>,
): void => {
  const usingDepends = tasks.some((t) => t.deps.depends !== undefined);
  const known = [...byName.keys()].slice(0, 20);
  for (const t of tasks) {
    const w = { template: site.name, task: t.name };
    const dependsPath = (): string => pathKey(t.path, 'depends');
    if ((usingDepends || t.deps.dependencies.length > 0) && /^[0-9]/.test(t.name))
      ctx.report({
        ...w,
        path: pathKey(t.path, 'name'),
        rule: 'dag-task-digit',
        message: `templates.${site.name}.tasks.${t.name} name cannot begin with a digit when using either 'depends' or 'dependencies'; rename it (e.g. task-${t.name})`,
      });
    if (usingDepends && t.deps.dependencies.length > 0)
      ctx.report({
        ...w,
        path: pathKey(t.path, 'dependencies'),
        rule: 'dag-depends-mix',
        message: `templates.${site.name} cannot use both 'depends' and 'dependencies' in the same DAG template; rewrite dependencies: [a, b] as depends: "a && b"`,
      });
    if (usingDepends && field(t.node, 'continueOn') !== undefined && field(t.node, 'continueOn') !== null)
      ctx.report({
        ...w,
        path: pathKey(t.path, 'continueOn'),
        rule: 'dag-depends-mix',
        message: `templates.${site.name} cannot use 'continueOn' when using 'depends'. Instead use 'dep-task.Failed'/'dep-task.Errored' in the depends of the tasks that follow`,
      });
    const d = t.deps.depends;
    if (d?.error !== undefined)
      ctx.report({
        ...w,
        path: dependsPath(),
        rule: 'depends-syntax',
        message: `depends "${strField(t.node, 'depends')}" is not a valid expression: ${d.error}. Write task names joined by && and ||, e.g. "a && (b.Failed || c)"`,
      });
    for (const term of d?.terms ?? []) {
      if (term.result !== undefined && !TASK_RESULTS.includes(term.result))
        ctx.report({
          ...w,
          path: dependsPath(),
          rule: 'dag-task-result',
          message: `task result '${term.result}' for task '${term.task}' is invalid; use one of ${TASK_RESULTS.join(', ')}`,
        });
      const dep = byName.get(term.task);
      if (term.result !== undefined && ITEM_RESULTS.includes(term.result) && dep !== undefined && !isLooped(dep.node))
        ctx.report({
          ...w,
          path: dependsPath(),
          rule: 'dag-dependency',
          message: `templates.${site.name}.tasks.${t.name} dependency '${term.task}' uses an items-based condition such as .AnySucceeded or .AllFailed but does not contain any items; use .Succeeded/.Failed or loop '${term.task}'`,
        });
    }
    for (const name of t.deps.all)
      if (!byName.has(name))
        ctx.report({
          ...w,
          path:
            d !== undefined && d.terms.some((x) => x.task === name) ? dependsPath() : pathKey(t.path, 'dependencies'),
          rule: 'dag-dependency',
          message: `templates.${site.name}.tasks.${t.name} dependency '${name}' not defined; name one of: ${known.join(', ')}`,
        });
  }
};

/** REFERENCE §4.41 (validateDAGTaskArgumentDependency). */
const checkArgumentAncestry = (
  ctx: DocContext,
  site: TemplateSite,
  t: Task,
  isAncestor: (name: string) => boolean,
): void => {
  const args = field(t.node, 'arguments');
  const w = { template: site.name, task: t.name };
  const check = (value: string, what: string, name: string, at: () => string): void => {
    if (!value.startsWith('{{tasks.')) return;
    const ref = value.split('.')[1] ?? '';
    if (!isAncestor(ref))
      ctx.report({
        ...w,
        path: at(),
        rule: 'dag-missing-dependency',
        message: `templates.${site.name}.tasks.${t.name} missing dependency '${ref}' for ${what} '${name}'; add '${ref}' to this task's depends`,
      });
  };
  listField(args, 'parameters').forEach((p, i) =>
    check(
      str(field(p, 'value')) ?? '',
      'parameter',
      strField(p, 'name'),
      () => pathKey(pathIndex(pathKey(pathKey(t.path, 'arguments'), 'parameters'), i), 'value'),
    ),
  );
  listField(args, 'artifacts').forEach((a, i) =>
    check(
      strField(a, 'from'),
      'artifact',
      strField(a, 'name'),
      () => pathKey(pathIndex(pathKey(pathKey(t.path, 'arguments'), 'artifacts'), i), 'from'),
    ),
  );
};

/** REFERENCE §4.34–§4.41: dag templates. Returns the scope the template's outputs see. */
export const checkDag = (
  ctx: DocContext,
  site: TemplateSite,
  tscope: VariableScope,
  checkInline: (s: TemplateSite) => void,
): VariableScope => {
  const dag = field(site.node, 'dag');
  const at = pathKey(site.path, 'dag');
  // Outputs of every task, looked up on demand (filled below, before any tag is checked).
  const calls = new Map<string, Array<CallOutputs>>();
  const sharedScope: VariableScope = { exact: NONE, prefixes: NONE, test: callOutputsTest('tasks.', calls), parent: tscope };
  if (!isRecord(dag)) {
    ctx.report({
      template: site.name,
      path: at,
      rule: 'type',
      message: `dag must be a map with tasks (found ${describeType(dag)})`,
    });
    return sharedScope;
  }
  const tasksPath = pathKey(at, 'tasks');
  const raw = field(dag, 'tasks');
  if (raw !== undefined && raw !== null && !Array.isArray(raw))
    ctx.report({
      template: site.name,
      path: tasksPath,
      rule: 'type',
      message: `dag.tasks must be a list (found ${describeType(raw)})`,
    });
  const rawTasks = list(raw);
  if (rawTasks.length === 0)
    ctx.report({
      template: site.name,
      path: tasksPath,
      rule: 'dag-tasks',
      message: `templates.${site.name} must have at least one task; add one under dag.tasks`,
    });
  if (rawTasks.length > MAX_TASKS)
    ctx.report({
      template: site.name,
      path: tasksPath,
      rule: 'crd-limit',
      message: `dag.tasks has ${rawTasks.length} tasks; at most ${MAX_TASKS} are allowed, split it into nested dag templates (variable references of this dag were not checked)`,
    });
  checkNamedList(ctx.report, rawTasks, tasksPath, { what: 'task', style: 'field', template: site.name });
  const tasks: Array<Task> = [];
  const byName = new Map<string, Task>();
  rawTasks.forEach((node, i) => {
    if (!isRecord(node)) return;
    const t: Task = { node, path: pathIndex(tasksPath, i), name: strField(node, 'name'), deps: taskDeps(node) };
    tasks.push(t);
    if (!byName.has(t.name)) byName.set(t.name, t);
  });
  checkDependencies(ctx, site, tasks, byName);
  const graph = new Map<string, ReadonlyArray<string>>();
  for (const [n, t] of byName) graph.set(n, t.deps.all);
  for (const cycle of findCycles(graph))
    ctx.report({
      template: site.name,
      path: tasksPath,
      rule: 'dag-cycle',
      message: `templates.${site.name}.tasks dependency cycle detected: ${cycle.join(' -> ')}; remove one of these dependencies`,
    });

  const callees = new Map<string, Callee>();
  for (const t of tasks) {
    const w = { template: site.name, task: t.name };
    const callee = resolveCallee(ctx, t.node, t.path, w);
    callees.set(t.name, callee);
    const offer: CallOutputs = { callee, aggregate: isLooped(t.node), ancestor: false };
    const same = calls.get(t.name);
    if (same === undefined) calls.set(t.name, [offer]);
    else same.push(offer);
  }

  const target = strField(dag, 'target');
  if (target !== '') {
    checkVariables(ctx.report, [{ value: target, path: pathKey(at, 'target') }], sharedScope, { template: site.name });
    for (const name of target.split(' '))
      if (name !== '' && !isParameterTag(name) && !byName.has(name))
        ctx.report({
          template: site.name,
          path: pathKey(at, 'target'),
          rule: 'dag-target',
          message: `templates.${site.name}.targets: target '${name}' is not defined; name tasks of this dag, separated by spaces`,
        });
  }

  // Ancestry queries are linear per task; over the CRD limit they would make hostile input quadratic.
  const perTask = rawTasks.length > MAX_TASKS ? [] : tasks;
  for (const t of perTask) {
    const w = { template: site.name, task: t.name };
    const callee = callees.get(t.name) ?? { kind: 'unknown' };
    const isAncestor = (name: string): boolean => dependsOn(graph, t.name, name);
    const layer = scopeBuilder();
    if (field(t.node, 'hooks') !== undefined) layer.exact.add(`tasks.${t.name}.status`);
    checkLoops(ctx.report, t.node, t.path, w, layer);
    const argsPath = pathKey(t.path, 'arguments');
    checkArguments(ctx.report, field(t.node, 'arguments'), argsPath, {
      allowEmptyValues: false,
      template: site.name,
      task: t.name,
    });
    checkArgumentAncestry(ctx, site, t, isAncestor);
    if (callee.kind === 'resolved')
      checkInputsSupplied(
        ctx.report,
        callee.template,
        callee.name,
        field(t.node, 'arguments'),
        argsPath,
        w,
        `pass it in this task's arguments.parameters`,
      );
    checkHooks(ctx, t.node, t.path, w);
    const inline = field(t.node, 'inline');
    if (isRecord(inline))
      checkInline({ node: inline, path: pathKey(t.path, 'inline'), name: `${site.name}.${t.name}(inline)` });
    const sites = collectTaggedStrings(t.node, t.path, SKIP_INLINE);
    if (sites.length === 0) continue;
    const hint = (key: string): string | undefined => {
      if (!key.startsWith('tasks.')) return undefined;
      const [, x = '', ...rest] = key.split('.');
      if (!byName.has(x)) return `template '${site.name}' has no task named '${x}'`;
      if (rest.join('.') === 'status' && !isAncestor(x))
        return `task '${x}' is not an ancestor of '${t.name}'; add '${x}' to its depends to read its status`;
      return calleeHint('task', x, rest.join('.'), callees.get(x));
    };
    // Outputs of every task are already shared; an ancestor adds its status (REFERENCE §4.41).
    const scope: VariableScope = {
      exact: layer.exact,
      prefixes: layer.prefixes,
      test: (key) => {
        const m = STATUS_KEY.exec(key);
        return m !== null && isAncestor(m[1] as string);
      },
      parent: sharedScope,
    };
    checkVariables(ctx.report, sites, scope, w, hint);
  }
  return sharedScope;
};
