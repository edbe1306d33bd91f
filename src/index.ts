/**
 * tiphys: Argo Workflows as typed TypeScript values.
 * @packageDocumentation
 */
export { param, codecOf } from './core/param.js';
export type {
  AnyParam,
  InputsOf,
  OutputSource,
  OutputsOf,
  JsonParamConstructor,
  Param,
  ParamConstructor,
  ParamNode,
  ParamOptions,
  ParamOnlyRecord,
  ParamRecord,
  ParamType,
  SuppliedOption,
  SuppliedParam,
  ValueOf,
} from './core/param.js';
export type { ParamCodec } from './core/param-codecs.js';
export { artifact, withArtifacts } from './templates/artifact-decl.js';
export type { ArtifactRecord, ArtifactSpec } from './templates/artifact-decl.js';
export type {
  AnyArtifact,
  Archive,
  Artifact,
  ArtifactArgNode,
  ArtifactDecl,
  ArtifactFields,
  ArtifactNode,
  HasLocation,
  NamedArtifact,
  RepositoryKind,
} from './core/artifact.js';
export {
  artifactory,
  azure,
  fromArtifact,
  gcs,
  git,
  hdfs,
  httpArtifact,
  oss,
  pluginArtifact,
  raw,
  s3,
} from './templates/artifact-sources.js';
export type {
  ArtifactArgOptions,
  ArtifactoryLocation,
  AzureLocation,
  GcsLocation,
  GitLocation,
  HdfsLocation,
  HttpLocation,
  LocationOf,
  Locations,
  OssLocation,
  PluginLocation,
  RawLocation,
  RefAwareFields,
  S3Location,
} from './templates/artifact-sources.js';
export type { InputsOfTemplate, OutputsOfTemplate, Template } from './core/template.js';
export type * from './core/template-node.js';
export { matchKind, matchTemplate } from './core/match-template.js';
export type { KindMatch, Tagged, TemplateMatch } from './core/match-template.js';
export { collectTemplates, collectTemplatesFrom, workflowRoots } from './core/collect-templates.js';
export type { WorkflowMetadata, WorkflowNode } from './core/workflow-node.js';
export type { RetryStrategy } from './core/retry-strategy.js';
export type { ContainerTemplatePatch, ScriptTemplatePatch, TemplatePatch, WorkflowSpecPatch } from './core/patch.js';
export { TiphysError, formatProblem } from './core/problem.js';
export type { Problem } from './core/problem.js';

export { expr, globalRef, isRef } from './typed-refs/ref.js';
export { eq, ge, gt, inList, isCondition, isTrue, le, lt, matches, ne } from './typed-refs/condition.js';
export { expression, isExpression } from './typed-refs/expression.js';
export type { Expression, ExpressionLiteral, ExpressionValue } from './typed-refs/expression.js';
export { lastRetry, retries } from './typed-refs/retry-refs.js';
export { metric } from './typed-refs/metric-refs.js';
export { node } from './typed-refs/node-refs.js';
export type { ComparableWith, Condition, Ordered, Scalar, Textual } from './typed-refs/condition.js';
export { and, not, or } from './typed-refs/logic.js';
export type { DependsExpr, DependsOperand, DependsTarget, LoopResults, TaskResults } from './typed-refs/depends.js';
export type { CompareOp, ConditionNode, ConditionOperand } from './core/condition-node.js';
export type { DependsNode, TaskResult } from './core/depends-node.js';
export type { LoopNode } from './core/loop-node.js';
export type { ArtifactRef, GlobalRef, InputRefs, OutputParamRef, OutputRefs, OwnOutputRefs, Ref, RefTo } from './typed-refs/ref.js';
export type { NodeName, RefSource, Scope } from './core/scope.js';
export type { ArgValue, ArgsFor, ItemOutsideLoop } from './typed-refs/args.js';

