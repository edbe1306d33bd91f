import type { ArtifactArgNode } from './artifact.js';
import type { LibraryRef } from './library-ref.js';
import type { NamedHook, NamedParam, TemplateNode } from './template-node.js';
import type { WorkflowFields } from './workflow-fields.js';
import type { WorkflowMetadata } from './workflow-node.js';

/** @category model */
export type WorkflowTemplateKind = 'WorkflowTemplate' | 'ClusterWorkflowTemplate';

/**
 * A root of the AST: a library of templates stored on the cluster, which workflows call by `templateRef`
 * or run whole by `workflowTemplateRef`.
 * @category model
 */
export interface WorkflowTemplateNode {
  readonly kind: WorkflowTemplateKind;
  readonly metadata: WorkflowMetadata;
  /** The templates of the library, in declaration order, as they were built (not as library refs). */
  readonly templates: ReadonlyArray<TemplateNode>;
  readonly entrypoint?: TemplateNode;
  /** The exit handler of a workflow run from this one (Argo `spec.onExit`). */
  readonly onExit?: TemplateNode;
  /** Lifecycle hooks of a workflow run from this one (Argo `spec.hooks`). */
  readonly hooks?: ReadonlyArray<NamedHook>;
  /** Global parameters (Argo `spec.arguments`), declared with `param.*`. */
  readonly globals: ReadonlyArray<NamedParam>;
  /** Values for the entrypoint's artifact inputs (Argo `spec.arguments.artifacts`; absent when none). */
  readonly artifacts?: ReadonlyArray<ArtifactArgNode>;
  /**
   * Globals its templates read that it does not declare (not rendered in `spec.arguments`): whoever runs
   * it (a workflow's `arguments`, a WorkflowEventBinding) supplies each at submit time.
   */
  readonly expects?: ReadonlyArray<NamedParam>;
  readonly fields: WorkflowFields;
  /** Its templates are `Stub`s: signatures of a template that lives elsewhere, never rendered. */
  readonly stub?: true;
}

/** How calls and `workflowTemplateRef`s point at a library: its name and scope. @category destructors */
export const libraryOf = (node: Pick<WorkflowTemplateNode, 'kind' | 'metadata'>): LibraryRef =>
  Object.freeze({ name: node.metadata.name ?? '', clusterScope: node.kind === 'ClusterWorkflowTemplate' });

/** Every global a run of the WorkflowTemplate may set: those it declares, then those it expects supplied. @category destructors */
export const libraryGlobals = (lib: WorkflowTemplateNode): ReadonlyArray<NamedParam> => [...lib.globals, ...(lib.expects ?? [])];
