/**
 * What an interpreter runs and the client sends: any Argo object as plain JSON. The client never needs the DSL, only
 * `{apiVersion, kind, metadata, spec}`; what comes back is decoded with the generated model
 * (response-codecs.ts).
 */
import type { ObjectMeta } from '../../argo-model/generated/index.js';

export interface ArgoManifest {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: ObjectMeta;
  readonly spec: unknown;
}
