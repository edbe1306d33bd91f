/**
 * tiphys/client: submit workflows to an Argo Server (or the Kubernetes API) and read their typed outputs.
 * A separate entry point so that `import ... from 'tiphys'` (and `tiphys build`) never loads the HTTP client.
 * @packageDocumentation
 */
export { createClient } from './interp/submit/argo-client.js';
export type { ArgoClient, ClientOptions, FinishedRun, WorkflowRun, SubmitOptions } from './interp/submit/argo-client.js';
export { SubmitFailure, formatSubmitError } from './interp/submit/submit-error.js';
export type { SubmitError } from './interp/submit/submit-error.js';
export type { Submittable } from './interp/submit/typed-outputs.js';
