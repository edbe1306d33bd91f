import type { Where } from './problem.js';
import { describeType, entries, field, isRecord, pathKey, strField } from '../../argo-model/json-value.js';
import { resolveCallee, resolveLocal } from './template-ref-rule.js';
import type { DocContext } from './validate-context.js';

/** True when a step/task runs an exit handler (then its own outputs are in its scope). */
export const hasExitHook = (holder: unknown): boolean =>
  strField(holder, 'onExit') !== '' || isRecord(field(field(holder, 'hooks'), 'exit'));

/**
 * REFERENCE §4.11: every hook except `exit` needs an expression; each hook's template resolves.
 * Used for spec.hooks and for the hooks of steps and tasks.
 */
export const checkHooks = (ctx: DocContext, owner: unknown, ownerPath: string, w: Where): void => {
  const hooks = field(owner, 'hooks');
  if (hooks === undefined || hooks === null) return;
  const at = pathKey(ownerPath, 'hooks');
  if (!isRecord(hooks)) {
    ctx.report({
      ...w,
      path: at,
      rule: 'type',
      message: `hooks must be a map from hook name to {template, expression} (found ${describeType(hooks)})`,
    });
    return;
  }
  for (const [name, hook] of entries(hooks)) {
    const hp = pathKey(at, name);
    if (!isRecord(hook)) {
      ctx.report({
        ...w,
        path: hp,
        rule: 'type',
        message: `hook '${name}' must be a map with template and expression (found ${describeType(hook)})`,
      });
      continue;
    }
    if (name !== 'exit' && strField(hook, 'expression') === '')
      ctx.report({
        ...w,
        path: pathKey(hp, 'expression'),
        rule: 'hooks',
        message: `hooks.${name} Expression required; add expression: (e.g. "workflow.status == 'Running'"), or name the hook exit`,
      });
    resolveCallee(ctx, hook, hp, w);
  }
  const onExit = strField(owner, 'onExit');
  if (onExit !== '' && ownerPath !== ctx.specPath) resolveLocal(ctx, onExit, pathKey(ownerPath, 'onExit'), w);
};
