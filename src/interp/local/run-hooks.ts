// Lifecycle hooks with an `expression` (every hook but `exit`), as Argo's operator: the expression is read
// while the node it watches runs (`steps.X.status == "Running"`, `workflow.status == "Running"`) and again
// once it has finished; each hook's template runs once, the first time its expression holds. The node's
// caller waits for the hooks it fired before going on.
import type { LifecycleHook } from '../../argo-model/generated/index.js';
import { resolveArguments } from './call-arguments.js';
import { executeTemplate } from './execute-template.js';
import { evaluateExpression } from './run-expressions.js';
import { finishNode, startNode, type NodeRecord } from './run-state.js';
import type { Scope } from './run-scope.js';
import type { MemberSite } from './run-member.js';
import type { LocalEvent } from './run-events.js';

/** Where hook nodes run; without `parent` they hang under the watched node (workflow-level hooks). */
export type HookSite = Pick<MemberSite, 'run' | 'context' | 'signal' | 'slots'> & {
  readonly parent?: NodeRecord;
  readonly boundary: string | undefined;
};

/** The hooks of one node, watched from before it starts. */
export interface HookWatch {
  /** Reads the hooks not fired yet with the finished node's `scope`, then waits for every hook fired. */
  readonly settle: (node: NodeRecord, scope: Scope) => Promise<void>;
}

/**
 * Watches the expression hooks of the node `nodeName` (about to start): when it starts Running, those whose
 * expression holds in `runningScope(node)` fire; `settle` reads the others once it has finished.
 */
export const watchHooks = (
  site: HookSite,
  hooks: Readonly<Record<string, LifecycleHook>> | undefined,
  nodeName: string,
  runningScope: (node: NodeRecord) => Scope,
): HookWatch => {
  const names = Object.keys(hooks ?? {})
    .filter((n) => n !== 'exit' && hooks?.[n]?.expression !== undefined)
    .sort();
  const fired = new Set<string>();
  const pending: Array<Promise<unknown>> = [];
  // While the node runs, an expression that cannot be read yet (an output not there) is simply not true.
  const fire = (node: NodeRecord, scope: Scope, running: boolean): void => {
    for (const hookName of names) {
      if (fired.has(hookName)) continue;
      const spec = { name: `${node.name}.hooks.${hookName}`, displayName: `${node.displayName}.hooks.${hookName}`, parent: site.parent ?? node, boundary: site.boundary };
      try {
        if (evaluateExpression(hooks?.[hookName]?.expression ?? '', scope) !== true) continue;
      } catch (e) {
        if (running) continue;
        fired.add(hookName);
        finishNode(site.run, startNode(site.run, { ...spec, type: 'Pod' }), 'Error', e instanceof Error ? e.message : String(e));
        continue;
      }
      fired.add(hookName);
      pending.push(runHook(site, hooks?.[hookName] ?? {}, spec, scope));
    }
  };
  if (names.length === 0) return { settle: async () => {} };
  const listener = (event: LocalEvent): void => {
    if (event.type !== 'Started' || event.node !== nodeName) return;
    // After the emit: a node that is started and failed at once (a bad template) was never Running.
    queueMicrotask(() => {
      const node = site.run.nodes.get(nodeName);
      if (node?.phase === 'Running') fire(node, runningScope(node), true);
    });
  };
  site.run.listeners.push(listener);
  return {
    settle: async (node, scope) => {
      site.run.listeners.splice(site.run.listeners.indexOf(listener), 1);
      fire(node, scope, false);
      await Promise.all(pending);
    },
  };
};

const runHook = async (
  site: HookSite,
  hook: LifecycleHook,
  spec: { name: string; displayName: string; parent: NodeRecord; boundary: string | undefined },
  scope: Scope,
): Promise<NodeRecord> => {
  try {
    const args = resolveArguments(hook.arguments, scope);
    if (typeof args === 'string') return finishNode(site.run, startNode(site.run, { ...spec, type: 'Pod' }), 'Error', args);
    return await executeTemplate(site.run, { ...spec, holder: hook, context: site.context, args, signal: site.signal, slots: site.slots });
  } catch (e) {
    return finishNode(site.run, startNode(site.run, { ...spec, type: 'Pod' }), 'Error', e instanceof Error ? e.message : String(e));
  }
};
