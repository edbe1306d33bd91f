import type { ArgoKind } from '../import/argo-kinds.js';
import type { Finding, ValidationProblem } from './problem.js';
import type { JsonRecord } from '../../argo-model/json-value.js';
import type { VariableScope } from './scope.js';

// model


/**
 * WorkflowTemplates and ClusterWorkflowTemplates other documents may reference through
 * `templateRef` / `workflowTemplateRef`, keyed by metadata.name. Each value is the template's spec.
 * A reference to a name absent from the registry cannot be checked offline and is accepted.
 */
export interface TemplateRegistry {
  readonly namespaced: ReadonlyMap<string, JsonRecord>;
  readonly cluster: ReadonlyMap<string, JsonRecord>;
}

export interface ValidateOptions {
  /** File name or other origin, copied into every problem. */
  readonly source?: string;
  /** Templates available to `templateRef`s (see `templateRegistry`). */
  readonly templatesByName?: TemplateRegistry;
}

/** A template together with where it sits in the document. */
export interface TemplateSite {
  readonly node: JsonRecord;
  readonly path: string;
  /** The template's name, or a description for inline templates. */
  readonly name: string;
}

/** Everything a rule needs to know about the document being validated. */
export interface DocContext {
  readonly kind: ArgoKind;
  readonly document: string;
  readonly spec: JsonRecord;
  /** Path of the WorkflowSpec: `spec`, or `spec.workflowSpec` for a CronWorkflow. */
  readonly specPath: string;
  readonly templates: ReadonlyMap<string, TemplateSite>;
  /** The templates come from a workflowTemplateRef not available offline: unknown names are accepted. */
  readonly openTemplates: boolean;
  readonly registry: TemplateRegistry;
  /** Variables in scope everywhere (workflow.*, globals). */
  readonly globalScope: VariableScope;
  readonly report: (f: Finding) => void;
}

// constructors

export const makeReporter =
  (document: string, source: string | undefined, sink: Array<ValidationProblem>) =>
  (f: Finding): void => {
    sink.push({
      ...(source === undefined ? {} : { source }),
      document,
      path: f.path,
      ...(f.template === undefined ? {} : { template: f.template }),
      ...(f.task === undefined ? {} : { task: f.task }),
      rule: f.rule,
      message: f.message,
    });
  };

export const EMPTY_REGISTRY: TemplateRegistry = { namespaced: new Map(), cluster: new Map() };
