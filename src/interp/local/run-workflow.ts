// A whole workflow: global variables, the entrypoint under the workflow's deadline, then the exit handler
// (`spec.onExit` or `spec.hooks.exit`) with `workflow.status` and `workflow.failures`, as Argo's operator.
import type { LifecycleHook, Parameter, Template, Workflow, WorkflowSpec } from '../../argo-model/generated/index.js';
import type { LeafRunner, LocalArtifact } from './leaf-runner.js';
import type { LocalMocks } from './leaf-mock.js';
import { isFailedOrError, podName, type NodePhase } from './local-node.js';
import { durationMs } from './run-durations.js';
import { executeTemplate } from './execute-template.js';
import { resolveArguments } from './call-arguments.js';
import type { RunClock } from './run-clock.js';
import { watchHooks } from './run-hooks.js';
import { layer } from './run-scope.js';
import { semaphore, unlimited } from './run-semaphore.js';
import { isoAt, type NodeRecord, type RunLibrary, type RunState } from './run-state.js';
import type { CallArguments } from './template-inputs.js';

/** A WorkflowTemplate as the engine takes it: its kind, name and spec. */
export interface LibraryManifest {
  readonly kind: 'WorkflowTemplate' | 'ClusterWorkflowTemplate';
  readonly metadata: { readonly name?: string };
  readonly spec: WorkflowSpec;
}

export interface EngineInput {
  readonly workflow: Workflow;
  readonly libraries: ReadonlyArray<LibraryManifest>;
  readonly leaf: LeafRunner;
  readonly mocks: LocalMocks;
  readonly clock: RunClock;
  /** Epoch milliseconds the run starts at (`workflow.creationTimestamp`). */
  readonly origin: number;
  readonly name: string | undefined;
  readonly resumable: boolean;
}

/** How the workflow ended. */
export interface WorkflowOutcome {
  readonly phase: 'Succeeded' | 'Failed' | 'Error';
  readonly message?: string;
  readonly root: NodeRecord | undefined;
}

export const DEADLINE_MESSAGE = 'Step exceeded its deadline';

const byName = (templates: ReadonlyArray<Template> | undefined): ReadonlyMap<string, Template> =>
  new Map((templates ?? []).map((t) => [t.name ?? '', t]));

/** The spec a `workflowTemplateRef` runs: the library's, with the workflow's own fields on top. */
const effectiveSpec = (wf: Workflow, libs: ReadonlyArray<RunLibrary & { readonly spec: WorkflowSpec }>): WorkflowSpec | string => {
  const ref = wf.spec.workflowTemplateRef;
  if (ref === undefined) return wf.spec;
  const lib = libs.find((l) => l.library === ref.name && l.clusterScope === (ref.clusterScope ?? false));
  if (lib === undefined) return `workflowTemplateRef names '${ref.name ?? ''}', which was not given to the run (pass it in the \`templates\` option)`;
  const own = new Map((wf.spec.arguments?.parameters ?? []).map((p) => [p.name, p]));
  const parameters = [
    ...(lib.spec.arguments?.parameters ?? []).map((p) => own.get(p.name) ?? p),
    ...(wf.spec.arguments?.parameters ?? []).filter((p) => !(lib.spec.arguments?.parameters ?? []).some((q) => q.name === p.name)),
  ];
  return { ...lib.spec, ...wf.spec, arguments: { ...lib.spec.arguments, ...wf.spec.arguments, parameters }, templates: lib.spec.templates ?? [] };
};

/** The fields of Argo's `Parameter` in Go's order, as `json.Marshal` writes the list (empty ones left out). */
const PARAMETER_FIELDS = ['name', 'default', 'value', 'valueFrom', 'globalName', 'enum', 'description'] as const;

const goParameter = (p: Parameter): Partial<Parameter> =>
  Object.fromEntries(PARAMETER_FIELDS.flatMap((k) => (p[k] === undefined || p[k] === '' ? [] : [[k, p[k]]])));

const globalVars = (wf: Workflow, spec: WorkflowSpec, name: string, origin: number): Map<string, string> => {
  const vars = new Map<string, string>([
    ['workflow.name', name],
    ['workflow.namespace', wf.metadata.namespace ?? 'default'],
    ['workflow.uid', `00000000-0000-4000-8000-${String(origin % 1e12).padStart(12, '0')}`],
    ['workflow.mainEntrypoint', spec.entrypoint ?? ''],
    ['workflow.serviceAccountName', spec.serviceAccountName ?? 'default'],
    ['workflow.priority', String(spec.priority ?? 0)],
    ['workflow.creationTimestamp', new Date(origin).toISOString().replace(/\.\d+Z$/, 'Z')],
    ['workflow.creationTimestamp.RFC3339', new Date(origin).toISOString().replace(/\.\d+Z$/, 'Z')],
  ]);
  const params = spec.arguments?.parameters ?? [];
  for (const p of params) vars.set(`workflow.parameters.${p.name}`, p.value ?? p.default ?? '');
  vars.set('workflow.parameters.json', JSON.stringify(params.map(goParameter)));
  for (const [kind, record] of [['labels', wf.metadata.labels], ['annotations', wf.metadata.annotations]] as const) {
    for (const [k, v] of Object.entries(record ?? {})) vars.set(`workflow.${kind}.${k}`, v);
    vars.set(`workflow.${kind}.json`, JSON.stringify(record ?? {}));
  }
  return vars;
};

