/** JSON as Argo receives it. */
export type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [key: string]: Json };

/** @category model */
export type JsonObject = { readonly [key: string]: Json };

/** The rendered workflow: an Argo `Workflow` object, ready to emit or submit. @category model */
export interface WorkflowManifest {
  readonly apiVersion: 'argoproj.io/v1alpha1';
  readonly kind: 'Workflow';
  readonly metadata: JsonObject;
  readonly spec: JsonObject & { readonly entrypoint: string; readonly templates: ReadonlyArray<JsonObject> };
}