export { container } from './templates/container.js';
export type { ContainerSpec } from './templates/container.js';
export { script } from './templates/script.js';
export type { ScriptSpec } from './templates/script.js';
export { fn } from './templates/fn.js';
export type { FnBody, FnSpec } from './templates/fn.js';
export { dag } from './templates/dag.js';
export type { CheckOwnDag, CheckTargets, DagBody, DagsOf, OtherDag, DagBuilder, LoopedTaskHandle, TaskHandle, TaskOptions } from './templates/dag.js';
export { steps } from './templates/steps.js';
export type { ParallelBuilder, StepsBody, StepsBuilder } from './templates/steps.js';
export { suspend } from './templates/suspend.js';
export type { SuspendSpec } from './templates/suspend.js';
export type { SuppliedOf, SuspendTemplate } from './core/suspend-template.js';
export { resource } from './templates/resource.js';
export type { Manifest, ManifestValue, ResourceAction, ResourceSpec } from './templates/resource.js';
export { http } from './templates/http.js';
export type { HttpHeaders, HttpSpec } from './templates/http.js';
export { containerSet } from './templates/container-set.js';
export type {
  ContainerHandle,
  ContainerSetBuilder,
  ContainerSetMemberSpec,
  ContainerSetSpec,
} from './templates/container-set.js';
export { data } from './templates/data.js';
export type { DataSpec } from './templates/data.js';
export { plugin } from './templates/plugin.js';
export type { PluginSpec } from './templates/plugin.js';
export { configMapKey, fieldRef, secretKey } from './templates/env.js';
export type { ConfigMapKeyRef, ConfigMapKeySource } from './typed-refs/config-map-key.js';
export type { EnvRecord, EnvSource, EnvValue, SecretKeySource } from './templates/env.js';
export type {
  ContainerFields,
  FieldOptions,
  LeafFields,
  OwnedContainerField,
  PatchedContainer,
  PodSpecPatch,
  TemplateFields,
} from './templates/template-fields.js';
export type { RefAware, RefAwareOf, RefIn, RefScope } from './typed-refs/ref-aware.js';
export { step } from './templates/step.js';
export type { Step } from './templates/step.js';
export { par, seq } from './templates/seq.js';
export type { Parallel, SeqItem, Sequence } from './templates/seq.js';
export { withRetry } from './templates/with-retry.js';
export type { RetrySpec } from './templates/retry-spec.js';
export { workflow } from './templates/workflow.js';
export type { StartInputs, WorkflowArgsOf, WorkflowArgumentsRequired, WorkflowFieldOptions, WorkflowFromTemplateSpec, WorkflowInput, WorkflowOf, WorkflowOptions } from './templates/workflow.js';
export type {
  ArgumentsLeftOut,
  ArgumentsRequired,
  ArtifactKeys,
  BindingArgsFor,
  BindingArgValue,
  DescribeBindingArg,
  GlobalTypes,
  LibraryArgNames,
  LibraryArgsFor,
  LibraryArgType,
  LibraryValues,
  Literal,
  MissingArguments,
  MissingLibraryArgs,
  RequiredLibraryArgs,
  RunArgsFor,
  SpreadGlobal,
  TemplateArgsFor,
  WorkflowArgsFor,
} from './typed-refs/workflow-args.js';
export { clusterWorkflowTemplate, workflowTemplate, workflowTemplateStub } from './templates/workflow-template.js';
export type { EntryInputs, TemplateRecord, WorkflowTemplateConstructor, WorkflowTemplateSpec, WorkflowTemplateStubSpec } from './templates/workflow-template.js';
export { templateStub } from './templates/template-stub.js';
export type { TemplateStubSpec } from './templates/template-stub.js';
export { cronWorkflow } from './templates/cron-workflow.js';
export type { CronRun, CronTemplateRun, CronTemplateRunFor, CronWorkflowSpec, DescribeRun } from './templates/cron-workflow.js';
export { isWorkflowTemplate } from './core/workflow-template.js';
export type { WorkflowTemplate } from './core/workflow-template.js';
export { isCronWorkflow } from './core/cron-workflow.js';
export type { CronWorkflow } from './core/cron-workflow.js';
export { workflowEventBinding } from './templates/workflow-event-binding.js';
export type { BindingSubmit, WorkflowEventBindingSpec } from './templates/workflow-event-binding.js';
export { isWorkflowEventBinding } from './core/workflow-event-binding.js';
export type { WorkflowEventBinding } from './core/workflow-event-binding.js';
export type { BindingArgNode, BindingSubmitNode, WorkflowEventBindingNode } from './core/workflow-event-binding-node.js';
export { kubernetesObject } from './templates/kubernetes-object.js';
export type { KubernetesObjectSpec } from './templates/kubernetes-object.js';
export { isKubernetesObject } from './core/kubernetes-object.js';
export type { KubernetesObject } from './core/kubernetes-object.js';
export type { KubernetesObjectNode, KubernetesValue } from './core/kubernetes-object-node.js';
export type { KubernetesManifest } from './interp/manifest/render-kubernetes-object.js';
export type { WorkflowTemplateKind, WorkflowTemplateNode } from './core/workflow-template-node.js';
export type { CronFields, CronWorkflowNode } from './core/cron-workflow-node.js';
export type { RootKind, RootNode, WorkflowRootKind, WorkflowRootNode } from './core/root-node.js';
export type { LibraryRef } from './core/library-ref.js';
export type { OwnedWorkflowField, WorkflowFields } from './core/workflow-fields.js';
export { GLOBAL_PARAMS, globals, isGlobals } from './typed-refs/globals.js';
export type { GlobalDecls, GlobalNames, GlobalsIn, GlobalValues, Globals, TemplateArguments } from './typed-refs/globals.js';
export { wf } from './typed-refs/workflow-refs.js';
export type { TimestampFormat } from './typed-refs/workflow-refs.js';
export type { NodePhase, WorkflowFailure, WorkflowPhase } from './core/phase.js';
export { cron } from './typed-refs/cron-refs.js';
export { isWorkflow } from './core/workflow.js';
export type { Workflow } from './core/workflow.js';
export type { WorkflowSpec } from './templates/workflow.js';
export type { CallHooks, CallOptions, NodeFields } from './templates/call.js';
export { hook } from './templates/hook.js';
export type { CheckExits, CheckHooks, CheckSpecExits, Hook, HookArgumentsRequired, HookSpec, Hooks, NoArguments } from './templates/hook.js';
export type { NamedHook } from './core/template-node.js';
export type { AllOutputs, CheckLoop, FanIn, ItemOf, ItemRef, LoopArgs, LoopOptions, SequenceSpec, Unlooped } from './templates/loop.js';
export type { CompositeSpec, OutputValues } from './templates/composite-spec.js';
export type { BaseSpec, LeafOutputs, LeafSpec, Strings } from './templates/template-spec.js';

