import type { Report } from './problem.js';
import { describeType, field, isRecord, list, listField, pathIndex, pathKey, strField } from '../../argo-model/json-value.js';

// crd-full-workflows.yaml: metrics.prometheus maxItems 100; name and label key pattern;
// gauge.value 1..256 characters; gauge.operation enum.
const MAX_METRICS = 100;
const METRIC_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const MAX_GAUGE_VALUE = 256;
const GAUGE_OPERATIONS = ['Set', 'Add', 'Sub'];

/** REFERENCE §4.29: Prometheus metrics of a template or of the workflow. */
export const checkMetrics = (report: Report, owner: unknown, path: string, template?: string): void => {
  const metrics = field(owner, 'metrics');
  if (metrics === undefined || metrics === null) return;
  const w = template === undefined ? {} : { template };
  const at = pathKey(path, 'metrics');
  if (!isRecord(metrics)) {
    report({
      ...w,
      path: at,
      rule: 'type',
      message: `metrics must be a map with prometheus: [...] (found ${describeType(metrics)})`,
    });
    return;
  }
  const prom = listField(metrics, 'prometheus');
  const promPath = pathKey(at, 'prometheus');
  if (prom.length > MAX_METRICS)
    report({
      ...w,
      path: promPath,
      rule: 'crd-limit',
      message: `at most ${MAX_METRICS} metrics are allowed (found ${prom.length})`,
    });
  prom.forEach((m, i) => {
    const mp = pathIndex(promPath, i);
    const name = strField(m, 'name');
    if (!METRIC_NAME.test(name))
      report({
        ...w,
        path: pathKey(mp, 'name'),
        rule: 'metrics',
        message: `metric name '${name}' is invalid. Metric names must contain alphanumeric characters or '_' and not start with a digit`,
      });
    listField(m, 'labels').forEach((l, j) => {
      const key = strField(l, 'key');
      const lp = pathIndex(pathKey(mp, 'labels'), j);
      if (!METRIC_NAME.test(key))
        report({
          ...w,
          path: pathKey(lp, 'key'),
          rule: 'metrics',
          message: `metric '${name}' label key '${key}' is invalid: keys may only contain alphanumeric characters or '_'`,
        });
      if (strField(l, 'value') === '')
        report({
          ...w,
          path: pathKey(lp, 'value'),
          rule: 'metrics',
          message: `metric '${name}' label '${key}' needs a non-empty value`,
        });
    });
    if (strField(m, 'help') === '')
      report({
        ...w,
        path: pathKey(mp, 'help'),
        rule: 'metrics',
        message: `metric '${name}' must contain a help string under 'help: ' field`,
      });
    const kinds = (['gauge', 'counter', 'histogram'] as const).filter((k) => isRecord(field(m, k)));
    if (kinds.length !== 1)
      report({
        ...w,
        path: mp,
        rule: 'metrics',
        message: `metric '${name}' must have exactly one of gauge, counter or histogram (found ${kinds.length === 0 ? 'none' : kinds.join(', ')})`,
      });
    for (const k of kinds) {
      const body = field(m, k);
      const value = strField(body, 'value');
      const vp = pathKey(pathKey(mp, k), 'value');
      if (value === '')
        report({ ...w, path: vp, rule: 'metrics', message: `metric '${name}' error: missing ${k}.value` });
      if (k === 'gauge') {
        if (value.length > MAX_GAUGE_VALUE)
          report({
            ...w,
            path: vp,
            rule: 'crd-limit',
            message: `metric '${name}' gauge.value is ${value.length} characters long; at most ${MAX_GAUGE_VALUE} are allowed`,
          });
        if (field(body, 'realtime') === true && value.includes('resourcesDuration.'))
          report({
            ...w,
            path: vp,
            rule: 'metrics',
            message: `metric '${name}': 'resourcesDuration.*' metrics cannot be used in real-time gauges; set realtime: false`,
          });
        const op = field(body, 'operation');
        if (op !== undefined && op !== null && op !== '' && !GAUGE_OPERATIONS.includes(String(op)))
          report({
            ...w,
            path: pathKey(pathKey(mp, k), 'operation'),
            rule: 'crd-limit',
            message: `metric '${name}' gauge.operation '${String(op)}' is not valid; use one of ${GAUGE_OPERATIONS.join(', ')}`,
          });
      }
      if (k === 'histogram' && list(field(body, 'buckets')).length === 0)
        report({
          ...w,
          path: pathKey(pathKey(mp, k), 'buckets'),
          rule: 'metrics',
          message: `metric '${name}' error: histogram needs buckets`,
        });
    }
  });
};
