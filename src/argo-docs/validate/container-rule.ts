import type { Report } from './problem.js';
import { describeType, field, isRecord, list, listField, pathIndex, pathKey, str, strField } from '../../argo-model/json-value.js';
import { fieldNameError } from './names-rule.js';
import type { TemplateSite } from './validate-context.js';
import { findCycle } from '../../core/graph.js';

// Names of containers Argo adds to every pod (REFERENCE §4.23).
const RESERVED_CONTAINER_NAMES: ReadonlyArray<string> = ['wait', 'supervisor'];

const checkMounts = (
  report: Report,
  site: TemplateSite,
  owner: unknown,
  ownerPath: string,
  label: string,
): Map<string, string> => {
  const mounts = new Map<string, string>();
  listField(owner, 'volumeMounts').forEach((m, i) => {
    const p = strField(m, 'mountPath');
    const prev = mounts.get(p);
    if (prev !== undefined)
      report({
        template: site.name,
        path: pathKey(pathIndex(pathKey(ownerPath, 'volumeMounts'), i), 'mountPath'),
        rule: 'mount-path',
        message: `mountPath '${p}' already mounted in ${prev}; mount each path once`,
      });
    else mounts.set(p, `${label}.volumeMounts.${strField(m, 'name')}`);
  });
  return mounts;
};

const checkImage = (report: Report, site: TemplateSite, kind: 'container' | 'script', defaults: unknown): void => {
  const c = field(site.node, kind);
  if (!isRecord(c)) {
    report({
      template: site.name,
      path: pathKey(site.path, kind),
      rule: 'type',
      message: `${kind} must be a map (found ${describeType(c)})`,
    });
    return;
  }
  if (strField(c, 'image') === '' && strField(field(defaults, kind), 'image') === '')
    report({
      template: site.name,
      path: pathKey(pathKey(site.path, kind), 'image'),
      rule: 'image',
      message: `templates.${site.name}.${kind}.image may not be empty; set image: (e.g. busybox) or give spec.templateDefaults.${kind}.image`,
    });
};

const checkContainerNames = (report: Report, site: TemplateSite, key: 'sidecars' | 'initContainers'): void => {
  listField(site.node, key).forEach((c, i) => {
    const at = pathKey(pathIndex(pathKey(site.path, key), i), 'name');
    const name = strField(c, 'name');
    if (name === '')
      report({
        template: site.name,
        path: at,
        rule: 'template-name',
        message: `${key} must all have container name; add name:`,
      });
    else if (RESERVED_CONTAINER_NAMES.includes(name))
      report({
        template: site.name,
        path: at,
        rule: 'reserved-name',
        message: `"${name}" is a reserved Argo container name; rename the ${key === 'sidecars' ? 'sidecar' : 'init container'}`,
      });
  });
};

const checkContainerSet = (report: Report, site: TemplateSite): void => {
  const cs = field(site.node, 'containerSet');
  const at = pathKey(site.path, 'containerSet');
  const w = { template: site.name };
  if (!isRecord(cs)) {
    report({
      ...w,
      path: at,
      rule: 'type',
      message: `containerSet must be a map with containers (found ${describeType(cs)})`,
    });
    return;
  }
  const containers = listField(cs, 'containers');
  if (containers.length === 0) {
    report({
      ...w,
      path: pathKey(at, 'containers'),
      rule: 'container-set',
      message: 'containers must have at least one container; add one named main',
    });
    return;
  }
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const namePath = pathKey(pathIndex(pathKey(at, 'containers'), i), 'name');
    const name = strField(c, 'name');
    if (name === '') {
      report({
        ...w,
        path: namePath,
        rule: 'template-name',
        message: 'containerSet container name is required; add name:',
      });
      return;
    }
    const err = fieldNameError(name);
    if (err !== undefined)
      report({ ...w, path: namePath, rule: 'template-name', message: `containerSet container ${err}` });
    if (names.has(name))
      report({
        ...w,
        path: namePath,
        rule: 'template-name',
        message: `containerSet container name '${name}' is not unique; rename one`,
      });
    if (RESERVED_CONTAINER_NAMES.includes(name))
      report({
        ...w,
        path: namePath,
        rule: 'reserved-name',
        message: `"${name}" is a reserved Argo container name; rename the container`,
      });
    names.add(name);
  });
  checkMounts(report, site, cs, at, 'containerSet');
  const graph = new Map<string, ReadonlyArray<string>>();
  containers.forEach((c, i) => {
    const name = strField(c, 'name');
    const deps = listField(c, 'dependencies').map((d) => str(d) ?? '');
    graph.set(name, deps);
    deps.forEach((d, j) => {
      if (!names.has(d))
        report({
          ...w,
          path: pathIndex(pathKey(pathIndex(pathKey(at, 'containers'), i), 'dependencies'), j),
          rule: 'container-set',
          message: `containers.${name} dependency '${d}' not defined; name one of: ${[...names].join(', ')}`,
        });
    });
  });
  const cycle = findCycle(graph);
  if (cycle !== undefined)
    report({
      ...w,
      path: pathKey(at, 'containers'),
      rule: 'container-set',
      message: `containers dependency cycle detected: ${cycle.join(' -> ')}; remove one of these dependencies`,
    });
  const inputs = field(site.node, 'inputs');
  const outputs = field(site.node, 'outputs');
  const needsMain =
    listField(inputs, 'artifacts').length > 0 ||
    listField(outputs, 'parameters').length > 0 ||
    listField(outputs, 'artifacts').length > 0;
  if (needsMain && !names.has('main'))
    report({
      ...w,
      path: pathKey(at, 'containers'),
      rule: 'container-set',
      message:
        'containerSet.containers must have a container named "main" for input or output; rename the container that reads inputs or writes outputs to main',
    });
};

/** REFERENCE §4.22–§4.24: images, mount paths, reserved names, containerSet. */
export const checkContainers = (report: Report, site: TemplateSite, templateDefaults: unknown): void => {
  const t = site.node;
  if (field(t, 'container') !== undefined && field(t, 'container') !== null) {
    checkImage(report, site, 'container', templateDefaults);
    const c = field(t, 'container');
    const mounts = checkMounts(report, site, c, pathKey(site.path, 'container'), 'container');
    list(field(field(t, 'inputs'), 'artifacts')).forEach((a, i) => {
      const p = strField(a, 'path');
      if (p === '') return;
      const prev = mounts.get(p);
      if (prev !== undefined)
        report({
          template: site.name,
          path: pathKey(pathIndex(pathKey(pathKey(site.path, 'inputs'), 'artifacts'), i), 'path'),
          rule: 'mount-path',
          message: `input artifact path '${p}' already mounted in ${prev}; load the artifact somewhere else`,
        });
      else mounts.set(p, `inputs.artifacts.${strField(a, 'name')}`);
    });
  }
  if (field(t, 'script') !== undefined && field(t, 'script') !== null)
    checkImage(report, site, 'script', templateDefaults);
  if (field(t, 'containerSet') !== undefined && field(t, 'containerSet') !== null) checkContainerSet(report, site);
  checkContainerNames(report, site, 'sidecars');
  checkContainerNames(report, site, 'initContainers');
};
