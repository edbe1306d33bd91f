import type { ArtifactRepositoryRef, WorkflowLevelArtifactGC } from '../argo-model/generated/argo-types.js';
import type { ArtifactArgNode } from './artifact.js';
import type { WorkflowSpecPatch } from './patch.js';
import type { ArgNode, TemplateNode } from './template-node.js';

/** @category model */
export interface WorkflowMetadata {
  readonly name?: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** The root of the AST: a workflow and the template it starts at. @category model */
export interface WorkflowNode {
  readonly kind: 'Workflow';
  readonly metadata: WorkflowMetadata;
  readonly entrypoint: TemplateNode;
  readonly arguments: ReadonlyArray<ArgNode>;
  /** Artifact arguments of the entrypoint (Argo `spec.arguments.artifacts`; absent when none). */
  readonly artifacts?: ReadonlyArray<ArtifactArgNode>;
  readonly onExit?: TemplateNode;
  /** Where artifacts without a location of their own go (Argo `spec.artifactRepositoryRef`). */
  readonly artifactRepositoryRef?: ArtifactRepositoryRef;
  /** When stored artifacts are deleted, for artifacts that do not say (Argo `spec.artifactGC`). */
  readonly artifactGC?: WorkflowLevelArtifactGC;
  readonly serviceAccountName?: string;
  /** Argo `spec` fields tiphys does not name yet, merged into the rendered spec. */
  readonly patch?: WorkflowSpecPatch;
}
