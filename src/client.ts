/**
 * tiphys/client: submit workflows to an Argo Server (or the Kubernetes API) and read their typed outputs.
 * A separate entry point so that `import ... from 'tiphys'` (and `tiphys build`) never loads the HTTP client.
 * @packageDocumentation
 */
export { createClient } from './interp/submit/argo-client.js';
export type { ArgoClient, ClientOptions, FinishedRun, WorkflowRun, SubmitOptions } from './interp/submit/argo-client.js';
export { SubmitFailure, formatSubmitError } from './interp/submit/submit-error.js';
export type { SubmitError } from './interp/submit/submit-error.js';
export type { Submittable } from './interp/typed-io/submittable.js';
export type { ArtifactsOf } from './interp/submit/run-artifacts.js';

// Types the signatures above name, so users can name them too (test/public-api.test.ts checks none is missing).
export type {
  ActionOptions,
  ArgoApi,
  CreateOptions,
  EventStream,
  ListOptions,
  LogOptions,
  ResourceKind,
  ResourceList,
  SubmitFromOptions,
  WatchOptions,
  WorkflowAction,
} from './interp/submit/argo-api.js';
export type { InNamespace, RunOrName } from './interp/submit/argo-client.js';
export type { ResumeFor } from './interp/submit/resume-node.js';
export type { SuppliedOf, SuspendTemplate } from './core/suspend-template.js';
export type { ArgoServerConfig, ArgoServerConfigOverrides, SubmitMode } from './interp/submit/argo-config.js';
export type { ArtifactRef, KubeEvent, SetNodeOptions } from './interp/submit/argo-server-extras.js';
export type { KubeConfigOptions } from './interp/submit/kube-config.js';
export type {
  Cancelled,
  CreateUncertain,
  HttpFailure,
  NetworkFailure,
  RequestTimeout,
  ResponseDecodeFailure,
  TlsFailure,
  Unsupported,
  UsageFailure,
  WaitTimeout,
} from './interp/submit/submit-error.js';
export type { Codec, CodecsOf } from './interp/typed-io/submittable.js';
export type { OutputDecodeFailure, ParamFailure } from './interp/typed-io/typed-io-error.js';
export type { WaitOptions } from './interp/submit/wait-workflow.js';
export type { WatchWorkflowOptions } from './interp/submit/watch-workflow.js';
export type { ArgoManifest } from './interp/typed-io/argo-manifest.js';
export type { ServerTarget } from './interp/submit/submit-error.js';
