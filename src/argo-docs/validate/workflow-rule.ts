import {
  describeType,
  entries,
  field,
  isRecord,
  list,
  listField,
  pathIndex,
  pathKey,
  str,
  strField,
} from '../../argo-model/json-value.js';
import type { JsonRecord } from '../../argo-model/json-value.js';
import { checkArguments } from './arguments-rule.js';
import { checkHooks } from './hooks-rule.js';
import { checkInputsSupplied } from './inputs-rule.js';
import { checkMetrics } from './metrics-rule.js';
import { checkNamedList } from './names-rule.js';
import {
  checkParallelismValue,
  checkPodResources,
  checkRetryStrategy,
  checkSynchronization,
} from './template-fields-rule.js';
import { registrySpec, resolveLocal } from './template-ref-rule.js';
import type { DocContext } from './validate-context.js';

// crd-full-workflows.yaml: spec.templates maxItems 200; podGC.strategy and artifactGC.strategy enums.
const MAX_TEMPLATES = 200;
const POD_GC_STRATEGIES = ['', 'OnPodCompletion', 'OnPodSuccess', 'OnWorkflowCompletion', 'OnWorkflowSuccess'];
const ARTIFACT_GC_STRATEGIES = ['', 'OnWorkflowCompletion', 'OnWorkflowDeletion', 'Never'];
const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** REFERENCE §4.12: podGC strategy and label selector. */
const checkPodGC = (ctx: DocContext, spec: JsonRecord, at: string): void => {
  const gc = field(spec, 'podGC');
  if (gc === undefined || gc === null) return;
  const gp = pathKey(at, 'podGC');
  if (!isRecord(gc)) {
    ctx.report({ path: gp, rule: 'type', message: `podGC must be a map with strategy (found ${describeType(gc)})` });
    return;
  }
  const strategy = field(gc, 'strategy');
  if (strategy !== undefined && strategy !== null && !POD_GC_STRATEGIES.includes(String(strategy)))
    ctx.report({
      path: pathKey(gp, 'strategy'),
      rule: 'pod-gc',
      message: `podGC.strategy unknown strategy '${String(strategy)}'; use one of ${POD_GC_STRATEGIES.slice(1).join(', ')}`,
    });
  const sel = field(gc, 'labelSelector');
  if (sel === undefined || sel === null) return;
  const sp = pathKey(gp, 'labelSelector');
  for (const [k, v] of entries(field(sel, 'matchLabels')))
    if (typeof v !== 'string')
      ctx.report({
        path: pathKey(pathKey(sp, 'matchLabels'), k),
        rule: 'pod-gc',
        message: `podGC.labelSelector invalid: matchLabels value for '${k}' must be a string`,
      });
  listField(sel, 'matchExpressions').forEach((e, i) => {
    const ep = pathIndex(pathKey(sp, 'matchExpressions'), i);
    const op = strField(e, 'operator');
    const values = list(field(e, 'values'));
    if (!SELECTOR_OPERATORS.includes(op))
      ctx.report({
        path: pathKey(ep, 'operator'),
        rule: 'pod-gc',
        message: `podGC.labelSelector invalid: "${op}" is not a valid label selector operator; use ${SELECTOR_OPERATORS.join(', ')}`,
      });
    else if ((op === 'In' || op === 'NotIn') && values.length === 0)
      ctx.report({
        path: pathKey(ep, 'values'),
        rule: 'pod-gc',
        message: `podGC.labelSelector invalid: values: must be specified when operator is ${op}`,
      });
    else if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0)
      ctx.report({
        path: pathKey(ep, 'values'),
        rule: 'pod-gc',
        message: `podGC.labelSelector invalid: values: may not be specified when operator is ${op}`,
      });
    if (strField(e, 'key') === '')
      ctx.report({ path: pathKey(ep, 'key'), rule: 'pod-gc', message: 'podGC.labelSelector invalid: key is required' });
  });
};

/** REFERENCE §4.13: each executor plugin names itself and its sidecar container. */
const checkExecutorPlugins = (ctx: DocContext, spec: JsonRecord, at: string): void => {
  const plugins = field(spec, 'executorPlugins');
  if (plugins === undefined || plugins === null) return;
  const pp = pathKey(at, 'executorPlugins');
  if (!Array.isArray(plugins)) {
    ctx.report({
      path: pp,
      rule: 'executor-plugins',
      message: `spec.executorPlugins: must be a list (found ${describeType(plugins)})`,
    });
    return;
  }
  plugins.forEach((p, i) => {
    const ip = pathIndex(pp, i);
    if (strField(field(p, 'metadata'), 'name') === '')
      ctx.report({
        path: pathKey(pathKey(ip, 'metadata'), 'name'),
        rule: 'executor-plugins',
        message: 'spec.executorPlugins: metadata.name is required',
      });
    const c = field(field(field(p, 'spec'), 'sidecar'), 'container');
    if (!isRecord(c))
      ctx.report({
        path: pathKey(ip, 'spec'),
        rule: 'executor-plugins',
        message: 'spec.executorPlugins: spec.sidecar.container is required',
      });
    else if (strField(c, 'image') === '')
      ctx.report({
        path: pathKey(pathKey(pathKey(pathKey(ip, 'spec'), 'sidecar'), 'container'), 'image'),
        rule: 'executor-plugins',
        message: 'spec.executorPlugins: spec.sidecar.container.image is required',
      });
  });
};

