import type { Report } from './problem.js';
import { describeType, entries, field, has, isRecord, pathKey } from '../../argo-model/json-value.js';
import { createsPod, isLeaf, templateType } from './template-type-rule.js';
import type { TemplateSite } from './validate-context.js';

// crd-full-workflows.yaml: retryStrategy.retryPolicy enum; validate.go accepts '' as well.
const RETRY_POLICIES = ['Always', 'OnFailure', 'OnError', 'OnTransientError'];

/** REFERENCE §4.17: retryStrategy.retryPolicy. Used for templates, spec and templateDefaults. */
export const checkRetryStrategy = (report: Report, owner: unknown, path: string, template?: string): void => {
  const rs = field(owner, 'retryStrategy');
  if (rs === undefined || rs === null) return;
  const w = template === undefined ? {} : { template };
  if (!isRecord(rs)) {
    report({
      ...w,
      path: pathKey(path, 'retryStrategy'),
      rule: 'type',
      message: `retryStrategy must be a map (found ${describeType(rs)})`,
    });
    return;
  }
  const policy = field(rs, 'retryPolicy');
  if (policy === undefined || policy === null || policy === '') return;
  if (typeof policy !== 'string' || !RETRY_POLICIES.includes(policy))
    report({
      ...w,
      path: pathKey(pathKey(path, 'retryStrategy'), 'retryPolicy'),
      rule: 'retry-policy',
      message: `${String(policy)} is not a valid RetryPolicy; use one of ${RETRY_POLICIES.join(', ')}`,
    });
};

const isArgoVariable = (s: string): boolean => s.startsWith('{{') && s.endsWith('}}');

/** crd-full-workflows.yaml: parallelism minimum 1. */
export const checkParallelismValue = (report: Report, owner: unknown, path: string, template?: string): void => {
  const p = field(owner, 'parallelism');
  if (p === undefined || p === null) return;
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 1)
    report({
      ...(template === undefined ? {} : { template }),
      path: pathKey(path, 'parallelism'),
      rule: 'crd-limit',
      message: `parallelism must be an integer of at least 1 (found ${JSON.stringify(p)})`,
    });
};

// podResources (REFERENCE §4.12): only cpu, memory and hugepages-*, and no claims.
export const checkPodResources = (report: Report, owner: unknown, path: string, template?: string): void => {
  const pr = field(owner, 'podResources');
  if (!isRecord(pr)) return;
  const w = template === undefined ? {} : { template };
  const at = pathKey(path, 'podResources');
  if (has(pr, 'claims'))
    report({
      ...w,
      path: pathKey(at, 'claims'),
      rule: 'pod-gc',
      message: 'podResources may not have claims; use resourceClaims instead',
    });
  for (const kind of ['requests', 'limits'])
    for (const [k] of entries(field(pr, kind)))
      if (k !== 'cpu' && k !== 'memory' && !k.startsWith('hugepages-'))
        report({
          ...w,
          path: pathKey(pathKey(at, kind), k),
          rule: 'pod-gc',
          message: `podResources.${kind} only allows cpu, memory and hugepages-* (found '${k}')`,
        });
};

/**
 * REFERENCE §0: v4 reads only `synchronization.mutexes` / `.semaphores`; the server drops the old
 * singular fields silently, so a v3-style lock would simply not be taken.
 */
export const checkSynchronization = (report: Report, owner: unknown, path: string, template?: string): void => {
  const sync = field(owner, 'synchronization');
  for (const [old, now] of [
    ['mutex', 'mutexes'],
    ['semaphore', 'semaphores'],
  ] as const)
    if (has(sync, old))
      report({
        ...(template === undefined ? {} : { template }),
        path: pathKey(pathKey(path, 'synchronization'), old),
        rule: 'removed-field',
        message: `synchronization.${old} was removed in Argo v4 and is ignored; write ${now}: [ ... ] (a list) instead`,
      });
};

/** REFERENCE §4.18–§4.21: fields that only make sense on leaf or on steps/dag templates. */
export const checkTemplateFields = (report: Report, site: TemplateSite): void => {
  const t = site.node;
  const ty = templateType(t);
  const leaf = isLeaf(ty);
  const w = { template: site.name };
  checkRetryStrategy(report, t, site.path, site.name);
  checkSynchronization(report, t, site.path, site.name);

  const timeout = field(t, 'timeout');
  if (timeout !== undefined && timeout !== null && timeout !== '') {
    const at = pathKey(site.path, 'timeout');
    if (!leaf)
      report({
        ...w,
        path: at,
        rule: 'timeout',
        message: `${ty} template doesn't support timeout field; set timeout on the leaf templates it calls, or use activeDeadlineSeconds on the workflow`,
      });
    else if (typeof timeout !== 'string')
      report({
        ...w,
        path: at,
        rule: 'timeout',
        message: `template '${site.name}' timeout must be a duration string such as "30s" or "5m" (found ${describeType(timeout)} ${JSON.stringify(timeout)})`,
      });
    else if (/^[+-]?\d+$/.test(timeout))
      report({
        ...w,
        path: at,
        rule: 'timeout',
        message: `${site.name} has invalid duration format in timeout: '${timeout}' has no unit; write "${timeout}s"`,
      });
  }
  const pending = field(t, 'pendingTimeout');
  if (pending !== undefined && pending !== null && pending !== '' && !leaf)
    report({
      ...w,
      path: pathKey(site.path, 'pendingTimeout'),
      rule: 'timeout',
      message: `${ty} template doesn't support pendingTimeout; set it on the leaf templates it calls`,
    });

  const ads = field(t, 'activeDeadlineSeconds');
  if (ads !== undefined && ads !== null) {
    const at = pathKey(site.path, 'activeDeadlineSeconds');
    if (!leaf)
      report({
        ...w,
        path: at,
        rule: 'active-deadline',
        message: `templates.${site.name}.activeDeadlineSeconds is only valid for leaf templates; move it to the templates this ${ty} calls`,
      });
    else {
      const ok =
        typeof ads === 'number'
          ? Number.isInteger(ads) && ads >= 0
          : typeof ads === 'string' && (/^\d+$/.test(ads) || isArgoVariable(ads));
      if (!ok)
        report({
          ...w,
          path: at,
          rule: 'active-deadline',
          message: `templates.${site.name}.activeDeadlineSeconds must be a positive integer > 0 or an argo variable (found ${JSON.stringify(ads)})`,
        });
    }
  }

  if (has(t, 'parallelism') && leaf && ty !== undefined)
    report({
      ...w,
      path: pathKey(site.path, 'parallelism'),
      rule: 'parallelism',
      message: `templates.${site.name}.parallelism is only valid for steps and dag templates; remove it or limit the calling steps/dag template instead`,
    });
  else checkParallelismValue(report, t, site.path, site.name);

  if (has(t, 'resourceClaims') && ty !== undefined && !createsPod(ty))
    report({
      ...w,
      path: pathKey(site.path, 'resourceClaims'),
      rule: 'pod-fields',
      message: `resourceClaims are only allowed on templates that create a pod (container, containerSet, script, resource, data), not on ${ty} templates`,
    });
  if (has(t, 'podResources') && (ty === 'http' || ty === 'plugin'))
    report({
      ...w,
      path: pathKey(site.path, 'podResources'),
      rule: 'pod-fields',
      message: `podResources are not allowed on ${ty} templates, which run in the agent pod`,
    });
  checkPodResources(report, t, site.path, site.name);
};
