import type { Where } from './problem.js';
import { describeType, field, isRecord, listField, pathKey, str, strField } from '../../argo-model/json-value.js';
import type { JsonRecord } from '../../argo-model/json-value.js';
import type { DocContext, TemplateRegistry } from './validate-context.js';
import { hasTag } from '../../core/tag-scanner.js';

// model

/** What a step, task, hook or entrypoint calls. */
export type Callee =
  | { readonly kind: 'resolved'; readonly template: JsonRecord; readonly name: string }
  /** Not checkable offline (external WorkflowTemplate, `{{...}}` in the reference) or already reported. */
  | { readonly kind: 'unknown' };

const UNKNOWN: Callee = { kind: 'unknown' };

export const findTemplate = (spec: unknown, name: string): JsonRecord | undefined =>
  listField(spec, 'templates').find((t): t is JsonRecord => isRecord(t) && field(t, 'name') === name);

/** Looks a WorkflowTemplate up in the registry; undefined when it is not available offline. */
export const registrySpec = (registry: TemplateRegistry, name: string, clusterScope: boolean): JsonRecord | undefined =>
  (clusterScope ? registry.cluster : registry.namespaced).get(name);

const resolveRef = (ctx: DocContext, ref: unknown, at: string, w: Where): Callee => {
  const report = (path: string, message: string): Callee => {
    ctx.report({ ...w, path, rule: 'template-ref', message });
    return UNKNOWN;
  };
  if (!isRecord(ref))
    return report(at, `templateRef must be a map with name and template (found ${describeType(ref)})`);
  const name = strField(ref, 'name');
  const tmpl = strField(ref, 'template');
  if (name === '')
    return report(pathKey(at, 'name'), 'templateRef resource name is required; set name: to the WorkflowTemplate name');
  if (tmpl === '')
    return report(
      pathKey(at, 'template'),
      'templateRef template name is required; set template: to a template of that WorkflowTemplate',
    );
  if (hasTag(name) || hasTag(tmpl)) return UNKNOWN;
  const cluster = field(ref, 'clusterScope') === true;
  const spec = registrySpec(ctx.registry, name, cluster);
  if (spec === undefined) return UNKNOWN;
  const target = findTemplate(spec, tmpl);
  if (target === undefined) {
    const names = listField(spec, 'templates').map((t) => strField(t, 'name'));
    return report(
      pathKey(at, 'template'),
      `template reference ${name}.${tmpl} not found; ${cluster ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate'} ${name} has: ${names.join(', ')}`,
    );
  }
  return { kind: 'resolved', template: target, name: tmpl };
};

/** Resolves a local template name, reporting `template name 'x' undefined`. */
export const resolveLocal = (ctx: DocContext, name: string, at: string, w: Where): Callee => {
  if (hasTag(name)) return UNKNOWN;
  const site = ctx.templates.get(name);
  if (site !== undefined) return { kind: 'resolved', template: site.node, name };
  if (ctx.openTemplates) return UNKNOWN;
  const known = [...ctx.templates.keys()];
  ctx.report({
    ...w,
    path: at,
    rule: 'template-ref',
    message: `template name '${name}' undefined; ${known.length === 0 ? 'define it under spec.templates' : `use one of: ${known.slice(0, 20).join(', ')}`}`,
  });
  return UNKNOWN;
};

/**
 * REFERENCE §4.16: the template a step, task or hook calls (`template`, `templateRef` or `inline`).
 */
export const resolveCallee = (ctx: DocContext, holder: unknown, at: string, w: Where): Callee => {
  const name = str(field(holder, 'template')) ?? '';
  const ref = field(holder, 'templateRef');
  const inline = field(holder, 'inline');
  if (ref !== undefined && ref !== null) {
    if (name !== '') {
      ctx.report({
        ...w,
        path: pathKey(at, 'template'),
        rule: 'template-ref',
        message: 'template name cannot be specified with templateRef; keep one of them',
      });
      return UNKNOWN;
    }
    return resolveRef(ctx, ref, pathKey(at, 'templateRef'), w);
  }
  if (name !== '') return resolveLocal(ctx, name, pathKey(at, 'template'), w);
  if (isRecord(inline)) return { kind: 'resolved', template: inline, name: `${w.task ?? 'inline'}(inline)` };
  ctx.report({
    ...w,
    path: at,
    rule: 'template-ref',
    message: 'no template to call; set template:, templateRef: or inline:',
  });
  return UNKNOWN;
};
