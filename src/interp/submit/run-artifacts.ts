/**
 * The output artifacts of a finished run: where Argo stored each output artifact of the entrypoint (and
 * each global one), read from the workflow's status.
 */
import type { Artifact as ArgoArtifact, Workflow } from '../../argo-model/generated/index.js';
import { makeArtifact, type Artifact } from '../../core/artifact.js';
import { rootNode } from '../typed-io/typed-outputs.js';

// model

/** The output artifacts of outputs `O`, each as the stored location Argo reports. @category model */
export type ArtifactsOf<O> = { readonly [K in keyof O as [O[K]] extends [Artifact] ? K : never]: ArgoArtifact };

// utils

/** Stored locations by name: the entrypoint node's output artifacts, then global ones on top. */
export const runArtifacts = (wf: Workflow): Readonly<Record<string, ArgoArtifact>> => {
  const out: Record<string, ArgoArtifact> = {};
  for (const a of rootNode(wf)?.outputs?.artifacts ?? []) out[a.name] = a;
  for (const a of wf.status?.outputs?.artifacts ?? []) out[a.name] = a;
  return out;
};

/**
 * The output values of artifacts `names`: each an `Artifact` holding its stored location, so it can be
 * passed on as an argument (another workflow's input). Artifacts the run did not report are left out.
 */
export const artifactOutputs = (
  artifacts: Readonly<Record<string, ArgoArtifact>>,
  names: ReadonlyArray<string>,
): Readonly<Record<string, Artifact>> => {
  const out: Record<string, Artifact> = {};
  for (const n of names) {
    const stored = artifacts[n];
    if (stored === undefined) continue;
    const { name: _name, ...fields } = stored;
    out[n] = makeArtifact(fields);
  }
  return out;
};
