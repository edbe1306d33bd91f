// Which template a step, task, hook or exit handler runs: by name in the current context, by
// `templateRef` in a WorkflowTemplate given to the run, or inline; `spec.templateDefaults` under it.
import type { Template, TemplateRef } from '../../argo-model/generated/index.js';
import type { RunState, TemplateContext } from './run-state.js';
import { NODE_TYPE, templateKind, type TemplateKind } from './template-kind.js';

/** How a caller names the template it runs (the fields steps, tasks and hooks share). */
export interface TemplateHolder {
  readonly template?: string;
  readonly templateRef?: TemplateRef;
  readonly inline?: Template;
}

export interface ResolvedTemplate {
  readonly template: Template;
  /** Where the template's own calls resolve. */
  readonly context: TemplateContext;
  /** The name its node reports (`templateName`). */
  readonly name: string;
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);

/** `defaults` under `value`: objects merge key by key, anything else in `value` wins (Argo's templateDefaults). */
const mergeDefaults = (defaults: unknown, value: unknown): unknown => {
  if (!isRecord(defaults) || !isRecord(value)) return value === undefined ? defaults : value;
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(value)) out[k] = mergeDefaults(defaults[k], v);
  return out;
};

const KINDS = Object.keys(NODE_TYPE) as ReadonlyArray<TemplateKind>;

/**
 * `spec.templateDefaults` under `t`, keeping `t`'s own kind only, as Argo's SetType does after the merge:
 * a steps template does not become a container because the defaults name one.
 */
const withDefaults = (run: RunState, t: Template): Template => {
  if (run.templateDefaults === undefined) return t;
  const merged = mergeDefaults(run.templateDefaults, t) as Record<string, unknown>;
  const own = templateKind(t);
  if (own === undefined) return merged as Template;
  return Object.fromEntries(Object.entries(merged).filter(([k]) => k === own || !KINDS.includes(k as TemplateKind))) as Template;
};

/** The template `holder` names, or a sentence saying why there is none. */
export const resolveTemplate = (
  run: RunState,
  holder: TemplateHolder,
  context: TemplateContext,
): ResolvedTemplate | string => {
  if (holder.inline !== undefined) return { template: withDefaults(run, holder.inline), context, name: holder.inline.name ?? '' };
  if (holder.templateRef !== undefined) {
    const { name, template, clusterScope = false } = holder.templateRef;
    const kind = clusterScope ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate';
    const lib = run.libraries.find((l) => l.library === name && l.clusterScope === clusterScope);
    if (lib === undefined) {
      return `templateRef names ${kind} '${name ?? ''}', which was not given to the run (pass it in the \`templates\` option)`;
    }
    const found = template === undefined ? undefined : lib.templates.get(template);
    if (found === undefined) return `${kind} '${name ?? ''}' has no template '${template ?? ''}'`;
    return { template: withDefaults(run, found), context: lib, name: template ?? '' };
  }
  const name = holder.template ?? '';
  const found = context.templates.get(name);
  if (found === undefined) {
    const where = context.library === undefined ? 'the workflow' : `WorkflowTemplate '${context.library}'`;
    return `${where} has no template '${name}'`;
  }
  return { template: withDefaults(run, found), context, name };
};
