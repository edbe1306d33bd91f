import type { ArtifactArgNode } from './artifact.js';
import type { WorkflowSpecPatch } from './patch.js';
import type { ArgNode, NamedHook, NamedParam, TemplateNode } from './template-node.js';
import type { WorkflowFields } from './workflow-fields.js';
import type { WorkflowTemplateNode } from './workflow-template-node.js';

/** @category model */
export interface WorkflowMetadata {
  readonly name?: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * A root of the AST: a workflow and the template it starts at, or the WorkflowTemplate it runs
 * (`workflowTemplateRef`, where the entrypoint is optional and names one of the library's templates).
 * @category model
 */
export interface WorkflowNode {
  readonly kind: 'Workflow';
  readonly metadata: WorkflowMetadata;
  readonly entrypoint?: TemplateNode;
  /** The WorkflowTemplate it runs: rendered as `workflowTemplateRef`, its globals type the arguments. */
  readonly workflowTemplateRef?: WorkflowTemplateNode;
  readonly arguments: ReadonlyArray<ArgNode>;
  /** Artifact arguments of the entrypoint (Argo `spec.arguments.artifacts`; absent when none). */
  readonly artifacts?: ReadonlyArray<ArtifactArgNode>;
  /** Global parameters the workflow declares (`arguments: globals({...})`), rendered into `spec.arguments`. */
  readonly globals?: ReadonlyArray<NamedParam>;
  /** Workflow-level fields of the model (`podGC`, `ttlStrategy`, ...), rendered into `spec`. */
  readonly fields?: WorkflowFields;
  readonly onExit?: TemplateNode;
  /** Workflow-level lifecycle hooks (Argo `spec.hooks`): `exit`, or named hooks with an expression. */
  readonly hooks?: ReadonlyArray<NamedHook>;
  readonly serviceAccountName?: string;
  /** Argo `spec` fields tiphys does not name yet, merged into the rendered spec. */
  readonly patch?: WorkflowSpecPatch;
}
