import { entries, field, has, isRecord, list, listField, str, strField } from '../../argo-model/json-value.js';
import type { JsonRecord } from '../../argo-model/json-value.js';
import { scopeOf } from './scope.js';
import type { VariableScope } from './scope.js';
import type { ArgoKind } from '../import/argo-kinds.js';
import type { TemplateRegistry } from './validate-context.js';

/** `{{...}}` anywhere in a name: Argo then defers the check to run time (`isParameter`). */
export const PARAMETER_TAG = /\{\{[-a-zA-Z0-9]+(\.[-a-zA-Z0-9_]+)*\}\}/;
export const isParameterTag = (s: string): boolean => PARAMETER_TAG.test(s);

// Always accepted by Argo's resolveAllVariables, whatever the template.
const ALWAYS_ACCEPTED: ReadonlyArray<string> = [
  'outputs.',
  'workflow.creationTimestamp',
  'workflow.scheduledTime',
  'workflow.duration',
  'tasks.name',
  'steps.name',
  'node.name',
];

// Labels and annotations Argo itself puts on a Workflow created from a CronWorkflow.
const CRON_LABELS = ['workflows.argoproj.io/cron-workflow'];
const CRON_ANNOTATIONS = ['workflows.argoproj.io/scheduled-time'];

const keysOf = (u: unknown): ReadonlyArray<string> => entries(u).map(([k]) => k);

/** Every template object in a spec, inline ones included. */
export const allTemplates = (spec: unknown): ReadonlyArray<JsonRecord> => {
  const out: Array<JsonRecord> = [];
  const stack: Array<unknown> = [...listField(spec, 'templates')];
  let guard = 0;
  while (stack.length > 0 && guard++ < 100_000) {
    const t = stack.pop();
    if (!isRecord(t)) continue;
    out.push(t);
    for (const group of listField(t, 'steps'))
      for (const step of list(field(group, 'steps') ?? group)) stack.push(field(step, 'inline'));
    for (const task of listField(field(t, 'dag'), 'tasks')) stack.push(field(task, 'inline'));
  }
  return out;
};

/** Every templateRef used by steps and tasks of a spec. */
const templateRefs = (spec: unknown): ReadonlyArray<unknown> => {
  const refs: Array<unknown> = [];
  for (const t of allTemplates(spec)) {
    for (const group of listField(t, 'steps'))
      for (const step of list(field(group, 'steps') ?? group)) refs.push(field(step, 'templateRef'));
    for (const task of listField(field(t, 'dag'), 'tasks')) refs.push(field(task, 'templateRef'));
  }
  return refs.filter(isRecord);
};

const lookupRef = (registry: TemplateRegistry, ref: unknown): JsonRecord | undefined => {
  const name = strField(ref, 'name');
  return field(ref, 'clusterScope') === true ? registry.cluster.get(name) : registry.namespaced.get(name);
};

const hasExitHandler = (spec: unknown): boolean => {
  if (strField(spec, 'onExit') !== '' || has(spec, 'hooks')) return true;
  return allTemplates(spec).some((t) => {
    const holders = [
      ...listField(t, 'steps').flatMap((g) => list(field(g, 'steps') ?? g)),
      ...listField(field(t, 'dag'), 'tasks'),
    ];
    return holders.some((h) => strField(h, 'onExit') !== '' || has(h, 'hooks'));
  });
};

/**
 * The global scope of a document (REFERENCE §4.42 / §5 variables): workflow.* variables,
 * declared workflow parameters, labels, annotations and global outputs.
 */
export const globalScope = (kind: ArgoKind, doc: JsonRecord, spec: JsonRecord, registry: TemplateRegistry): VariableScope => {
  const exact = new Set<string>([
    'workflow.name',
    'workflow.namespace',
    'workflow.mainEntrypoint',
    'workflow.serviceAccountName',
    'workflow.uid',
    'workflow.status',
    'workflow.labels',
    'workflow.labels.json',
    'workflow.annotations',
    'workflow.annotations.json',
  ]);
  const prefixes = new Set<string>(ALWAYS_ACCEPTED);
  const metadata = field(doc, 'metadata');
  const wfRef = field(spec, 'workflowTemplateRef');
  const refSpec = isRecord(wfRef) ? lookupRef(registry, wfRef) : undefined;
  const specs = refSpec === undefined ? [spec] : [spec, refSpec];

  if (kind === 'WorkflowTemplate' || kind === 'ClusterWorkflowTemplate') prefixes.add('workflow.parameters');
  if (isRecord(wfRef) && refSpec === undefined) {
    // The referenced template is not available offline: anything it declares may be referenced.
    prefixes.add('workflow.parameters');
    prefixes.add('workflow.labels.');
    prefixes.add('workflow.annotations.');
    prefixes.add('workflow.outputs.');
  }
  const params = specs.flatMap((s) => listField(field(s, 'arguments'), 'parameters'));
  if (params.length > 0) {
    exact.add('workflow.parameters');
    exact.add('workflow.parameters.json');
  }
  for (const p of params) {
    const n = strField(p, 'name');
    if (n !== '') exact.add(`workflow.parameters.${n}`);
  }

  const wfMeta = specs.map((s) => field(s, 'workflowMetadata'));
  const labelSources = [
    field(metadata, 'labels'),
    ...wfMeta.flatMap((m) => [field(m, 'labels'), field(m, 'labelsFrom')]),
  ];
  const annotationSources = [field(metadata, 'annotations'), ...wfMeta.map((m) => field(m, 'annotations'))];
  const labels = labelSources.flatMap(keysOf);
  const annotations = annotationSources.flatMap(keysOf);
  if (kind === 'CronWorkflow') {
    labels.push(...CRON_LABELS, ...keysOf(field(field(doc, 'spec'), 'workflowMetadata')));
    annotations.push(...CRON_ANNOTATIONS);
  }
  for (const k of labels) exact.add(`workflow.labels.${k}`);
  for (const k of annotations) exact.add(`workflow.annotations.${k}`);
  if (specs.some((s) => has(s, 'priority'))) exact.add('workflow.priority');
  if (hasExitHandler(spec) || (refSpec !== undefined && hasExitHandler(refSpec))) exact.add('workflow.failures');

  const producers = specs.flatMap(allTemplates);
  for (const ref of specs.flatMap(templateRefs)) {
    const target = lookupRef(registry, ref);
    if (target === undefined) prefixes.add('workflow.outputs.');
    else producers.push(...allTemplates(target));
  }
  for (const t of producers) {
    for (const [what, key] of [
      ['parameters', 'parameters'],
      ['artifacts', 'artifacts'],
    ] as const) {
      for (const o of listField(field(t, 'outputs'), key)) {
        const g = str(field(o, 'globalName'));
        if (g === undefined || g === '') continue;
        if (isParameterTag(g)) prefixes.add(`workflow.outputs.${what}.`);
        else exact.add(`workflow.outputs.${what}.${g}`);
      }
    }
  }
  return scopeOf(exact, prefixes);
};
