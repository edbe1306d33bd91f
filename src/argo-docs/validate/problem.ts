import type { Problem as CoreProblem } from '../../core/problem.js';

// model

/**
 * Every rule the validator knows, keyed by a stable id. `ref` points at the rule's number in
 * Argo's validation notes (REFERENCE.md §4) or at the CRD (`crd-full-workflows.yaml`).
 *
 * @category model
 */
export const RULES = {
  document: { ref: '§4 (document shape)', title: 'document is an Argo object with metadata and spec' },
  type: { ref: 'schema.json', title: 'field has the JSON type Argo expects' },
  'metadata-name': { ref: '§4.1', title: 'metadata.name is set, DNS-1123 and short enough' },
  'template-name': { ref: '§4.2', title: 'template, step, task and container names' },
  'param-name': { ref: '§4.3', title: 'parameter and artifact names' },
  entrypoint: { ref: '§4.4', title: 'entrypoint is set and names a template' },
  'workflow-template-ref': { ref: '§4.5', title: 'workflowTemplateRef excludes local templates' },
  'argument-value': { ref: '§4.6', title: 'arguments have value or valueFrom' },
  'argument-value-from': { ref: '§4.7', title: 'argument valueFrom sources' },
  'argument-enum': { ref: '§4.8', title: 'argument enum' },
  'argument-artifact': { ref: '§4.9', title: 'argument artifacts have a source' },
  'on-exit': { ref: '§4.10', title: 'onExit names a template' },
  hooks: { ref: '§4.11', title: 'lifecycle hooks' },
  'pod-gc': { ref: '§4.12', title: 'podGC strategy and podResources' },
  'executor-plugins': { ref: '§4.13', title: 'executorPlugins' },
  cron: { ref: '§4.14', title: 'CronWorkflow schedule, timezone and policies' },
  'event-binding': { ref: 'WorkflowEventBindingSpec (swagger.json)', title: 'WorkflowEventBinding selector and submit' },
  'template-type': { ref: '§4.15', title: 'exactly one template type' },
  'template-ref': { ref: '§4.16', title: 'template and templateRef references resolve' },
  inline: { ref: 'docs/inline-templates.md', title: 'inline templates nest only once' },
  'retry-policy': { ref: '§4.17', title: 'retryStrategy.retryPolicy' },
  timeout: { ref: '§4.18', title: 'timeout only on leaf templates, as a duration' },
  'active-deadline': { ref: '§4.19', title: 'activeDeadlineSeconds only on leaf templates' },
  parallelism: { ref: '§4.20', title: 'parallelism only on steps and dag templates' },
  'pod-fields': { ref: '§4.21', title: 'resourceClaims and podResources placement' },
  image: { ref: '§4.22', title: 'container and script image' },
  'mount-path': { ref: '§4.22', title: 'volume mount paths do not collide' },
  'reserved-name': { ref: '§4.23', title: 'reserved Argo container names' },
  'container-set': { ref: '§4.24', title: 'containerSet containers and dependencies' },
  resource: { ref: '§4.25', title: 'resource templates' },
  'input-artifact': { ref: '§4.26', title: 'input artifacts' },
  'inputs-supplied': { ref: '§4.27', title: 'inputs are supplied by the caller' },
  'output-parameter': { ref: '§4.28', title: 'output parameter sources' },
  metrics: { ref: '§4.29', title: 'Prometheus metrics' },
  'artifact-location': { ref: '§4.30', title: 'artifact locations' },
  loops: { ref: '§4.31', title: 'withItems / withParam / withSequence' },
  steps: { ref: '§4.32', title: 'steps structure' },
  'dag-tasks': { ref: '§4.34', title: 'DAG has unique tasks' },
  'dag-depends-mix': { ref: '§4.35', title: 'depends excludes dependencies and continueOn' },
  'dag-task-digit': { ref: '§4.36', title: 'task names do not start with a digit' },
  'dag-dependency': { ref: '§4.37', title: 'dependencies name existing tasks' },
  'dag-task-result': { ref: '§4.38', title: 'task results in depends' },
  'depends-syntax': { ref: '§5 depends grammar', title: 'depends expression syntax' },
  'dag-cycle': { ref: '§4.39', title: 'no dependency cycles' },
  'dag-target': { ref: '§4.40', title: 'dag.target names tasks' },
  'dag-missing-dependency': { ref: '§4.41', title: 'task arguments reference ancestors only' },
  variables: { ref: '§4.33, §4.41, §4.42', title: 'variable references resolve in scope' },
  'removed-field': { ref: '§0 (fields removed in Argo v4)', title: 'fields Argo v4 no longer reads' },
  'crd-limit': { ref: 'crd-full-workflows.yaml', title: 'CRD enums, patterns and size limits' },
  internal: { ref: '-', title: 'validator failure (a bug in tiphys)' },
} as const;

/** @category model */
export type RuleId = keyof typeof RULES;

/**
 * One thing wrong with a document: a core `Problem` whose document, path and rule are always set.
 * `path` is the dotted path of the offending field (`spec.templates[2].dag.tasks[1].depends`);
 * `message` says what is wrong and how to fix it.
 *
 * @category model
 */
export interface ValidationProblem extends CoreProblem {
  /** The file (or other origin) the document came from. */
  readonly source?: string;
  readonly document: string;
  readonly path: string;
  readonly rule: RuleId;
}

/** The template and step/task a finding belongs to. */
export interface Where {
  readonly template?: string;
  readonly task?: string;
}

/** What a rule reports; the document and source are filled in by the document context. */
export interface Finding {
  readonly path: string;
  readonly rule: RuleId;
  readonly message: string;
  readonly template?: string;
  readonly task?: string;
}

/** Where rules send their findings. */
export type Report = (f: Finding) => void;