export { compileWorkflow, renderWorkflow, toManifest } from './interp/manifest/manifest-interpreter.js';
export { compileDocument, DOCUMENT_KINDS, isDocumentValue, renderDocument, toDocument } from './interp/manifest/document-interpreter.js';
export type { ArgoDocumentManifest, DocumentManifest, DocumentValue, ManifestOf } from './interp/manifest/document-interpreter.js';
export { RULES, templateRegistry, validate, validateDocument } from './argo-docs/validate/index.js';
export type { RuleId, TemplateRegistry, ValidateOptions, ValidationProblem } from './argo-docs/validate/index.js';
export type { WorkflowManifest } from './interp/manifest/workflow-manifest.js';
export { compileYaml, toYaml, toYamlDocuments } from './interp/yaml/yaml-interpreter.js';
export { emitYaml, emitYamlDocuments } from './argo-docs/yaml/emit-yaml.js';
export { toDot, toFlowGraph, toMermaid, toSvg } from './interp/graph/graph-interpreter.js';
export { runPhases } from './interp/graph/run-phases.js';
export type { RunNodes } from './interp/graph/run-phases.js';
export type {
  FlowGraph,
  GraphCluster,
  GraphEdge,
  GraphEdgeRole,
  GraphItem,
  GraphNode,
  GraphNodeRole,
  GraphOptions,
  RunPhases,
} from './interp/graph/flow-graph.js';

// The local interpreter (issue 15): run a workflow off-cluster with Argo's semantics.
export { runLocal, startLocal } from './interp/local/run-local.js';
export type { LocalRunHandle } from './interp/local/run-local.js';
export type { LocalRun } from './interp/local/local-run.js';
export type { LocalNode, NodeOutputs, NodeType } from './interp/local/local-node.js';
export type { LocalEvent, LocalEventType } from './interp/local/run-events.js';
export type { LocalLibrary, LocalOptions } from './interp/local/local-options.js';
export type { Implementation, ImplementationContext, LocalImplementations } from './interp/local/leaf-implementation.js';
export type { LocalMock, LocalMocks } from './interp/local/leaf-mock.js';
export type {
  LeafInputs,
  LeafNode,
  LeafOutputs as LeafAttemptOutputs,
  LeafPhase,
  LeafRequest,
  LeafResult,
  LeafRunner,
  LocalArtifact,
} from './interp/local/leaf-runner.js';

// The generated Argo object model (types only: importing 'tiphys' never loads its codecs). Namespaced, so
// `argo.Workflow` (the Argo object) and `Workflow` (a tiphys workflow value) cannot be confused.
export type * as argo from './argo-model/generated/index.js';

// Types the signatures above name, so users can name them too (test/public-api.test.ts checks none is missing).
export type { Fallback, Flat, RequiredParamKeys, WithDefault, WithValue } from './core/param.js';
export type { OwnedSpecField, OwnedTemplateField } from './core/patch.js';
export type { ArgsOf, Describe, JoinNames, LastOf, RequiredKeys, TypeName, UngatheredArtifact } from './typed-refs/args.js';
export type { FromInputs, NoResultOutput, ResultClash, ResultOutput } from './templates/template-spec.js';
export type { JsonRecord, PathSegment } from './argo-model/json-value.js';
