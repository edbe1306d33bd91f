/**
 * A workflow as the interpreters that run it see it: `{manifest, outputCodecs}` (`toManifest(wf)` and
 * the entrypoint's declared outputs), its results decoded with those codecs.
 */
import type { ArgoManifest } from './argo-manifest.js';
import type { ParamCodec } from '../../core/param-codecs.js';

// model

/** A parameter's codec (core's `ParamCodec`): values to and from Argo's string form. */
export type Codec<A> = ParamCodec<A>;

export type CodecsOf<O> = { readonly [K in keyof O]: Codec<O[K]> };

export interface Submittable<O = Record<string, unknown>, I = Record<string, unknown>> {
  /** A plain Argo Workflow object, e.g. `toManifest(wf)`. */
  readonly manifest: ArgoManifest;
  /** Codecs of the entrypoint's declared outputs and the workflow's global outputs. */
  readonly outputCodecs: CodecsOf<O>;
  /** Names of the entrypoint's output artifacts (and their global names), read back after the run. */
  readonly outputArtifacts?: ReadonlyArray<string>;
  /** Codecs of `spec.arguments.parameters`, used to encode `params` and to check `-p` values. */
  readonly inputCodecs?: CodecsOf<I>;
}
