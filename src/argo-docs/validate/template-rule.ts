import { field, pathKey } from '../../argo-model/json-value.js';
import { checkArtifactLocation, checkArtifactShape } from './artifacts-rule.js';
import { checkContainers } from './container-rule.js';
import { checkDag } from './dag-rule.js';
import { checkInputs } from './inputs-rule.js';
import { checkMetrics } from './metrics-rule.js';
import { checkOutputs } from './outputs-rule.js';
import { checkResource } from './resource-rule.js';
import { checkSteps } from './steps-rule.js';
import { collectTaggedStrings } from './tagged-strings.js';
import { checkTemplateFields } from './template-fields-rule.js';
import { checkTemplateType, templateType } from './template-type-rule.js';
import type { DocContext, TemplateSite } from './validate-context.js';
import { checkVariables, templateScope } from './variables-rule.js';

/**
 * Every template-level rule (REFERENCE §4.15–§4.42) for one template and its inline templates. Argo
 * inlines once (docs: inline templates): an inline template inside an inline template does not run,
 * so it is reported and not walked, which also bounds the walk of a hostile document.
 */
export const checkTemplate = (ctx: DocContext, site: TemplateSite, depth = 0): void => {
  if (depth > 1) {
    ctx.report({
      template: site.name,
      path: site.path,
      rule: 'inline',
      message: 'an inline template inside an inline template does not run (Argo inlines only once); move the outer one to spec.templates and call it by name',
    });
    return;
  }
  const t = site.node;
  checkTemplateType(ctx.report, site);
  checkTemplateFields(ctx.report, site);
  checkInputs(ctx.report, site);
  checkContainers(ctx.report, site, field(ctx.spec, 'templateDefaults'));
  checkResource(ctx.report, site);
  checkOutputs(ctx.report, site);
  checkMetrics(ctx.report, t, site.path, site.name);
  const archive = field(t, 'archiveLocation');
  if (archive !== undefined && archive !== null) {
    checkArtifactLocation(ctx.report, archive, pathKey(site.path, 'archiveLocation'), { template: site.name });
    checkArtifactShape(ctx.report, archive, pathKey(site.path, 'archiveLocation'), { template: site.name });
  }

  const tscope = templateScope(t, ctx.globalScope);
  const inline = (s: TemplateSite): void => checkTemplate(ctx, s, depth + 1);
  const ty = templateType(t);
  const w = { template: site.name };
  if (ty === 'steps' || ty === 'dag') {
    const after = ty === 'steps' ? checkSteps(ctx, site, tscope, inline) : checkDag(ctx, site, tscope, inline);
    checkVariables(ctx.report, collectTaggedStrings(field(t, 'outputs'), pathKey(site.path, 'outputs')), after, w);
  } else if (ty !== undefined) {
    // Leaf templates: Argo checks the whole serialised template against the template's scope.
    checkVariables(ctx.report, collectTaggedStrings(t, site.path), tscope, w);
  }
};
