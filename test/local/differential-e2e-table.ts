// What each vendored Argo e2e Go test asserts about each workflow it submits, transcribed from the test
// (keyed `<suite file>:<test name>`, `#n` for its n-th submission, so a reader can open it), or why the
// workflow is out of a local runner's scope. `unchecked` lists Go assertions a local run has no
// counterpart for; `mocks` (with `mockNote`) are leaves run by a mock, never the only thing deciding an
// asserted outcome; `knownMismatch` says why the local outcome differs today (the test checks it still does).
import type { LocalMocks } from '../../src/interp/local/leaf-mock.js';
import type { Expectation } from './differential-outcome.js';

export interface InScope {
  readonly expect: Expectation;
  readonly unchecked?: ReadonlyArray<string>;
  readonly mocks?: LocalMocks;
  readonly mockNote?: string;
  readonly knownMismatch?: string;
}

export interface OutOfScope {
  readonly outOfScope: string;
}

export type E2eEntry = InScope | OutOfScope;

// Why a workflow is out of scope, by what it needs that a local run does not have.
const K8S = 'needs a real Kubernetes API';
const S3 = 'needs an S3 artifact repository (the minio of the e2e cluster)';
const NET = 'needs a network service of the e2e cluster';
const POD = 'asserts the pod Kubernetes created';
const CONTROLLER = 'asserts what the controller does to the Workflow object';
const DRIVEN = 'is driven from outside while it runs';
const MISSING = 'submits a file that is not vendored (upstream test/e2e/smoke or a link left out)';

const SLASH_ARGOSAY = "its templates call /argosay from a shell; the image's binary is not on this machine (only argosay as the entrypoint is emulated)";
const ARGOSAY_SLEEP_INT = "argosay's `sleep 5` panics (Go's ParseDuration refuses a bare number, exit 2) while the Go test expects the node to succeed: the image it ran must differ from the vendored argosay source";

/** A host process holds the virtual clock (docs/local-runner.md): a deadline shorter than its real sleep never comes. */
const HOST_SLEEP = (what: string, limit: string): string =>
  `its leaf runs ${what} on the host, which holds the virtual clock, so its ${limit} would take that real time to come`;

const phase = (p: NonNullable<Expectation['phase']>): InScope => ({ expect: { phase: p } });

