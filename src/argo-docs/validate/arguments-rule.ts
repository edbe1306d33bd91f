import type { Report, Where } from './problem.js';
import { anyString, describeType, field, has, isRecord, list, pathIndex, pathKey, strField } from '../../argo-model/json-value.js';
import { checkArtifactShape, hasLocation } from './artifacts-rule.js';
import { checkNamedList } from './names-rule.js';
import type { NamedListOptions } from './names-rule.js';
import { hasTag } from '../../core/tag-scanner.js';

export interface ArgumentsOptions {
  /** Lint mode / WorkflowTemplates: spec.arguments may leave values to the submitter (§4.6). */
  readonly allowEmptyValues: boolean;
  readonly template?: string;
  readonly task?: string;
}

/** §4.8 `enum`; shared by arguments and input parameters. */
export const checkEnum = (
  report: Report,
  param: unknown,
  at: string,
  o: { readonly requireValue: boolean; readonly template?: string; readonly task?: string },
): void => {
  if (!has(param, 'enum')) return;
  const w = {
    ...(o.template === undefined ? {} : { template: o.template }),
    ...(o.task === undefined ? {} : { task: o.task }),
  };
  const name = strField(param, 'name');
  const en = field(param, 'enum');
  if (!Array.isArray(en)) {
    report({
      ...w,
      path: pathKey(at, 'enum'),
      rule: 'type',
      message: `enum of '${name}' must be a list of strings (found ${describeType(en)})`,
    });
    return;
  }
  if (en.length === 0) {
    report({
      ...w,
      path: pathKey(at, 'enum'),
      rule: 'argument-enum',
      message: `enum of '${name}' should contain at least one value; list the allowed values or remove enum`,
    });
    return;
  }
  const value = anyString(field(param, 'value'));
  if (value === undefined) {
    if (o.requireValue)
      report({
        ...w,
        path: pathKey(at, 'value'),
        rule: 'argument-enum',
        message: `'${name}' has an enum, so value is required; set value: to one of ${en.map(String).join(', ')}`,
      });
    return;
  }
  if (!hasTag(value) && !en.map((e) => anyString(e)).includes(value))
    report({
      ...w,
      path: pathKey(at, 'value'),
      rule: 'argument-enum',
      message: `value '${value}' of '${name}' should be present in its enum list (${en.map(String).join(', ')}); pick one of those`,
    });
};

// Built without object spread: these run for every step and task, and spreads are slow in V8.
const where = (template: string | undefined, task: string | undefined): Where =>
  template === undefined
    ? task === undefined
      ? {}
      : { task }
    : task === undefined
      ? { template }
      : { template, task };

const namedParams = (what: string, template: string | undefined): NamedListOptions =>
  template === undefined ? { what, style: 'param' } : { what, style: 'param', template };

/** REFERENCE §4.6–§4.9: spec, step and task arguments. */
export const checkArguments = (report: Report, args: unknown, path: string, o: ArgumentsOptions): void => {
  if (args === undefined || args === null) return;
  const w = where(o.template, o.task);
  if (!isRecord(args)) {
    report({
      ...w,
      path,
      rule: 'type',
      message: `arguments must be a map with parameters and artifacts (found ${describeType(args)})`,
    });
    return;
  }
  for (const key of ['parameters', 'artifacts'] as const) {
    const v = field(args, key);
    if (v !== undefined && v !== null && !Array.isArray(v))
      report({
        ...w,
        path: pathKey(path, key),
        rule: 'type',
        message: `arguments.${key} must be a list (found ${describeType(v)})`,
      });
  }
  const paramsPath = pathKey(path, 'parameters');
  const params = list(field(args, 'parameters'));
  checkNamedList(report, params, paramsPath, namedParams('argument parameter', o.template));
  params.forEach((p, i) => {
    if (!isRecord(p)) return;
    const name = strField(p, 'name');
    const value = field(p, 'value');
    if (value !== undefined && value !== null && anyString(value) === undefined)
      report({
        ...w,
        path: pathKey(pathIndex(paramsPath, i), 'value'),
        rule: 'type',
        message: `value of '${name}' must be a string (found ${describeType(value)}); quote it or serialise it as JSON text`,
      });
    if (!has(p, 'value') && !has(p, 'valueFrom') && !o.allowEmptyValues)
      report({
        ...w,
        path: pathIndex(paramsPath, i),
        rule: 'argument-value',
        message: `argument '${name}' needs a value or valueFrom; add value: <text>`,
      });
    const vf = field(p, 'valueFrom');
    if (isRecord(vf)) {
      const allowed = has(vf, 'configMapKeyRef') || strField(vf, 'event') !== '' || has(vf, 'supplied');
      const forbidden = ['path', 'jsonPath', 'parameter', 'expression'].filter((k) => strField(vf, k) !== '');
      if (!allowed || forbidden.length > 0)
        report({
          ...w,
          path: pathKey(pathIndex(paramsPath, i), 'valueFrom'),
          rule: 'argument-value-from',
          message: `valueFrom of argument '${name}' only allows: default, configMapKeyRef and supplied${forbidden.length > 0 ? ` (found ${forbidden.join(', ')}, which only output parameters may use)` : ''}`,
        });
    }
    if (has(p, 'enum')) checkEnum(report, p, pathIndex(paramsPath, i), { requireValue: !o.allowEmptyValues, ...w });
  });
  const artsPath = pathKey(path, 'artifacts');
  const arts = list(field(args, 'artifacts'));
  checkNamedList(report, arts, artsPath, namedParams('argument artifact', o.template));
  arts.forEach((a, i) => {
    if (!isRecord(a)) return;
    const at = pathIndex(artsPath, i);
    const name = strField(a, 'name');
    const from = strField(a, 'from');
    const fromExpression = strField(a, 'fromExpression');
    if (from === '' && fromExpression === '' && !hasLocation(a))
      report({
        ...w,
        path: at,
        rule: 'argument-artifact',
        message: `argument artifact '${name}' needs from, an artifact location or a key; e.g. from: "{{steps.produce.outputs.artifacts.${name}}}"`,
      });
    if (from !== '' && fromExpression !== '')
      report({
        ...w,
        path: at,
        rule: 'argument-artifact',
        message: `argument artifact '${name}' shouldn't have both \`from\` and \`fromExpression\`; keep one`,
      });
    checkArtifactShape(report, a, at, w);
  });
};
