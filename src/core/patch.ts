// The typed escape hatch: Argo fields the DSL does not name yet, checked against the generated model.
// Type-only imports: the DSL never loads (or type-checks) the model's io-ts codecs.
import type { Template as ArgoTemplate, WorkflowSpec as ArgoWorkflowSpec } from '../interp/argo/model/argo-types.js';

/**
 * Template fields tiphys renders itself. The patch is merged shallowly, so these would replace what
 * the DSL built (its parameters, its body) or add a second template type.
 */
type OwnedTemplateField =
  | 'name'
  | 'inputs'
  | 'outputs'
  | 'retryStrategy'
  | 'container'
  | 'script'
  | 'dag'
  | 'steps'
  | 'containerSet'
  | 'resource'
  | 'suspend'
  | 'http'
  | 'plugin'
  | 'data';

/**
 * Argo template fields the DSL does not name (`timeout`, `nodeSelector`, `podSpecPatch`, ...),
 * merged into the rendered template. A misspelled field or a wrong value type is a compile error.
 * @category model
 */
export type TemplatePatch = Partial<Omit<ArgoTemplate, OwnedTemplateField>>;

/** WorkflowSpec fields set through `workflow({...})` options. */
type OwnedSpecField = 'entrypoint' | 'templates' | 'arguments' | 'onExit' | 'serviceAccountName';

/**
 * Argo `spec` fields the DSL does not name (`parallelism`, `podGC`, `ttlStrategy`, ...), merged into
 * the rendered spec. A misspelled field or a wrong value type is a compile error.
 * @category model
 */
export type WorkflowSpecPatch = Partial<Omit<ArgoWorkflowSpec, OwnedSpecField>>;
