import type { Report, Where } from './problem.js';
import {
  anyString,
  describeType,
  field,
  has,
  isRecord,
  list,
  listField,
  pathIndex,
  pathKey,
  strField,
} from '../../argo-model/json-value.js';
import { checkArtifactLocation, checkArtifactShape, hasLocation } from './artifacts-rule.js';
import { checkNamedList } from './names-rule.js';
import { isLeaf, templateType } from './template-type-rule.js';
import type { TemplateSite } from './validate-context.js';

// crd-full-workflows.yaml: inputs.parameters maxItems 500.
const MAX_INPUT_PARAMETERS = 500;

/** REFERENCE §4.3 and §4.26: declared inputs of a template. */
export const checkInputs = (report: Report, site: TemplateSite): void => {
  const inputs = field(site.node, 'inputs');
  if (inputs === undefined || inputs === null) return;
  const at = pathKey(site.path, 'inputs');
  const w = { template: site.name };
  if (!isRecord(inputs)) {
    report({
      ...w,
      path: at,
      rule: 'type',
      message: `inputs must be a map with parameters and artifacts (found ${describeType(inputs)})`,
    });
    return;
  }
  const paramsPath = pathKey(at, 'parameters');
  const params = listField(inputs, 'parameters');
  if (params.length > MAX_INPUT_PARAMETERS)
    report({
      ...w,
      path: paramsPath,
      rule: 'crd-limit',
      message: `at most ${MAX_INPUT_PARAMETERS} input parameters are allowed (found ${params.length})`,
    });
  checkNamedList(report, params, paramsPath, { what: 'input parameter', style: 'param', template: site.name });
  params.forEach((p, i) => {
    const pp = pathIndex(paramsPath, i);
    for (const k of ['value', 'default']) {
      const v = field(p, k);
      if (v !== undefined && v !== null && anyString(v) === undefined)
        report({
          ...w,
          path: pathKey(pp, k),
          rule: 'type',
          message: `${k} of input '${strField(p, 'name')}' must be a string (found ${describeType(v)}); quote it`,
        });
    }
    const en = field(p, 'enum');
    if (Array.isArray(en) && en.length === 0)
      report({
        ...w,
        path: pathKey(pp, 'enum'),
        rule: 'argument-enum',
        message: `enum of '${strField(p, 'name')}' should contain at least one value`,
      });
  });
  const leaf = isLeaf(templateType(site.node));
  const artsPath = pathKey(at, 'artifacts');
  const arts = listField(inputs, 'artifacts');
  checkNamedList(report, arts, artsPath, { what: 'input artifact', style: 'param', template: site.name });
  arts.forEach((a, i) => {
    if (!isRecord(a)) return;
    const ap = pathIndex(artsPath, i);
    const ref = `templates.${site.name}.inputs.artifacts.${strField(a, 'name')}`;
    if (!leaf && strField(a, 'path') !== '')
      report({
        ...w,
        path: pathKey(ap, 'path'),
        rule: 'input-artifact',
        message: `${ref}.path only valid in container/script templates; remove path, the leaf templates this one calls choose where to load it`,
      });
    if (strField(a, 'from') !== '' || strField(a, 'fromExpression') !== '')
      report({
        ...w,
        path: pathKey(ap, 'from'),
        rule: 'input-artifact',
        message: `${ref}.from not valid in inputs; pass the artifact from the caller's arguments.artifacts instead`,
      });
    checkArtifactLocation(report, a, ap, w);
    checkArtifactShape(report, a, ap, w);
  });
};

/** Whether an argument of that name is among `items`: a scan for the usual few, a Set for long lists. */
const suppliedNames = (items: ReadonlyArray<unknown>): ((name: string) => boolean) => {
  if (items.length > 16) {
    const names = new Set(items.map((p) => strField(p, 'name')));
    return (name) => names.has(name);
  }
  return (name) => items.some((p) => strField(p, 'name') === name);
};

/**
 * REFERENCE §4.27 (ProcessArgs): every input of `callee` must be supplied by `args`, a value,
 * a default, or a ConfigMap; artifacts unless optional or holding a location.
 */
export const checkInputsSupplied = (
  report: Report,
  callee: unknown,
  calleeName: string,
  args: unknown,
  at: string,
  w: Where,
  how: string,
): void => {
  const inputs = field(callee, 'inputs');
  const argParams = suppliedNames(listField(args, 'parameters'));
  for (const p of list(field(inputs, 'parameters'))) {
    const name = strField(p, 'name');
    if (name === '' || argParams(name)) continue;
    if (has(p, 'value') || has(p, 'default') || has(field(p, 'valueFrom'), 'configMapKeyRef')) continue;
    report({
      ...w,
      path: at,
      rule: 'inputs-supplied',
      message: `templates.${calleeName} inputs.parameters.${name} was not supplied; ${how} (- name: ${name}, value: ...) or give the input a default`,
    });
  }
  const argArts = suppliedNames(listField(args, 'artifacts'));
  for (const a of list(field(inputs, 'artifacts'))) {
    const name = strField(a, 'name');
    if (name === '' || argArts(name) || field(a, 'optional') === true || hasLocation(a)) continue;
    report({
      ...w,
      path: at,
      rule: 'inputs-supplied',
      message: `templates.${calleeName} inputs.artifacts.${name} was not supplied; pass it in arguments.artifacts (- name: ${name}, from: ...), give it a location, or mark it optional: true`,
    });
  }
};
