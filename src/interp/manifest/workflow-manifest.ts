// Type-only imports: the DSL path never loads (or type-checks) the io-ts codecs of the model.
import type { Template, Workflow, WorkflowSpec } from '../../argo-model/generated/argo-types.js';

/**
 * The rendered workflow: the generated model's Argo `Workflow`, with the two spec fields tiphys
 * always sets made required. Ready to emit or submit. @category model
 */
export interface WorkflowManifest extends Workflow {
  readonly spec: WorkflowSpec & { readonly entrypoint: string; readonly templates: ReadonlyArray<Template> };
}
