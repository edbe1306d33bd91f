// functional_test.go's assertions, per workflow it submits (see differential-e2e-table.ts for the format).
import type { E2eEntry, InScope } from './differential-e2e-table.js';

const K8S = 'needs a real Kubernetes API';
const POD = 'asserts only the pod Kubernetes created';
const EVENTS = 'asserts only the Kubernetes events the controller emits';
const MEMO = 'asserts a memoization cache hit in a ConfigMap (memoize is ignored locally)';
const DRIVEN = 'is driven from outside while it runs';
const ABSENT_OUTSIDE_ARGUMENTS =
  "an absent optional (a Skipped producer's output parameter with no valueFrom.default) read by a `when`, a `withParam` or an artifact `subPath` fails with 'is not defined here' instead of Argo's 'absent optional'";

const EMPTY_PARAM =
  "argosay `echo []` gets the script path Argo appends as a third argument; the vendored argosay source then writes `[]` into that file and prints nothing, so withParam is '' and not a JSON list, while Argo's run printed []";

const ok: InScope = { expect: { phase: 'Succeeded' } };

export const FUNCTIONAL_TABLE: Readonly<Record<string, E2eEntry>> = {
  'functional_test.go:TestArchiveStrategies': ok,
  'functional_test.go:TestDeletingPendingPod': { outOfScope: `${DRIVEN}: kubectl patches and deletes its pending pod` },
  'functional_test.go:TestWorkflowLevelErrorRetryPolicy': { expect: { nodes: [{ node: { name: '{{workflow}}' }, type: 'Retry' }] } },
  'functional_test.go:TestWorkflowMetadataLabelsFrom': { outOfScope: 'asserts the label the controller puts on the Workflow object (workflowMetadata.labelsFrom)' },
  // functional/conditionals.yaml is upstream a link to examples/conditionals.yaml, which is vendored.
  'functional_test.go:TestWhenExpressions': {
    expect: {
      phase: 'Succeeded',
      nodes: ['print-hello-govaluate', 'print-hello-expr', 'print-hello-expr-json'].map((d) => ({ node: { displayName: d }, notType: 'Skipped' as const })),
    },
  },
  'functional_test.go:TestJSONVariables': {
    // The pod's args are what `echo` prints: its result shows them.
    expect: { nodes: [{ node: { pod: 'Succeeded' }, result: 'myLabelValue myAnnotationValue myParamValue' }] },
    unchecked: ["the main container's args (checked through echo's output instead)"],
  },
  'functional_test.go:TestWorkflowTTL': { outOfScope: 'asserts the TTL controller deleted the Workflow object' },
  'functional_test.go:TestWorkflowRetention#1': { expect: { phase: 'Failed' } },
  'functional_test.go:TestWorkflowRetention#2': { expect: { phase: 'Failed' }, unchecked: ['the retention controller keeps 2 failed workflows'] },
  'functional_test.go:TestWorkflowRetention#3': { expect: { phase: 'Failed' }, unchecked: ['the retention controller keeps 2 failed workflows'] },
  'functional_test.go:TestResourceQuota': { ...ok, unchecked: ['runs under a pods quota of 2'] },
  'functional_test.go:TestContinueOnFail': {
    expect: { phase: 'Succeeded', nodeCount: 7, nodes: [{ node: { displayName: 'B' }, phase: 'Failed', children: 1 }] },
    unchecked: ['B has 1 outbound node'],
  },
  'functional_test.go:TestContinueOnFailDag': {
    expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'F' }, phase: 'Failed' }, { node: { displayName: 'P' }, phase: 'Succeeded' }] },
  },
  'functional_test.go:TestVolumeClaimTemplate': { outOfScope: `${K8S}: asserts the PVC of its volumeClaimTemplate was deleted` },
  'functional_test.go:TestEventOnNodeFail': { outOfScope: EVENTS },
  'functional_test.go:TestEventOnWorkflowSuccess': { outOfScope: EVENTS },
  'functional_test.go:TestEventOnPVCFail': { outOfScope: `${EVENTS} (a PVC that fails to be created)` },
  'functional_test.go:TestArtifactRepositoryRef': {
    outOfScope: 'asserts status.artifactRepositoryRef and S3 keys from the artifact-repositories ConfigMap; its consumer reads an s3 artifact',
  },
  'functional_test.go:TestLoopEmptyParam': {
    expect: { phase: 'Succeeded', nodeCount: 5, nodes: [{ node: { displayName: 'sleep' }, phase: 'Skipped', messageContains: 'Skipped, empty params' }] }, knownMismatch: EMPTY_PARAM },
  'functional_test.go:TestDAGEmptyParam': {
    expect: { phase: 'Succeeded', nodeCount: 3, nodes: [{ node: { displayName: 'sleep' }, phase: 'Skipped', messageContains: 'Skipped, empty params' }] }, knownMismatch: EMPTY_PARAM },
  'functional_test.go:TestDAGOmittedOutputRef': {
    expect: {
      phase: 'Error',
      nodes: [
        { node: { displayName: 'stage-a' }, phase: 'Succeeded' },
        { node: { displayName: 'stage-b' }, phase: 'Omitted' },
        { node: { displayName: 'stage-c' }, phase: 'Error', messageContains: 'absent optional' },
      ],
    } },
  'functional_test.go:TestDAGSkippedOutputRef': {
    expect: {
      phase: 'Error',
      nodes: [
        { node: { displayName: 'stage-a' }, phase: 'Succeeded' },
        { node: { displayName: 'stage-b' }, phase: 'Skipped' },
        { node: { displayName: 'stage-c' }, phase: 'Error', messageContains: 'absent optional' },
      ],
    } },
  'functional_test.go:TestDAGSkippedProducerOutputDefault': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { displayName: 'producer' }, phase: 'Skipped' },
        { node: { displayName: 'consumer' }, phase: 'Succeeded', inputCount: 1, inputs: ['hello-from-producer'] },
      ],
    } },
  'functional_test.go:TestDAGSkippedConsumerInputDefault': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { displayName: 'producer' }, phase: 'Skipped' },
        { node: { displayName: 'consumer' }, phase: 'Succeeded', inputCount: 1, inputs: ['fallback-from-input'] },
      ],
    },
  },
  'functional_test.go:TestDAGSkippedVolumeRefProducerDefault': {
    expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'producer' }, phase: 'Skipped' }, { node: { displayName: 'consumer' }, phase: 'Succeeded' }] },
  },
  'functional_test.go:TestDAGSkippedArtifactSubPathRef': {
    expect: {
      phase: 'Error',
      nodes: [
        { node: { displayName: 'param-producer' }, phase: 'Skipped' },
        { node: { displayName: 'consumer' }, phase: 'Error', messageContains: 'absent optional' },
      ],
    }, knownMismatch: ABSENT_OUTSIDE_ARGUMENTS },
  'functional_test.go:TestDAGSkippedWithParamProducerDefault': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { displayName: 'producer' }, phase: 'Skipped' },
        ...['a', 'b'].map((item, i) => ({ node: { displayName: `consumer(${i}:${item})` }, phase: 'Succeeded' as const, inputCount: 1, inputs: [item] })),
      ],
    } },
  'functional_test.go:TestStepsSkippedWithParamRef': {
    expect: { phase: 'Failed', nodes: [{ node: { displayName: 'producer' }, phase: 'Skipped' }], someNode: { phase: 'Error', messageContains: 'absent optional' } }, knownMismatch: ABSENT_OUTSIDE_ARGUMENTS },
  'functional_test.go:TestStepsSkippedOutputRef': {
    expect: {
      phase: 'Failed',
      nodes: [
        { node: { displayName: 'job1' }, phase: 'Succeeded' },
        { node: { displayName: 'job2' }, phase: 'Skipped' },
      ],
      someNode: { phase: 'Error', messageContains: 'absent optional' },
    }, knownMismatch: ABSENT_OUTSIDE_ARGUMENTS },
  'functional_test.go:TestStepsSkippedProducerOutputDefault': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { displayName: 'producer' }, phase: 'Skipped' },
        { node: { displayName: 'consumer' }, phase: 'Succeeded', inputCount: 1, inputs: ['hello-from-producer'] },
      ],
    } },
  'functional_test.go:TestStepsSkippedConsumerInputDefault': {
    expect: {
      phase: 'Succeeded',
      nodes: [
        { node: { displayName: 'producer' }, phase: 'Skipped' },
        { node: { displayName: 'consumer' }, phase: 'Succeeded', inputCount: 1, inputs: ['fallback-from-input'] },
      ],
    },
  },
  'functional_test.go:TestStepsWhenExprFilter': {
    expect: {
      phase: 'Succeeded',
      nodes: ['fst(0:name:first,type:)', 'fst(1:name:second,type:always)', 'fst(2:name:third,type:test)', 'fst(3:name:fourth)'].map((d) => ({
        node: { displayName: d },
        phase: 'Succeeded' as const,
      })),
    } },
  'functional_test.go:TestDAGWhenExprSkip': { expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'B' }, phase: 'Skipped' }] } },
  'functional_test.go:TestPendingRetryWorkflow': {
    expect: { nodes: [{ node: { displayName: 'a' }, phase: 'Succeeded' }, { node: { displayName: 'b' }, phase: 'Succeeded' }] },
    unchecked: ['a and b are Pending under a 130M memory quota until it is deleted'],
  },
  'functional_test.go:TestPendingRetryWorkflowWithRetryStrategy': {
    expect: { nodes: [{ node: { displayName: 'a(0)' }, phase: 'Succeeded' }, { node: { displayName: 'b(0)' }, phase: 'Succeeded' }] },
    unchecked: ['a(0) and b(0) are Pending under a 130M memory quota until it is deleted'],
  },
  'functional_test.go:TestParameterAggregation': { expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'print(0:res:1)' }, phase: 'Succeeded' }] } },
  'functional_test.go:TestParameterAggregationFromOutputs': {
    expect: {
      phase: 'Succeeded',
      nodes: ['task3(0:key1:value1)', 'task3(1:key2:value2)', 'task3(2:key3:value3)', 'task3(0:key4:value4)', 'task3(1:key5:value5)'].map((d) => ({
        node: { displayName: d },
      })),
    },
  },
  'functional_test.go:TestParameterAggregationDAGWithRetry': {
    expect: {
      phase: 'Succeeded',
      nodes: [{ node: { displayName: 'parameter-aggregation-dag-with-retry(0)' }, phase: 'Succeeded', outputCount: 1, outputs: ['["1","2","3"]'] }],
    },
  },
  'functional_test.go:TestParameterAggregationStepsWithRetry': {
    expect: {
      phase: 'Succeeded',
      nodes: [{ node: { displayName: 'parameter-aggregation-steps-with-retry(0)' }, phase: 'Succeeded', outputCount: 1, outputs: ['["1","2","3"]'] }],
    },
  },
  'functional_test.go:TestDAGDepends': {
    expect: {
      nodes: [
        { node: { displayName: 'should-execute-1' }, phase: 'Succeeded' },
        { node: { displayName: 'should-execute-2' }, phase: 'Succeeded' },
        { node: { displayName: 'should-not-execute' }, phase: 'Omitted' },
      ],
    },
  },
  'functional_test.go:TestOptionalInputArtifacts': {
    outOfScope: 'needs a network service: its optional http input artifact is a 404 on github.com, which Argo skips as absent',
  },
  'functional_test.go:TestOptionalOutputArtifacts': ok,
  'functional_test.go:TestWorkflowTemplateRefWithExitHandler': {
    outOfScope: 'submits a file that is not vendored (upstream test/e2e/smoke or a link left out): smoke/workflow-template-whalesay-template.yaml',
  },
  'functional_test.go:TestWorkflowTemplateRefWithExitHandlerError': {
    expect: { phase: 'Failed', message: { contains: 'invalid spec' } },
    knownMismatch:
      "Argo validates the referenced WorkflowTemplate's spec (its onExit templateRef names a missing template) and fails the workflow; locally the entrypoint runs and the exit handler alone ends in Error",
  },
  'functional_test.go:TestWorkflowLifecycleHookWithWorkflowTemplate': { expect: { phase: 'Succeeded', message: { equals: '' } } },
  'functional_test.go:TestWorkflowHookParameterTemplates': {
    expect: { phase: 'Succeeded', nodes: [{ node: { displayName: 'workflow-hook-parameter.onExit' }, phase: 'Succeeded', inputs: ['Succeeded', 'Succeeded'] }] },
  },
  'functional_test.go:TestParametrizableAds': { expect: { phase: 'Failed' }, unchecked: ["the failed pod's spec.activeDeadlineSeconds is 5"] },
  'functional_test.go:TestParametrizableLimit': {
    expect: { phase: 'Failed', nodeCount: 3, nodes: [{ node: { name: '{{workflow}}' }, messageContains: 'No more retries left' }] },
  },
  'functional_test.go:TestTemplateLevelTimeout': { expect: { phase: 'Failed' } },
  'functional_test.go:TestTemplateLevelTimeoutWithForbidden': { expect: { phase: 'Failed' }, unchecked: ['pods are forbidden by a 130M memory quota'] },
  'functional_test.go:TestWorkflowPodSpecPatch': { outOfScope: `${POD}: podSpecPatch's grace period and CPU limits` },
  'functional_test.go:TestOutputArtifactS3BucketCreationEnabled': { ...ok, unchecked: ['the S3 bucket is created in minio'] },
  'functional_test.go:TestDataTransformation': {
    outOfScope: 'a data template lists the keys of an S3 bucket (data.source.artifactPaths); the asserted result is that listing',
  },
  'functional_test.go:TestHTTPOutputs': { outOfScope: 'needs a network service of the e2e cluster: an http template GETs raw.githubusercontent.com' },
  'functional_test.go:TestScriptAsNonRoot': { ...ok, unchecked: ['the pod runs as user 1000'] },
  'functional_test.go:TestPauseBefore': { outOfScope: `${DRIVEN}: kubectl exec touches the pause-before marker in the pod` },
  'functional_test.go:TestPauseAfter': { outOfScope: `${DRIVEN}: kubectl exec touches the pause-after marker in the pod` },
  'functional_test.go:TestPauseAfterAndBefore': { outOfScope: `${DRIVEN}: kubectl exec touches the pause markers in the pod` },
  'functional_test.go:TestStepLevelMemoize': { outOfScope: MEMO },
  'functional_test.go:TestStepLevelMemoizeNoOutput': { outOfScope: MEMO },
  'functional_test.go:TestDAGLevelMemoize': { outOfScope: MEMO },
  'functional_test.go:TestDAGLevelMemoizeNoOutput': { outOfScope: MEMO },
  'functional_test.go:TestContainerSetRetryFail': {
    outOfScope: 'a containerSet template runs locally only through a mock, which would decide the asserted phase by itself',
  },
  'functional_test.go:TestContainerSetRetrySuccess': {
    outOfScope: 'a containerSet template runs locally only through a mock, which would decide the asserted phase by itself',
  },
  'functional_test.go:TestTTY': ok,
  'functional_test.go:TestTemplateDefaultImage': ok,
  'functional_test.go:TestEntrypointName': { expect: { nodes: [{ node: { displayName: 'step' }, phase: 'Succeeded', inputs: ['bar'] }] } },
  'functional_test.go:TestMissingStepsInUI': {
    expect: { phase: 'Succeeded', nodes: [{ node: { name: 'missing-steps[0].step1[0].execute-script' }, children: 1 }] }, knownMismatch: 'an optional input artifact that is absent, passed on with `from: {{inputs.artifacts.inputFile}}`, is an Error locally; Argo passes it on as absent' },
  'functional_test.go:TestWithItemsWithHooks': {
    outOfScope: 'submits a file that is not vendored (upstream test/e2e/smoke or a link left out): smoke/with-items-with-hooks.yaml',
  },
  'functional_test.go:TestTerminateWorkflowWhileOnExitHandlerRunning': { outOfScope: `${DRIVEN}: the test terminates it while its exit handler runs` },
  'functional_test.go:TestWorkflowExitHandlerCrashEnsureNodeIsPresent': {
    expect: { phase: 'Failed', nodes: [{ node: { exitNode: true }, inputCount: 1 }] }, knownMismatch: "a step hook's argument naming the failed step's missing output parameter is refused ('was not supplied'); Argo gives the hook node that input anyway" },
  'functional_test.go:TestWorkflowParallelismStepFailFast': {
    expect: {
      phase: 'Failed',
      message: { equals: 'template has failed or errored children and failFast enabled' },
      nodes: [
        { node: { displayName: '[0]' }, phase: 'Failed' },
        { node: { displayName: 'step1' }, phase: 'Failed' },
        { node: { displayName: 'step2' }, phase: 'Succeeded' },
      ],
    }, knownMismatch: 'template-level failFast is not enforced (docs/local-runner.md), and step1 runs `exit` as a command, which is a shell builtin and no program on this machine' },
  'functional_test.go:TestWorkflowParallelismDAGFailFast': {
    expect: {
      phase: 'Failed',
      message: { equals: 'template has failed or errored children and failFast enabled' },
      nodes: [
        { node: { displayName: 'task1' }, phase: 'Failed' },
        { node: { displayName: 'task2' }, phase: 'Succeeded' },
      ],
    }, knownMismatch: 'template-level failFast is not enforced (docs/local-runner.md): task2 is not stopped with that message' },
  'functional_test.go:TestWorkflowInvalidServiceAccountError': {
    outOfScope: `${K8S}: a service account without the right to create workflowtaskresults, and container logs`,
  },
};
