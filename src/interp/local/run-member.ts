// One member of a steps group or a dag, after loop expansion: its `when`, its arguments, its template,
// then its exit handler (`onExit` or `hooks.exit`) and expression hooks.
import type { Arguments, ContinueOn, LifecycleHook, Template, TemplateRef } from '../../argo-model/generated/index.js';
import { resolveArguments } from './call-arguments.js';
import { executeTemplate } from './execute-template.js';
import { evaluateWhen, substitute } from './run-expressions.js';
import { passNode, finishNode, startNode, type NodeRecord, type RunState, type TemplateContext } from './run-state.js';
import type { RunSemaphore } from './run-semaphore.js';
import { layer, type Scope } from './run-scope.js';
import { watchHooks, type HookWatch } from './run-hooks.js';
import { exposeNode } from './node-scope.js';
import { passedOutputs } from './passed-outputs.js';

/** The fields steps and dag tasks share. */
export interface Member {
  readonly name?: string;
  readonly template?: string;
  readonly templateRef?: TemplateRef;
  readonly inline?: Template;
  readonly arguments?: Arguments;
  readonly when?: string;
  readonly continueOn?: ContinueOn;
  readonly onExit?: string;
  readonly hooks?: Readonly<Record<string, LifecycleHook>>;
}

/** Where members of one steps/dag node run. */
export interface MemberSite {
  readonly run: RunState;
  /** The node new members hang under (a step group, the dag, a task group). */
  readonly parent: NodeRecord;
  /** The steps/dag node. */
  readonly boundary: string;
  readonly context: TemplateContext;
  readonly signal: AbortSignal;
  readonly slots: RunSemaphore;
  /** `steps` or `tasks`: how later members refer to this one. */
  readonly prefix: 'steps' | 'tasks';
}

/** Whether a member proceeds past a node in `phase` (`continueOn`). */
export const continuesOn = (m: Member, phase: string): boolean =>
  (phase === 'Failed' && m.continueOn?.failed === true) || (phase === 'Error' && m.continueOn?.error === true);

/** Runs a member under `name` in `scope` (the item's variables already in it). */
export const runMember = async (site: MemberSite, m: Member, name: string, displayName: string, scope: Scope): Promise<NodeRecord> => {
  const { run } = site;
  const spec = { name, displayName, templateName: m.template, parent: site.parent, boundary: site.boundary };
  const prefix = `${site.prefix}.${m.name ?? ''}`;
  // Its hooks read the member's own status and outputs (`steps.X.outputs.parameters.p` in an exit hook's arguments).
  const own = (node: NodeRecord): Scope => {
    const vars = layer(scope);
    exposeNode(run, vars, prefix, node);
    return vars;
  };
  let hooks: HookWatch | undefined;
  let node: NodeRecord;
  try {
    const when = m.when === undefined ? undefined : substitute(m.when, scope);
    if (when !== undefined && !evaluateWhen(when)) return passNode(run, spec, 'Skipped', `when '${when}' evaluated false`, passedOutputs(run, m, site.context));
    const args = resolveArguments(m.arguments, scope);
    if (typeof args === 'string') return finishNode(run, startNode(run, { ...spec, type: 'Pod' }), 'Error', args);
    hooks = watchHooks(site, m.hooks, name, own);
    node = await executeTemplate(run, { ...spec, holder: m, context: site.context, args, signal: site.signal, slots: site.slots });
  } catch (e) {
    node = finishNode(run, startNode(run, { ...spec, type: 'Pod' }), 'Error', e instanceof Error ? e.message : String(e));
    await hooks?.settle(node, own(node));
    return node;
  }
  const exit: LifecycleHook | undefined = m.onExit !== undefined ? { template: m.onExit } : m.hooks?.['exit'];
  const finished = own(node);
  await hooks.settle(node, finished);
  if (exit !== undefined) await runExit(site, exit, node, finished);
  return node;
};

/** A member's exit handler, run whatever the member's phase: `<node>.onExit`. */
const runExit = async (site: MemberSite, hook: LifecycleHook, node: NodeRecord, scope: Scope): Promise<NodeRecord> => {
  const spec = { name: `${node.name}.onExit`, displayName: `${node.displayName}.onExit`, parent: site.parent, boundary: site.boundary };
  const args = resolveArguments(hook.arguments, scope);
  if (typeof args === 'string') return finishNode(site.run, startNode(site.run, { ...spec, type: 'Pod' }), 'Error', args);
  return executeTemplate(site.run, { ...spec, holder: hook, context: site.context, args, signal: site.signal, slots: site.slots });
};