export const E2E_TABLE: Readonly<Record<string, E2eEntry>> = {
  // artifacts_test.go: outputs go to the e2e cluster's minio; locally to the run's temp store.
  'artifacts_test.go:TestInputOnMount': { ...phase('Succeeded') },
  'artifacts_test.go:TestOutputOnMount': { ...phase('Succeeded') },
  'artifacts_test.go:TestOutputOnMountPlugin': { ...phase('Succeeded'), unchecked: ['ExpectArtifact out-0 in plugin-bucket (minio)'] },
  'artifacts_test.go:TestInputOnMountPlugin': { ...phase('Succeeded'), unchecked: ['ExpectArtifact in plugin-bucket (minio)'] },
  'artifacts_test.go:TestOutputOnInputPlugin': { ...phase('Succeeded'), unchecked: ['ExpectArtifact out-0 in plugin-bucket (minio)'] },
  'artifacts_test.go:TestOutputOnInput': { ...phase('Succeeded') },
  'artifacts_test.go:TestArtifactPassing': { outOfScope: `${MISSING}: smoke/artifact-passing.yaml` },
  'artifacts_test.go:TestArtifactPassingPlugin': { ...phase('Succeeded') },
  'artifacts_test.go:TestDeleteWorkflow': { outOfScope: `${S3}: asserts artifact garbage collection in the bucket after the workflow deletes itself (kubectl)` },
  'artifacts_test.go:TestDeleteWorkflowPlugin': { outOfScope: `${S3}: asserts artifact garbage collection in the bucket after the workflow deletes itself (kubectl)` },
  'artifacts_test.go:TestExitHandlerWithParameterizedGlobalArtifacts': {
    expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'printer' }, phase: 'Succeeded' }] },
    unchecked: ["printer's container logs contain 'Have car' and 'Have bike'"],
    knownMismatch:
      "tiphys' validator refuses the output artifact name 'result-{{inputs.parameters.variable}}' (Argo's name rule applied before substitution); Argo accepts it",
  },
  'artifacts_test.go:TestDefaultParameterOutputs': { expect: { phase: 'Succeeded', someNode: { outputValue: 'Default value' } } },
  'artifacts_test.go:TestDefaultParameterOutputsPlugin': { expect: { phase: 'Succeeded', someNode: { outputValue: 'Default value' } } },
  'artifacts_test.go:TestSameInputOutputPathOptionalArtifact': { ...phase('Succeeded') },
  'artifacts_test.go:TestSameInputOutputPathOptionalArtifactPlugin': { ...phase('Succeeded') },
  'artifacts_test.go:TestOutputResult': { expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'a' }, exitCode: true, result: true }] } },
  'artifacts_test.go:TestMainLog#1': { ...phase('Succeeded'), unchecked: ['ExpectArtifact main-logs in my-bucket (minio)'] },
  'artifacts_test.go:TestMainLog#2': { outOfScope: `${MISSING}: expectedfailures/timeouts-step.yaml` },
  'artifacts_test.go:TestMainLogPlugin#1': { ...phase('Succeeded'), unchecked: ['ExpectArtifact main-logs in plugin-bucket (minio)'] },
  'artifacts_test.go:TestMainLogPlugin#2': { outOfScope: HOST_SLEEP('`sleep 1d` in bash', 'activeDeadlineSeconds: 10') },
  'artifacts_test.go:TestResourceLog': { outOfScope: `${K8S}: a resource template creates a pod, and the test reads its logs from minio` },
  'artifacts_test.go:TestResourceLogPlugin': { outOfScope: `${K8S}: a resource template creates a pod, and the test reads its logs from minio` },
  'artifacts_test.go:TestContainersetLogs': { outOfScope: `${S3}: asserts the containerSet's log artifacts (a-logs, b-logs) and their S3 keys` },
  'artifacts_test.go:TestContainersetLogsPlugin': { outOfScope: `${S3}: asserts the containerSet's log artifacts in plugin-bucket` },
  'artifacts_test.go:TestGitArtifactDepthClone': { outOfScope: `${NET}: a git input artifact cloned from github.com` },
  'artifacts_test.go:TestGitArtifactAtWorkingDir': { outOfScope: `${NET}: a git input artifact cloned from github.com` },
  'artifacts_test.go:TestArtifactEphemeralVolume': { ...phase('Succeeded') },
  // cluster_workflow_template_test.go
  'cluster_workflow_template_test.go:TestClusterWorkflowFromWorkflowTemplateHasLabel': {
    outOfScope: `${MISSING}: smoke/cluster-workflow-template-whalesay-template.yaml`,
  },
  'cluster_workflow_template_test.go:TestNestedClusterWorkflowTemplate': {
    outOfScope: `${MISSING}: smoke/cluster-workflow-template-whalesay-template.yaml`,
  },
  // daemon_pod_test.go: daemons run to completion locally (docs/local-runner.md); argosay's sleep is virtual.
  'daemon_pod_test.go:TestWorkflowCompletesIfContainsDaemonPod': { expect: {}, unchecked: ['status.FinishedAt is set (every local run that ends has it)'] },
  'daemon_pod_test.go:TestDaemonFromWorkflowTemplate': { ...phase('Succeeded') },
  'daemon_pod_test.go:TestDaemonFromClusterWorkflowTemplate': { ...phase('Succeeded') },
  'daemon_pod_test.go:TestDaemonTemplateRef': { ...phase('Succeeded') },
  'daemon_pod_test.go:TestMarkDaemonedPodSucceeded': {
    outOfScope: 'its daemon runs the host `sleep 60`: a minute of real time (a host process holds the virtual clock), for a daemon the runner does not keep running anyway',
  },
  'daemon_pod_test.go:TestDaemonPodRetry': {
    outOfScope: 'its daemon retries run `sleep 10` and `sleep 120` in bash: over two minutes of real time, for a daemon the runner does not keep running anyway',
  },
  // expr_lang_test.go
  'expr_lang_test.go:TestShadowedExprFunctionsAsTaskNames': {
    expect: { phase: 'Succeeded', nodes: [{ node: { nameContains: '.split' }, phase: 'Succeeded' }, { node: { nameContains: '.map' }, phase: 'Succeeded' }] },
  },
  'expr_lang_test.go:TestItemInSprigExpr': {
    expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'print-message-loop(0:example)' }, inputs: ['EXAMPLE'] }] },
  },
  // failed_main_test.go
  'failed_main_test.go:TestFailedMain': { ...phase('Failed') },
  // hooks_test.go: every test asserts a `.hooks.running` node, and most of its templates call /argosay from sh.
  'hooks_test.go:TestWorkflowLevelHooksSuccessVersion': {
    expect: {
      phase: 'Succeeded',
      nodes: [{ node: { nameContains: '.hooks.running' }, phase: 'Succeeded' }, { node: { nameContains: '.hooks.succeed' }, phase: 'Succeeded' }],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestWorkflowLevelHooksFailVersion': {
    expect: {
      phase: 'Failed',
      nodes: [{ node: { nameContains: '.hooks.running' }, phase: 'Succeeded' }, { node: { nameContains: '.hooks.failed' }, phase: 'Succeeded' }],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksStepSuccessVersion': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { nameContains: 'step-1.hooks.succeed' }, phase: 'Succeeded' },
        { node: { nameContains: 'step-1.hooks.running' }, phase: 'Succeeded' },
        { node: { nameContains: 'step-2.hooks.succeed' }, phase: 'Succeeded' },
      ],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksStepFailVersion': {
    expect: {
      phase: 'Failed',
      nodes: [
        { node: { nameContains: 'step-1.hooks.failed' }, phase: 'Succeeded' },
        { node: { nameContains: 'step-1.hooks.running' }, phase: 'Succeeded' },
      ],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksDagSuccessVersion': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { nameContains: 'step-1.hooks.succeed' }, phase: 'Succeeded' },
        { node: { nameContains: 'step-1.hooks.running' }, phase: 'Succeeded' },
        { node: { nameContains: 'step-2.hooks.succeed' }, phase: 'Succeeded' },
        // step-2.hooks.running must exist; its phase check is commented out upstream (flaky).
        { node: { nameContains: 'step-2.hooks.running' } },
      ],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksDagFailVersion': {
    expect: {
      phase: 'Failed',
      nodes: [
        { node: { nameContains: 'step-1.hooks.failed' }, phase: 'Succeeded' },
        { node: { nameContains: 'step-1.hooks.running' }, phase: 'Succeeded' },
      ],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksDagHasDependencyVersion': {
    expect: {
      phase: 'Failed',
      nodes: [
        { node: { nameContains: 'A.hooks.running' }, phase: 'Succeeded' },
        { node: { nameContains: 'B' }, phase: 'Omitted' },
      ],
    },
    unchecked: ['status.Progress is 1/2'],
    knownMismatch: `its hook template calls /argosay from a shell: ${SLASH_ARGOSAY}`,
  },
  'hooks_test.go:TestWorkflowLevelHooksWaitForTriggeredHook': {
    expect: { phase: 'Succeeded', nodes: [{ node: { nameContains: '.hooks.running' }, phase: 'Succeeded' }] },
    unchecked: ['status.Progress is 2/2'],
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksWaitForTriggeredHook': {
    expect: { phase: 'Succeeded', nodes: [{ node: { nameContains: 'job.hooks.running' }, phase: 'Succeeded' }] },
    unchecked: ['status.Progress is 2/2'],
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksWaitForTriggeredHookAndRespectSynchronization': {
    expect: {
      phase: 'Succeeded',
      nodes: [{ node: { nameContains: 'job.hooks.running' }, phase: 'Succeeded' }, { node: { nameContains: 'job.hooks.succeed' }, phase: 'Succeeded' }],
    },
    unchecked: ['status.Progress is 3/3', 'the hooks respect their mutex'],
    knownMismatch: `argosay's \`sleep 2\` and \`sleep 4\` panic on a bare number (see TestExitHandlerWithWorkflowLevelDeadline)`,
  },
  'hooks_test.go:TestWorkflowLevelHooksWithRetry': {
    expect: {
      phase: 'Failed',
      nodes: [
        { node: { name: 'test-workflow-level-hooks-with-retry.hooks.running' }, phase: 'Succeeded' },
        { node: { name: 'test-workflow-level-hooks-with-retry.hooks.failed' }, phase: 'Succeeded' },
        { node: { name: 'test-workflow-level-hooks-with-retry' }, phase: 'Failed', type: 'Retry' },
        { node: { name: 'test-workflow-level-hooks-with-retry(0)' }, phase: 'Failed' },
        { node: { name: 'test-workflow-level-hooks-with-retry(1)' }, phase: 'Failed' },
      ],
    },
    unchecked: ['status.Progress is 2/4', 'NodeFlag.Hooked and NodeFlag.Retried'],
    knownMismatch: SLASH_ARGOSAY,
  },
  'hooks_test.go:TestTemplateLevelHooksWithRetry': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { name: 'retries-with-hooks-and-artifact[0].build(0)' } },
        { node: { name: 'retries-with-hooks-and-artifact[0].build.hooks.started' }, phase: 'Succeeded' },
        { node: { name: 'retries-with-hooks-and-artifact[0].build.hooks.success' }, phase: 'Succeeded' },
        { node: { name: 'retries-with-hooks-and-artifact[1].print' }, phase: 'Succeeded' },
      ],
      everyNodeOfType: { types: ['Retry'], phase: 'Succeeded' },
    },
    unchecked: ["the hook nodes are children of the Retry node; NodeFlag.Hooked"],
  },
  'hooks_test.go:TestExitHandlerWithWorkflowLevelDeadline': {
    expect: { phase: 'Failed', nodes: [{ node: { displayName: 'exit-handler-with-workflow-level-deadline.onExit' }, phase: 'Succeeded' }] },
    unchecked: ['NodeFlag.Hooked'],
    knownMismatch: ARGOSAY_SLEEP_INT,
  },
  'hooks_test.go:TestHttpExitHandlerWithWorkflowLevelDeadline': { outOfScope: `${NET}: its exit handler's http template GETs http://httpbin:9100/get` },
  // http_artifacts_test.go
  'http_artifacts_test.go:TestInputArtifactHttp': { outOfScope: `${NET}: an http input artifact from httpbin` },
  'http_artifacts_test.go:TestOutputArtifactHttp': { outOfScope: `${NET}: an http output artifact PUT to artifactory` },
  'http_artifacts_test.go:TestBasicAuthArtifactHttp': { outOfScope: `${NET}: an http input artifact from httpbin with basic auth` },
  'http_artifacts_test.go:TestOAuthArtifactHttp': { outOfScope: `${NET}: an http input artifact from httpbin with OAuth` },
  'http_artifacts_test.go:TestClientCertAuthArtifactHttp': { outOfScope: `${NET}: an http input artifact from httpbin with a client certificate` },
  'http_artifacts_test.go:TestArtifactoryArtifacts': { outOfScope: `${NET}: artifactory input and output artifacts` },
  // resource_template_test.go
  'resource_template_test.go:TestResourceTemplateWithWorkflow': { outOfScope: `${K8S}: a resource template creates a Workflow` },
  'resource_template_test.go:TestResourceTemplateWithPod': { outOfScope: `${K8S}: a resource template creates a Pod` },
  'resource_template_test.go:TestResourceTemplateWithArtifact': { outOfScope: `${K8S}: a resource template creates an object from an artifact` },
  'resource_template_test.go:TestResourceTemplateWithOutputs': { outOfScope: `${K8S}: a resource template's outputs read the created Pod (jsonPath, jqFilter)` },
  'resource_template_test.go:TestResourceTemplateAutomountServiceAccountTokenDisabled': {
    outOfScope: `${K8S}: a resource template with automountServiceAccountToken disabled`,
  },
  'resource_template_test.go:TestResourceTemplateFailed': { outOfScope: `${K8S}: a resource template whose failureCondition holds on the created object` },
  // retry_test.go
  'retry_test.go:TestRetryLimit': {
    expect: {
      phase: 'Failed',
      message: { equals: 'No more retries left' },
      nodes: [
        { node: { name: 'test-retry-limit' }, phase: 'Failed', type: 'Retry' },
        { node: { name: 'test-retry-limit(0)' }, phase: 'Failed' },
      ],
    },
    unchecked: ['status.Progress is 0/1', 'NodeFlag'],
  },
  'retry_test.go:TestRetryBackoff#1': { expect: { phase: 'Failed', nodeCount: { atMost: 10 } } },
  'retry_test.go:TestRetryBackoff#2': { expect: { phase: 'Failed', nodeCount: { atMost: 10 } } },
  'retry_test.go:TestWorkflowTemplateWithRetryStrategyInContainerSet': {
    outOfScope: 'a containerSet template runs locally only through a mock, which would decide the asserted phase by itself; the test also reads container logs',
  },
  'retry_test.go:TestRetryNodeAntiAffinity': { outOfScope: `${POD}: retries land on another Kubernetes node (nodeAntiAffinity)` },
  // workflow_template_test.go
  'workflow_template_test.go:TestNestedWorkflowTemplate': { outOfScope: `${MISSING}: smoke/workflow-template-whalesay-template.yaml` },
  'workflow_template_test.go:TestSubmitWorkflowTemplateWithEnum': { ...phase('Succeeded') },
  'workflow_template_test.go:TestSubmitWorkflowTemplateWorkflowMetadataSubstitution': {
    outOfScope: `${POD}: the main container's args, filled from workflowMetadata labels`,
  },
  'workflow_template_test.go:TestSubmitWorkflowTemplateResourceUnquotedExpressions': { outOfScope: `${K8S}: a resource template creates a ConfigMap` },
  'workflow_template_test.go:TestSubmitWorkflowTemplateWithParallelStepsRequiringPVC': {
    outOfScope: `${K8S}: its steps share a PersistentVolumeClaim (one pod writes, another reads), and the test asserts the PVC was deleted`,
  },
  'workflow_template_test.go:TestWorkflowTemplateInvalidOnExit': {
    expect: { phase: 'Error', message: { contains: 'error in exit template execution' } },
    unchecked: ['the PVC was deleted'],
    knownMismatch: "tiphys' validator does not refuse a volumeMount naming no volume (Argo errors the workflow on it), so the run succeeds",
  },
  'workflow_template_test.go:TestWorkflowTemplateWithHook': {
    expect: {
      phase: 'Succeeded',
      nodes: [{ node: { nameContains: 'hooks.running' }, phase: 'Succeeded' }, { node: { nameContains: 'hooks.succeed' }, phase: 'Succeeded' }],
    },
    knownMismatch: SLASH_ARGOSAY,
  },
  'workflow_template_test.go:TestWorkflowTemplateInvalidEntryPoint': {
    expect: { phase: 'Error', message: { contains: 'error in entry template execution' } },
    unchecked: ['the PVC was deleted'],
    knownMismatch: "tiphys' validator does not refuse a volumeMount naming no volume (Argo errors the workflow on it), so the run succeeds",
  },
  'workflow_template_test.go:TestWorkflowFromWorkflowTemplateHasLabel': {
    outOfScope: `${CONTROLLER}: the workflow-template label on the submitted workflow`,
  },
};