/** The arguments a workflow's entrypoint and onExit receive: its own, then the referenced template's. */
const mergedArguments = (ctx: DocContext): JsonRecord => {
  const own = field(ctx.spec, 'arguments');
  const ref = field(ctx.spec, 'workflowTemplateRef');
  const refSpec = isRecord(ref)
    ? registrySpec(ctx.registry, strField(ref, 'name'), field(ref, 'clusterScope') === true)
    : undefined;
  const refArgs = field(refSpec, 'arguments');
  return {
    parameters: [...listField(own, 'parameters'), ...listField(refArgs, 'parameters')],
    artifacts: [...listField(own, 'artifacts'), ...listField(refArgs, 'artifacts')],
  };
};

/** REFERENCE §4.4–§4.13: rules on the WorkflowSpec itself. */
export const checkWorkflowSpec = (ctx: DocContext): void => {
  const spec = ctx.spec;
  const at = ctx.specPath;
  const rawTemplates = field(spec, 'templates');
  const templatesPath = pathKey(at, 'templates');
  if (rawTemplates !== undefined && rawTemplates !== null && !Array.isArray(rawTemplates))
    ctx.report({
      path: templatesPath,
      rule: 'type',
      message: `templates must be a list of templates (found ${describeType(rawTemplates)})`,
    });
  const templates = list(rawTemplates);
  if (templates.length > MAX_TEMPLATES)
    ctx.report({
      path: templatesPath,
      rule: 'crd-limit',
      message: `spec.templates has ${templates.length} templates; at most ${MAX_TEMPLATES} are allowed, move some into WorkflowTemplates`,
    });
  checkNamedList(ctx.report, templates, templatesPath, { what: 'template', style: 'field' });

  const wfRef = field(spec, 'workflowTemplateRef');
  const hasRef = wfRef !== undefined && wfRef !== null;
  if (hasRef) {
    if (!isRecord(wfRef) || strField(wfRef, 'name') === '')
      ctx.report({
        path: pathKey(at, 'workflowTemplateRef'),
        rule: 'workflow-template-ref',
        message: 'workflowTemplateRef.name is required; name the WorkflowTemplate to run',
      });
    if (templates.length > 0)
      ctx.report({
        path: templatesPath,
        rule: 'workflow-template-ref',
        message:
          'Templates is invalid field in spec if workflow referred WorkflowTemplate reference; remove spec.templates or the workflowTemplateRef',
      });
  }

  const entry = field(spec, 'entrypoint');
  const entryPath = pathKey(at, 'entrypoint');
  const isTemplateKind = ctx.kind === 'WorkflowTemplate' || ctx.kind === 'ClusterWorkflowTemplate';
  if (entry !== undefined && entry !== null && typeof entry !== 'string')
    ctx.report({
      path: entryPath,
      rule: 'type',
      message: `entrypoint must be a template name (found ${describeType(entry)})`,
    });
  const entryName = str(entry) ?? '';
  if ((entry === undefined || entry === null || entry === '') && !isTemplateKind && !hasRef)
    ctx.report({
      path: entryPath,
      rule: 'entrypoint',
      message: `spec.entrypoint is required; set it to the template to run first${ctx.templates.size > 0 ? ` (one of: ${[...ctx.templates.keys()].slice(0, 10).join(', ')})` : ''}`,
    });
  const args = mergedArguments(ctx);
  if (entryName !== '') {
    const callee = resolveLocal(ctx, entryName, entryPath, {});
    if (callee.kind === 'resolved' && !isTemplateKind)
      checkInputsSupplied(
        ctx.report,
        callee.template,
        callee.name,
        args,
        entryPath,
        {},
        'pass it in spec.arguments.parameters',
      );
  }
  const onExit = strField(spec, 'onExit');
  if (onExit !== '') {
    const callee = resolveLocal(ctx, onExit, pathKey(at, 'onExit'), {});
    if (callee.kind === 'resolved')
      checkInputsSupplied(
        ctx.report,
        callee.template,
        callee.name,
        args,
        pathKey(at, 'onExit'),
        {},
        'pass it in spec.arguments.parameters',
      );
  }
  // Lint and WorkflowTemplates leave values to the submitter; a CronWorkflow submits on its own.
  checkArguments(ctx.report, field(spec, 'arguments'), pathKey(at, 'arguments'), {
    allowEmptyValues: ctx.kind !== 'CronWorkflow',
  });
  checkHooks(ctx, spec, at, {});
  checkPodGC(ctx, spec, at);
  checkPodResources(ctx.report, spec, at);
  checkExecutorPlugins(ctx, spec, at);
  checkParallelismValue(ctx.report, spec, at);
  checkRetryStrategy(ctx.report, spec, at);
  checkSynchronization(ctx.report, spec, at);
  checkMetrics(ctx.report, spec, at);
  const agc = field(field(spec, 'artifactGC'), 'strategy');
  if (agc !== undefined && agc !== null && !ARTIFACT_GC_STRATEGIES.includes(String(agc)))
    ctx.report({
      path: pathKey(pathKey(at, 'artifactGC'), 'strategy'),
      rule: 'crd-limit',
      message: `artifactGC.strategy '${String(agc)}' is not valid; use one of ${ARTIFACT_GC_STRATEGIES.slice(1).join(', ')}`,
    });
  const defaults = field(spec, 'templateDefaults');
  if (isRecord(defaults)) checkRetryStrategy(ctx.report, defaults, pathKey(at, 'templateDefaults'));
};
