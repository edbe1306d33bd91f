import * as E from 'fp-ts/lib/Either.js';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import type { ValidationProblem } from './problem.js';
import { describeType, field, isRecord, list, pathIndex, strField } from '../../argo-model/json-value.js';
import type { JsonRecord } from '../../argo-model/json-value.js';
import { documentLabel } from '../import/problem-context.js';
import { checkCron } from './cron-rule.js';
import { checkEventBinding } from './event-binding-rule.js';
import { globalScope } from './global-scope.js';
import { checkMetadataName } from './names-rule.js';
import { checkTemplate } from './template-rule.js';
import { registrySpec } from './template-ref-rule.js';
import { ARGO_API_VERSION, ARGO_KINDS, isArgoKind } from '../import/argo-kinds.js';
import type { ArgoKind } from '../import/argo-kinds.js';
import { EMPTY_REGISTRY, makeReporter } from './validate-context.js';
import type { DocContext, TemplateRegistry, TemplateSite, ValidateOptions } from './validate-context.js';
import { checkWorkflowSpec } from './workflow-rule.js';

/** Collects the WorkflowTemplates and ClusterWorkflowTemplates among `docs` for templateRef checks. */
export const templateRegistry = (docs: ReadonlyArray<unknown>): TemplateRegistry => {
  const namespaced = new Map<string, JsonRecord>();
  const cluster = new Map<string, JsonRecord>();
  for (const d of docs) {
    const kind = field(d, 'kind');
    const name = strField(field(d, 'metadata'), 'name');
    const spec = field(d, 'spec');
    if (name === '' || !isRecord(spec)) continue;
    if (kind === 'WorkflowTemplate') namespaced.set(name, spec);
    else if (kind === 'ClusterWorkflowTemplate') cluster.set(name, spec);
  }
  return { namespaced, cluster };
};

const templateSites = (spec: JsonRecord, specPath: string): ReadonlyMap<string, TemplateSite> => {
  const sites = new Map<string, TemplateSite>();
  list(field(spec, 'templates')).forEach((t, i) => {
    const name = strField(t, 'name');
    if (isRecord(t) && !sites.has(name))
      sites.set(name, { node: t, path: pathIndex(`${specPath}.templates`, i), name });
  });
  return sites;
};

const validateInto = (doc: unknown, opts: ValidateOptions, report: DocContext['report']): void => {
  if (!isRecord(doc)) {
    report({
      path: '',
      rule: 'document',
      message: `an Argo document must be a map with apiVersion, kind, metadata and spec (found ${describeType(doc)})`,
    });
    return;
  }
  const kind = field(doc, 'kind');
  if (kind === 'WorkflowEventBinding') {
    validateBinding(doc, report);
    return;
  }
  if (!isArgoKind(kind)) {
    report({
      path: 'kind',
      rule: 'document',
      message: `kind ${JSON.stringify(kind)} is not one of ${ARGO_KINDS.join(', ')}`,
    });
    return;
  }
  if (field(doc, 'apiVersion') !== ARGO_API_VERSION)
    report({
      path: 'apiVersion',
      rule: 'document',
      message: `apiVersion must be ${ARGO_API_VERSION} (found ${JSON.stringify(field(doc, 'apiVersion'))})`,
    });
  checkMetadataName(report, kind, field(doc, 'metadata'));
  const outer = field(doc, 'spec');
  if (!isRecord(outer)) {
    report({
      path: 'spec',
      rule: 'document',
      message: `spec must be a map (found ${describeType(outer)}); add the ${kind} spec`,
    });
    return;
  }
  if (kind === 'CronWorkflow') checkCron(report, outer);
  const spec = kind === 'CronWorkflow' ? field(outer, 'workflowSpec') : outer;
  if (!isRecord(spec)) return;
  const specPath = kind === 'CronWorkflow' ? 'spec.workflowSpec' : 'spec';
  validateSpec(kind, doc, spec, specPath, opts.templatesByName ?? EMPTY_REGISTRY, report);
};

