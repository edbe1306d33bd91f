import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Finding } from './problem.js';
import { describeType, field, has, isRecord, listField, pathKey, strField } from '../../argo-model/json-value.js';
import type { TemplateSite } from './validate-context.js';
import { hasTag } from '../../core/tag-scanner.js';

// crd-full-workflows.yaml: resource.action and resource.mergeStrategy enums.
const ACTIONS = ['get', 'create', 'apply', 'delete', 'replace', 'patch'];
const MERGE_STRATEGIES = ['strategic', 'merge', 'json'];

// Argo substitutes every tag with a placeholder before parsing the manifest.
const withPlaceholders = (m: string): string => m.replace(/\{\{[\s\S]*?\}\}/g, 'placeholder');

// `yaml` loads on the first resource manifest, not with the validator: it is a tenth of `tiphys build`'s start-up.
let yaml: typeof Yaml | undefined;
const parseAllDocuments: typeof Yaml.parseAllDocuments = (...args) =>
  (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml).parseAllDocuments(...args);

const manifestError = (m: string): string | undefined => {
  try {
    const docs = parseAllDocuments(withPlaceholders(m), { strict: false, uniqueKeys: false });
    const first = Array.isArray(docs) ? docs[0] : undefined;
    const err = first?.errors[0];
    return err === undefined ? undefined : err.message.split('\n')[0];
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
};

/** REFERENCE §4.25: resource templates. */
export const checkResource = (report: (f: Finding) => void, site: TemplateSite): void => {
  const r = field(site.node, 'resource');
  if (r === undefined || r === null) return;
  const at = pathKey(site.path, 'resource');
  const w = { template: site.name };
  if (!isRecord(r)) {
    report({
      ...w,
      path: at,
      rule: 'type',
      message: `resource must be a map with action and manifest (found ${describeType(r)})`,
    });
    return;
  }
  const action = strField(r, 'action');
  if (!hasTag(action) && !ACTIONS.includes(action))
    report({
      ...w,
      path: pathKey(at, 'action'),
      rule: 'resource',
      message: `templates.${site.name}.resource.action must be one of: ${ACTIONS.join(', ')} (found '${action}')`,
    });
  const merge = field(r, 'mergeStrategy');
  if (merge !== undefined && merge !== null && merge !== '' && !MERGE_STRATEGIES.includes(String(merge)))
    report({
      ...w,
      path: pathKey(at, 'mergeStrategy'),
      rule: 'crd-limit',
      message: `resource.mergeStrategy '${String(merge)}' is not valid; use one of ${MERGE_STRATEGIES.join(', ')}`,
    });
  const manifest = strField(r, 'manifest');
  const from = field(r, 'manifestFrom');
  const hasFrom = from !== undefined && from !== null;
  if (manifest !== '' && hasFrom)
    report({
      ...w,
      path: at,
      rule: 'resource',
      message:
        "shouldn't have both `manifest` and `manifestFrom` specified in `Manifest` for resource template; keep one",
    });
  else if (action !== 'delete' && action !== 'get' && manifest === '' && !hasFrom)
    report({
      ...w,
      path: at,
      rule: 'resource',
      message: `either templates.${site.name}.resource.manifest or templates.${site.name}.resource.manifestFrom must be specified for action '${action}'`,
    });
  if (hasFrom && has(from, 'artifact')) {
    const name = strField(field(from, 'artifact'), 'name');
    const inputs = listField(field(site.node, 'inputs'), 'artifacts').map((a) => strField(a, 'name'));
    if (!inputs.includes(name))
      report({
        ...w,
        path: pathKey(pathKey(pathKey(at, 'manifestFrom'), 'artifact'), 'name'),
        rule: 'resource',
        message: `artifact ${name} in \`manifestFrom\` refer to a non-exist artifact; declare it in inputs.artifacts of template '${site.name}'`,
      });
  }
  if (manifest !== '') {
    const err = manifestError(manifest);
    if (err !== undefined)
      report({
        ...w,
        path: pathKey(at, 'manifest'),
        rule: 'resource',
        message: `templates.${site.name}.resource.manifest must be a valid yaml: ${err}`,
      });
  }
};
