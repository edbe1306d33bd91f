// What a Skipped or Omitted step or task exposes to the ones after it. Argo (v3.7.16 / v4.0.7) treats the
// outputs of a node that never ran as absent, except an output parameter with `valueFrom.default`, which
// reads as that default.
import type { NodeOutputs } from './local-node.js';
import { resolveTemplate, type TemplateHolder } from './resolve-template.js';
import type { RunState, TemplateContext } from './run-state.js';

/** The `valueFrom.default` of each output parameter of the template `holder` names; undefined when none has one. */
export const passedOutputs = (run: RunState, holder: TemplateHolder, context: TemplateContext): NodeOutputs | undefined => {
  const resolved = resolveTemplate(run, holder, context);
  // A template that does not resolve has no declared defaults; the run reports the name only if the node runs.
  if (typeof resolved === 'string') return undefined;
  const defaults = (resolved.template.outputs?.parameters ?? []).flatMap((p) => {
    const value = p.valueFrom?.default;
    return value === undefined ? [] : [[p.name, value] as const];
  });
  return defaults.length === 0 ? undefined : { parameters: Object.fromEntries(defaults), artifacts: {} };
};
