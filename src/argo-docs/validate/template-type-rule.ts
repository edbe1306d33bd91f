import type { Finding } from './problem.js';
import { has } from '../../argo-model/json-value.js';
import type { TemplateSite } from './validate-context.js';

export const TEMPLATE_TYPES = [
  'container',
  'containerSet',
  'steps',
  'script',
  'resource',
  'dag',
  'suspend',
  'data',
  'http',
  'plugin',
] as const;

export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export const templateTypes = (t: unknown): ReadonlyArray<TemplateType> => TEMPLATE_TYPES.filter((k) => has(t, k));

/** The template's type: the first one present, or undefined when none is. */
export const templateType = (t: unknown): TemplateType | undefined => templateTypes(t)[0];

export const isLeaf = (ty: TemplateType | undefined): boolean => ty !== 'steps' && ty !== 'dag';

/** Types whose node runs a pod (REFERENCE §4.21). */
export const createsPod = (ty: TemplateType | undefined): boolean =>
  ty === 'container' || ty === 'containerSet' || ty === 'script' || ty === 'resource' || ty === 'data';

/** Types with `outputs.result` / `exitCode` (REFERENCE §4.33, Template.HasOutput). */
export const hasResult = (ty: TemplateType | undefined): boolean =>
  ty === 'container' || ty === 'containerSet' || ty === 'script' || ty === 'http' || ty === 'data' || ty === 'plugin';

const CHOICES = TEMPLATE_TYPES.join(', ');

/** REFERENCE §4.15: exactly one template type. */
export const checkTemplateType = (report: (f: Finding) => void, site: TemplateSite): void => {
  const types = templateTypes(site.node);
  if (types.length === 0) {
    const legacy = has(site.node, 'template') || has(site.node, 'templateRef');
    report({
      template: site.name,
      path: site.path,
      rule: 'template-type',
      message:
        `template '${site.name}' has no template type; add exactly one of: ${CHOICES}` +
        (legacy
          ? ' (calling another template with template/templateRef directly on a template is no longer supported; call it from a steps or dag template)'
          : ''),
    });
  } else if (types.length > 1) {
    report({
      template: site.name,
      path: site.path,
      rule: 'template-type',
      message: `template '${site.name}' has multiple template types (${types.join(', ')}); keep exactly one, or split it into several templates`,
    });
  }
};
