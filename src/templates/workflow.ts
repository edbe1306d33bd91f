import type { ArtifactRepositoryRef, WorkflowLevelArtifactGC } from '../argo-model/generated/argo-types.js';
import type { WorkflowSpecPatch } from '../core/patch.js';
import type { Template } from '../core/template.js';
import type { Workflow } from '../core/workflow.js';
import type { WorkflowMetadata, WorkflowNode } from '../core/workflow-node.js';
import { renderArtifactArgs } from './artifact-args.js';
import { renderArgs } from './call.js';

/** @category model */
export interface WorkflowSpec<I, O> extends WorkflowMetadata {
  readonly entrypoint: Template<I, O>;
  /**
   * Values for the entrypoint's inputs (Argo `spec.arguments`): parameters, and artifacts as locations
   * (`httpArtifact(url)`, ...); the rest are given at submit time.
   */
  readonly arguments?: { readonly [K in keyof I]?: I[K] };
  /** Where artifacts without a location of their own go: a key of the namespace's artifact repositories. */
  readonly artifactRepositoryRef?: ArtifactRepositoryRef;
  /** When stored artifacts are deleted, for artifacts whose own `artifactGC` does not say. */
  readonly artifactGC?: WorkflowLevelArtifactGC;
  /** A template run when the workflow ends, whatever its outcome. */
  readonly onExit?: Template<{}, unknown>;
  readonly serviceAccountName?: string;
  /** Argo `spec` fields tiphys does not name yet, merged into the rendered spec. */
  readonly patch?: WorkflowSpecPatch;
}

/**
 * @example
 * ```ts
 * export default workflow({ generateName: 'dag-diamond-', entrypoint: diamond });
 * // apiVersion: argoproj.io/v1alpha1
 * // kind: Workflow
 * // metadata:
 * //   generateName: dag-diamond-
 * // spec:
 * //   entrypoint: diamond
 * //   templates: [...every template reachable from diamond]
 * ```
 * @category constructors
 */
export const workflow = <I, O>(spec: WorkflowSpec<I, O>): Workflow<I, O> => {
  const { entrypoint, arguments: given, onExit, serviceAccountName, artifactRepositoryRef, artifactGC, patch, ...metadata } =
    spec;
  const args = (given ?? {}) as Readonly<Record<string, unknown>>;
  const artifacts = renderArtifactArgs(entrypoint.node, args);
  const node: WorkflowNode = {
    kind: 'Workflow',
    metadata: Object.freeze(metadata),
    entrypoint: entrypoint.node,
    arguments: renderArgs(entrypoint.node, args),
    ...(artifacts !== undefined && { artifacts }),
    ...(onExit !== undefined && { onExit: onExit.node }),
    ...(serviceAccountName !== undefined && { serviceAccountName }),
    ...(artifactRepositoryRef !== undefined && { artifactRepositoryRef }),
    ...(artifactGC !== undefined && { artifactGC }),
    ...(patch !== undefined && { patch }),
  };
  return Object.freeze({ kind: 'Workflow', node: Object.freeze(node) }) as Workflow<I, O>;
};
