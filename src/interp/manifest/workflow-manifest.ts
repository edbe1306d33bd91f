// Type-only imports: the DSL path never loads (or type-checks) the io-ts codecs of the model.
import type { Template, Workflow, WorkflowSpec } from '../../argo-model/generated/argo-types.js';

/** JSON as Argo receives it. */
export type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [key: string]: Json };

/** @category model */
export type JsonObject = { readonly [key: string]: Json };

/**
 * The rendered workflow: the generated model's Argo `Workflow`, with the two spec fields tiphys
 * always sets made required. Ready to emit or submit. @category model
 */
export interface WorkflowManifest extends Workflow {
  readonly spec: WorkflowSpec & { readonly entrypoint: string; readonly templates: ReadonlyArray<Template> };
}