/** A WorkflowEventBinding has no templates: its metadata, its selector and what it submits. */
const validateBinding = (doc: JsonRecord, report: DocContext['report']): void => {
  if (field(doc, 'apiVersion') !== ARGO_API_VERSION)
    report({ path: 'apiVersion', rule: 'document', message: `apiVersion must be ${ARGO_API_VERSION} (found ${JSON.stringify(field(doc, 'apiVersion'))})` });
  checkMetadataName(report, 'WorkflowEventBinding', field(doc, 'metadata'));
  const spec = field(doc, 'spec');
  if (isRecord(spec)) checkEventBinding(report, spec);
  else report({ path: 'spec', rule: 'document', message: `spec must be a map (found ${describeType(spec)}); add the WorkflowEventBinding spec` });
};

const validateSpec = (
  kind: ArgoKind,
  doc: JsonRecord,
  spec: JsonRecord,
  specPath: string,
  registry: TemplateRegistry,
  report: DocContext['report'],
): void => {
  const local = templateSites(spec, specPath);
  const ref = field(spec, 'workflowTemplateRef');
  const refSpec = isRecord(ref)
    ? registrySpec(registry, strField(ref, 'name'), field(ref, 'clusterScope') === true)
    : undefined;
  // With a workflowTemplateRef, entrypoint and onExit name templates of the referenced template.
  const templates = refSpec === undefined ? local : templateSites(refSpec, `(${strField(ref, 'name')}).spec`);
  const ctx: DocContext = {
    kind,
    document: documentLabel(doc),
    spec,
    specPath,
    registry,
    report,
    templates,
    openTemplates: isRecord(ref) && refSpec === undefined,
    globalScope: globalScope(kind, doc, spec, registry),
  };
  checkWorkflowSpec(ctx);
  // Every template, in order, including those with a missing or duplicate name.
  list(field(spec, 'templates')).forEach((t, i) => {
    if (isRecord(t))
      checkTemplate(ctx, {
        node: t,
        path: pathIndex(`${specPath}.templates`, i),
        name: strField(t, 'name') || `#${i}`,
      });
  });
};

/**
 * Validates one Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow or WorkflowEventBinding against
 * Argo's rules (REFERENCE §4) and the CRD limits. Returns every problem found; never throws.
 *
 * @category validation
 */
export const validateDocument = (doc: unknown, opts: ValidateOptions = {}): ReadonlyArray<ValidationProblem> => {
  const problems: Array<ValidationProblem> = [];
  const document = documentLabel(doc);
  const report = makeReporter(document, opts.source, problems);
  try {
    validateInto(doc, opts, report);
  } catch (e) {
    report({
      path: '',
      rule: 'internal',
      message: `the validator failed (${e instanceof Error ? e.message : String(e)}); this is a tiphys bug, please report it with the document`,
    });
  }
  return problems;
};

// Not fp-ts's ReadonlyArray.isNonEmpty: loading that module costs `tiphys build` ~30 ms of start-up.
const isNonEmpty = <A>(xs: ReadonlyArray<A>): xs is ReadonlyNonEmptyArray<A> => xs.length > 0;

/**
 * `validateDocument` as an Either: Left holds all problems, Right the document unchanged.
 *
 * @category validation
 */
export const validate = (
  doc: unknown,
  opts: ValidateOptions = {},
): E.Either<ReadonlyNonEmptyArray<ValidationProblem>, JsonRecord> => {
  const problems = validateDocument(doc, opts);
  if (isNonEmpty(problems)) return E.left(problems);
  // validateDocument reports every non-map document, so a clean one is a map.
  return isRecord(doc)
    ? E.right(doc)
    : E.left([{ document: documentLabel(doc), path: '', rule: 'document', message: 'not a document' }]);
};
