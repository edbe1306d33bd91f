// The typed escape hatch: Argo fields the DSL does not name yet, checked against the generated model.
// Type-only imports: the DSL never loads (or type-checks) the model's io-ts codecs.
import type {
  ScriptTemplate as ArgoScript,
  Template as ArgoTemplate,
  WorkflowSpec as ArgoWorkflowSpec,
} from '../argo-model/generated/argo-types.js';
import type { Container as ArgoContainer } from '../argo-model/generated/k8s-types.js';

/**
 * Template fields tiphys renders itself. The patch is merged shallowly, so these would replace what
 * the DSL built (its parameters, its body) or add a second template type. A runtime list too: the
 * manifest interpreter reports a patch that sets one (a cast could otherwise drop declared inputs).
 */
export const OWNED_TEMPLATE_FIELDS = [
  'name',
  'inputs',
  'outputs',
  'retryStrategy',
  'container',
  'script',
  'dag',
  'steps',
  'containerSet',
  'resource',
  'suspend',
  'http',
  'plugin',
  'data',
] as const;

/** @category model */
export type OwnedTemplateField = (typeof OWNED_TEMPLATE_FIELDS)[number];

/**
 * Argo template fields the DSL does not name (`timeout`, `nodeSelector`, `podSpecPatch`, ...),
 * merged into the rendered template. A misspelled field or a wrong value type is a compile error.
 * @category model
 */
export type TemplatePatch = Partial<Omit<ArgoTemplate, OwnedTemplateField>>;

/**
 * A container template's patch: template fields, plus the container fields tiphys does not set
 * (`env`, `resources`, `volumeMounts`, ...), merged into the rendered `container`.
 * @category model
 */
export type ContainerTemplatePatch = TemplatePatch & {
  readonly container?: Partial<Omit<ArgoContainer, 'name' | 'image' | 'command' | 'args'>>;
};

/**
 * A script template's patch: template fields, plus the script fields tiphys does not set
 * (`env`, `resources`, `workingDir`, ...), merged into the rendered `script`.
 * @category model
 */
export type ScriptTemplatePatch = TemplatePatch & {
  readonly script?: Partial<Omit<ArgoScript, 'name' | 'image' | 'command' | 'source'>>;
};

/** WorkflowSpec fields set through `workflow({...})` options. */
/** Workflow spec fields tiphys sets itself, so a patch may not. @category model */
export type OwnedSpecField = 'entrypoint' | 'templates' | 'arguments' | 'onExit' | 'serviceAccountName';

/**
 * Argo `spec` fields the DSL does not name (`parallelism`, `podGC`, `ttlStrategy`, ...), merged into
 * the rendered spec. A misspelled field or a wrong value type is a compile error.
 * @category model
 */
export type WorkflowSpecPatch = Partial<Omit<ArgoWorkflowSpec, OwnedSpecField>>;