/** `workflow.failures`: every failed leaf, as Argo lists them for exit handlers. */
const failures = (run: RunState): string =>
  JSON.stringify(
    [...run.nodes.values()]
      .filter((n) => isFailedOrError(n.phase) && (n.type === 'Pod' || n.type === 'HTTP' || n.type === 'Plugin'))
      .map((n) => ({
        displayName: n.displayName,
        message: n.message ?? '',
        templateName: n.templateName ?? '',
        phase: n.phase,
        podName: podName(run.workflowName, n.templateName ?? '', n.name),
        finishedAt: n.finishedAt === undefined ? '' : isoAt(run, n.finishedAt),
      })),
  );

const workflowPhase = (phase: NodePhase | undefined): WorkflowOutcome['phase'] =>
  phase === 'Failed' ? 'Failed' : phase === 'Error' || phase === undefined ? 'Error' : 'Succeeded';

export interface Engine {
  readonly state: RunState;
  readonly outcome: Promise<WorkflowOutcome>;
  /** Argo's stop: running nodes fail, exit handlers still run. */
  stop(message?: string): void;
  /** Argo's terminate: running nodes fail, exit handlers do not run. */
  terminate(): void;
}

const toLibrary = (m: LibraryManifest): RunLibrary & { readonly spec: WorkflowSpec } => ({
  library: m.metadata.name ?? '',
  clusterScope: m.kind === 'ClusterWorkflowTemplate',
  templates: byName(m.spec.templates),
  spec: m.spec,
});

/** Starts the run; `outcome` settles when the entrypoint and the exit handler are done. */
export const startEngine = (input: EngineInput): Engine => {
  const { workflow } = input;
  const libraries = input.libraries.map(toLibrary);
  const spec = effectiveSpec(workflow, libraries);
  const name = input.name ?? workflow.metadata.name ?? `${workflow.metadata.generateName ?? 'workflow-'}local`;
  const resolvedSpec = typeof spec === 'string' ? workflow.spec : spec;
  const state: RunState = {
    workflow: { ...workflow, metadata: { ...workflow.metadata, name }, spec: resolvedSpec },
    workflowName: name,
    clock: input.clock,
    origin: input.origin,
    leaf: input.leaf,
    mocks: input.mocks,
    pods: semaphore(resolvedSpec.parallelism),
    main: { library: undefined, templates: byName(resolvedSpec.templates) },
    libraries,
    templateDefaults: resolvedSpec.templateDefaults,
    globals: layer(undefined, globalVars(workflow, resolvedSpec, name, input.origin)),
    globalArtifacts: new Map<string, LocalArtifact>(),
    nodes: new Map(),
    events: [],
    resumable: input.resumable,
    listeners: [],
    suspended: new Map(),
  };
  const main = new AbortController();
  const exit = new AbortController();
  const outcome = (async (): Promise<WorkflowOutcome> => {
    if (typeof spec === 'string') return { phase: 'Error', message: spec, root: undefined };
    const deadline = spec.activeDeadlineSeconds === undefined ? undefined : durationMs(spec.activeDeadlineSeconds);
    const timer = new AbortController();
    if (deadline !== undefined) void state.clock.sleep(deadline, timer.signal).then((fired) => fired && main.abort(DEADLINE_MESSAGE));
    const args = resolveArguments(spec.arguments, state.globals);
    const hookSite = { run: state, boundary: undefined, context: state.main, signal: exit.signal, slots: unlimited };
    const hooks = watchHooks(hookSite, spec.hooks, name, () => layer(state.globals, [['workflow.status', 'Running']]));
    const root = await executeTemplate(state, {
      name,
      displayName: name,
      parent: undefined,
      boundary: undefined,
      holder: { template: spec.entrypoint ?? '' },
      context: state.main,
      args: typeof args === 'string' ? ({ parameters: new Map(), artifacts: new Map(), locations: [] } satisfies CallArguments) : args,
      signal: main.signal,
      slots: unlimited,
    });
    timer.abort();
    const phase = workflowPhase(root.phase);
    const hook: LifecycleHook | undefined = spec.onExit !== undefined ? { template: spec.onExit } : spec.hooks?.['exit'];
    const exitScope = layer(state.globals, [
      ['workflow.status', phase],
      ['workflow.failures', failures(state)],
      ['workflow.duration', String(state.clock.now() / 1000)],
    ]);
    await hooks.settle(root, exitScope);
    if (hook !== undefined && !exit.signal.aborted) {
      const hookArgs = resolveArguments(hook.arguments, exitScope);
      if (typeof hookArgs !== 'string') {
        await executeTemplate(state, {
          name: `${name}.onExit`,
          displayName: `${name}.onExit`,
          parent: undefined,
          boundary: undefined,
          holder: hook,
          context: state.main,
          args: hookArgs,
          signal: exit.signal,
          slots: unlimited,
          extra: exitScope,
        });
      }
    }
    return { phase, ...(root.message !== undefined && { message: root.message }), root };
  })();
  return {
    state,
    outcome,
    stop: (message = "Stopped with strategy 'Stop'") => main.abort(message),
    terminate: () => {
      exit.abort("Stopped with strategy 'Terminate'");
      main.abort("Stopped with strategy 'Terminate'");
    },
  };
};
