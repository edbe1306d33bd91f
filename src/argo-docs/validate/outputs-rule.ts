import type { Report } from './problem.js';
import { describeType, field, has, isRecord, listField, pathIndex, pathKey, strField } from '../../argo-model/json-value.js';
import { isParameterTag } from './global-scope.js';
import { checkNamedList, paramNameError } from './names-rule.js';
import { checkArtifactShape } from './artifacts-rule.js';
import { isLeaf, templateType } from './template-type-rule.js';
import type { TemplateSite } from './validate-context.js';

const SOURCES = ['path', 'jqFilter', 'jsonPath', 'parameter', 'expression'] as const;

const checkGlobalName = (report: Report, site: TemplateSite, o: unknown, at: string): void => {
  const g = strField(o, 'globalName');
  if (g === '' || isParameterTag(g)) return;
  const err = paramNameError(g);
  if (err !== undefined)
    report({ template: site.name, path: pathKey(at, 'globalName'), rule: 'param-name', message: `globalName ${err}` });
};

/** REFERENCE §4.28: output parameters need exactly one source fitting the template type. */
export const checkOutputs = (report: Report, site: TemplateSite): void => {
  const outputs = field(site.node, 'outputs');
  if (outputs === undefined || outputs === null) return;
  const at = pathKey(site.path, 'outputs');
  const w = { template: site.name };
  if (!isRecord(outputs)) {
    report({
      ...w,
      path: at,
      rule: 'type',
      message: `outputs must be a map with parameters and artifacts (found ${describeType(outputs)})`,
    });
    return;
  }
  const ty = templateType(site.node);
  const paramsPath = pathKey(at, 'parameters');
  const params = listField(outputs, 'parameters');
  checkNamedList(report, params, paramsPath, { what: 'output parameter', style: 'param', template: site.name });
  params.forEach((p, i) => {
    if (!isRecord(p)) return;
    const pp = pathIndex(paramsPath, i);
    const name = strField(p, 'name');
    const ref = `templates.${site.name}.outputs.parameters.${name}`;
    checkGlobalName(report, site, p, pp);
    const vf = field(p, 'valueFrom');
    if (has(p, 'value') && vf !== undefined && vf !== null) {
      report({
        ...w,
        path: pp,
        rule: 'output-parameter',
        message: `${ref} has both valueFrom and value specified, choose one`,
      });
      return;
    }
    if (has(p, 'value')) return;
    if (!isRecord(vf)) {
      report({
        ...w,
        path: pp,
        rule: 'output-parameter',
        message: `${ref} does not have valueFrom or value specified; add valueFrom: {path: /tmp/${name}} or value:`,
      });
      return;
    }
    const vfPath = pathKey(pp, 'valueFrom');
    const present = [...SOURCES.filter((k) => strField(vf, k) !== ''), ...(has(vf, 'supplied') ? ['supplied'] : [])];
    if (present.length === 0)
      report({
        ...w,
        path: vfPath,
        rule: 'output-parameter',
        message: `${ref}: valueFrom type unspecified. choose one of: path, jqFilter, jsonPath, parameter, expression, supplied`,
      });
    else if (present.length > 1)
      report({
        ...w,
        path: vfPath,
        rule: 'output-parameter',
        message: `${ref}: multiple valueFrom types specified (${present.join(', ')}). choose one`,
      });
    if (ty === 'container' || ty === 'containerSet' || ty === 'script') {
      if (strField(vf, 'path') === '')
        report({
          ...w,
          path: vfPath,
          rule: 'output-parameter',
          message: `${ref}.path must be specified for ${ty} templates; write the value to a file and set valueFrom.path`,
        });
    } else if (ty === 'resource') {
      if (strField(vf, 'jqFilter') === '' && strField(vf, 'jsonPath') === '')
        report({
          ...w,
          path: vfPath,
          rule: 'output-parameter',
          message: `${ref} .jqFilter or jsonPath must be specified for resource templates`,
        });
    } else if (ty === 'steps' || ty === 'dag') {
      const hasParam = strField(vf, 'parameter') !== '';
      const hasExpr = strField(vf, 'expression') !== '';
      if (!hasParam && !hasExpr)
        report({
          ...w,
          path: vfPath,
          rule: 'output-parameter',
          message: `${ref}.parameter or expression must be specified for ${ty} templates, e.g. parameter: "{{${ty === 'dag' ? 'tasks' : 'steps'}.<name>.outputs.parameters.<p>}}"`,
        });
      else if (hasParam && hasExpr)
        report({
          ...w,
          path: vfPath,
          rule: 'output-parameter',
          message: `${ref} shouldn't have both \`parameter\` and \`expression\` specified in \`valueFrom\` for ${ty} templates`,
        });
    }
  });
  const artsPath = pathKey(at, 'artifacts');
  const arts = listField(outputs, 'artifacts');
  checkNamedList(report, arts, artsPath, { what: 'output artifact', style: 'param', template: site.name });
  arts.forEach((a, i) => {
    if (!isRecord(a)) return;
    const ap = pathIndex(artsPath, i);
    if (!isLeaf(ty) && strField(a, 'path') !== '')
      report({
        ...w,
        path: pathKey(ap, 'path'),
        rule: 'output-parameter',
        message: `templates.${site.name}.outputs.artifacts.${strField(a, 'name')}.path only valid in container/script templates; use from: instead`,
      });
    checkGlobalName(report, site, a, ap);
    checkArtifactShape(report, a, ap, w);
  });
};
