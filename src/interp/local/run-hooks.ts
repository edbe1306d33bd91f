// Lifecycle hooks with an `expression` (every hook but `exit`): evaluated once the node they watch has
// finished, with `steps.X.status` / `tasks.X.status` set; a true expression runs the hook's template once.
import type { LifecycleHook } from '../../argo-model/generated/index.js';
import { resolveArguments } from './call-arguments.js';
import { executeTemplate } from './execute-template.js';
import { evaluateExpression } from './run-expressions.js';
import { finishNode, startNode, type NodeRecord } from './run-state.js';
import type { Scope } from './run-scope.js';
import type { MemberSite } from './run-member.js';

/** Runs the hooks of `node` whose expression holds, in name order; `exit` is the exit handler's. */
export const runHooks = async (
  site: Pick<MemberSite, 'run' | 'parent' | 'boundary' | 'context' | 'signal' | 'slots'>,
  hooks: Readonly<Record<string, LifecycleHook>> | undefined,
  node: NodeRecord,
  scope: Scope,
): Promise<void> => {
  const names = Object.keys(hooks ?? {}).filter((n) => n !== 'exit').sort();
  await Promise.all(
    names.map(async (hookName) => {
      const hook = hooks?.[hookName];
      if (hook?.expression === undefined) return;
      const spec = { name: `${node.name}.hooks.${hookName}`, displayName: `${node.displayName}.hooks.${hookName}`, parent: site.parent, boundary: site.boundary };
      try {
        if (evaluateExpression(hook.expression, scope) !== true) return;
        const args = resolveArguments(hook.arguments, scope);
        if (typeof args === 'string') {
          finishNode(site.run, startNode(site.run, { ...spec, type: 'Pod' }), 'Error', args);
          return;
        }
        await executeTemplate(site.run, { ...spec, holder: hook, context: site.context, args, signal: site.signal, slots: site.slots });
      } catch (e) {
        finishNode(site.run, startNode(site.run, { ...spec, type: 'Pod' }), 'Error', e instanceof Error ? e.message : String(e));
      }
    }),
  );
};
