// The local interpreter's entry points: run a tiphys Workflow value (rendered and validated as for a
// cluster, outputs decoded with its codecs) or an Argo Workflow object, off-cluster, with Argo's semantics.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import type { Workflow as ArgoWorkflow } from '../../argo-model/generated/index.js';
import { templateRegistry, validateDocument } from '../../argo-docs/validate/index.js';
import { TiphysError, type Problem } from '../../core/problem.js';
import { isWorkflow, type Workflow } from '../../core/workflow.js';
import { isWorkflowTemplate } from '../../core/workflow-template.js';
import { renderDocument } from '../manifest/document-interpreter.js';
import type { CodecsOf } from '../typed-io/submittable.js';
import { formatTypedIoError } from '../typed-io/typed-io-error.js';
import { decodeOutputs, rawOutputs } from '../typed-io/typed-outputs.js';
import { withParams } from '../typed-io/typed-params.js';
import { submittableOf } from '../typed-io/workflow-submittable.js';
import type { LocalOptions } from './local-options.js';
import { localRun, nodesOf, type LocalRun } from './local-run.js';
import type { LocalNode } from './local-node.js';
import { createLeafRunner } from './create-leaf-runner.js';
import { templateCodecs, templatesByName } from './template-codecs.js';
import { fnImplementations } from './fn-implementations.js';
import type { LocalImplementations } from './leaf-implementation.js';
import type { LocalEvent } from './run-events.js';
import { realClock, virtualClock } from './run-clock.js';
import { startEngine, type LibraryManifest } from './run-workflow.js';
import type { NodeRecord, RunState } from './run-state.js';

/** A run in progress: resume its suspended nodes, stop it, or wait for its result. */
export interface LocalRunHandle<O = Readonly<Record<string, unknown>>> {
  readonly result: Promise<LocalRun<O>>;
  /** Resumes the suspended node with that display or full name, supplying its `valueFrom.supplied` outputs. */
  resume(name: string, parameters?: Readonly<Record<string, string>>): void;
  /** Names of the nodes suspended now. */
  suspended(): ReadonlyArray<string>;
  /** Resolves with the node's full name once a node of that name is suspended. */
  whenSuspended(name: string): Promise<string>;
  /** Argo's stop: running nodes fail, exit handlers still run. */
  stop(message?: string): void;
  /** Argo's terminate: running nodes fail, exit handlers are skipped. */
  terminate(): void;
  /** Calls `listener` with each event from now on (a live view); returns what stops it. */
  onEvent(listener: (event: LocalEvent) => void): () => void;
  /** The nodes as they are now, by full name (none before the run has started). */
  nodes(): Readonly<Record<string, LocalNode>>;
}

interface Prepared {
  readonly manifest: ArgoWorkflow;
  /** Parameter codecs by template name, for implementations (a tiphys workflow only). */
  readonly templateCodecs: ReturnType<typeof templateCodecs> | undefined;
  readonly codecs: CodecsOf<Readonly<Record<string, unknown>>> | undefined;
  readonly libraries: ReadonlyArray<LibraryManifest>;
  /** The run's implementations: the ones given, over the functions of its `fn` templates. */
  readonly implementations: LocalImplementations;
}

const labelOf = (m: { readonly metadata?: { readonly name?: string; readonly generateName?: string } }): string =>
  `workflow '${m.metadata?.name ?? m.metadata?.generateName ?? '(unnamed)'}'`;

const libraries = (options: LocalOptions<unknown>): E.Either<ReadonlyArray<Problem>, ReadonlyArray<LibraryManifest>> => {
  const out: LibraryManifest[] = [];
  for (const lib of options.templates ?? []) {
    if (!isWorkflowTemplate(lib)) {
      out.push(lib);
      continue;
    }
    const doc = renderDocument(lib);
    if (E.isLeft(doc)) return doc;
    out.push(doc.right as LibraryManifest);
  }
  return E.right(out);
};

/** The validated manifest a run executes, with the codecs its outputs decode with. */
const prepare = (wf: Workflow<unknown, unknown> | ArgoWorkflow, options: LocalOptions<unknown>): Prepared => {
  const libs = libraries(options);
  if (E.isLeft(libs)) throw new TiphysError(libs.left, 'a WorkflowTemplate given to the run');
  const params = (options.params ?? {}) as Readonly<Record<string, unknown>>;
  if (isWorkflow(wf)) {
    const sub = submittableOf(wf, params);
    if (E.isLeft(sub)) throw new TiphysError(sub.left, labelOf({ metadata: wf.node.metadata }));
    const roots = [wf.node.entrypoint, wf.node.onExit, ...(options.templates ?? []).flatMap((l) => (isWorkflowTemplate(l) ? l.node.templates : []))].filter((t) => t !== undefined);
    return {
      manifest: sub.right.manifest as ArgoWorkflow,
      templateCodecs: templateCodecs(roots),
      implementations: { ...fnImplementations(templatesByName(roots)), ...options.implementations },
      codecs: sub.right.outputCodecs,
      libraries: libs.right,
    };
  }
  const withArgs = withParams(wf, params, undefined);
  if (E.isLeft(withArgs)) throw new TiphysError([{ path: 'spec.arguments', message: formatTypedIoError(withArgs.left) }], labelOf(wf));
  const problems = validateDocument(withArgs.right, { templatesByName: templateRegistry(libs.right) });
  if (problems.length > 0) throw new TiphysError(problems, labelOf(wf));
  return { manifest: withArgs.right as ArgoWorkflow, templateCodecs: undefined, codecs: undefined, libraries: libs.right, implementations: options.implementations ?? {} };
};

const statusOf = (run: RunState, root: NodeRecord | undefined, phase: string): ArgoWorkflow => {
  const global = [...run.globals.entries()]
    .filter(([k]) => k.startsWith('workflow.outputs.parameters.'))
    .map(([k, value]) => ({ name: k.slice('workflow.outputs.parameters.'.length), value }));
  const outputs = root?.outputs;
  return {
    ...run.workflow,
    status: {
      phase,
      nodes:
        root === undefined || outputs === undefined
          ? {}
          : {
              [root.name]: {
                id: root.id,
                name: root.name,
                type: root.type,
                outputs: {
                  parameters: Object.entries(outputs.parameters).map(([name, value]) => ({ name, value })),
                  ...(outputs.result !== undefined && { result: outputs.result }),
                },
              },
            },
      outputs: { parameters: global },
    },
  };
};

/** Each output its codec decodes; one it cannot (absent after a failure) is left out. */
const decoded = (status: ArgoWorkflow, codecs: Prepared['codecs']): Readonly<Record<string, unknown>> => {
  const raw = rawOutputs(status);
  if (codecs === undefined) return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(codecs)) {
    const one = decodeOutputs(status, { [name]: codecs[name] } as CodecsOf<Readonly<Record<string, unknown>>>);
    if (E.isRight(one)) out[name] = one.right[name];
  }
  return out;
};

/**
 * Starts a workflow locally and returns a handle to resume, stop or await it. A tiphys workflow is
 * rendered and validated as for a cluster (`params` encoded with its codecs); an Argo Workflow object is
 * validated with Argo's rules; with a problem nothing runs and `result` rejects with a `TiphysError`
 * listing every one.
 * @category interpreters
 */
export function startLocal<I, O>(wf: Workflow<I, O>, options?: LocalOptions<I>): LocalRunHandle<O>;
export function startLocal(wf: ArgoWorkflow, options?: LocalOptions): LocalRunHandle;
export function startLocal(wf: Workflow<unknown, unknown> | ArgoWorkflow, options: LocalOptions<unknown> = {}): LocalRunHandle<unknown> {
  return start(wf, options, true);
}

const start = (wf: Workflow<unknown, unknown> | ArgoWorkflow, options: LocalOptions<unknown>, resumable: boolean): LocalRunHandle<unknown> => {
  const clock = options.clock === 'real' ? realClock() : virtualClock();
  // Listeners may subscribe before the engine exists: it is prepared on a later tick, so a workflow with
  // a problem rejects `result` rather than throwing here.
  const listeners: Array<(event: LocalEvent) => void> = [];
  let state: RunState | undefined;
  const started = Promise.resolve().then(async () => {
    const prepared = prepare(wf, options);
    // Made only for the leaf runner built here; removed after the run unless kept.
    let store: string | undefined;
    const leaf =
      options.leafRunner ??
      createLeafRunner({
        store: (store = await mkdtemp(join(tmpdir(), 'tiphys-run-'))),
        ...(options.mocks !== undefined && { mocks: options.mocks }),
        implementations: prepared.implementations,
        ...(prepared.templateCodecs !== undefined && { codecs: prepared.templateCodecs }),
        ...(options.host !== undefined && { host: options.host }),
      });
    const engine = startEngine({
      workflow: prepared.manifest,
      libraries: prepared.libraries,
      leaf,
      mocks: options.mocks ?? {},
      clock,
      origin: options.clock === 'real' ? Date.now() : Date.UTC(2024, 0, 1),
      name: options.name,
      resumable,
    });
    state = engine.state;
    engine.state.listeners.push((e) => {
      for (const listener of [...listeners]) listener(e);
    });
    return { prepared, engine, store };
  });
  const find = (name: string): string | undefined => {
    if (state === undefined) return undefined;
    const { suspended, nodes } = state;
    return suspended.has(name) ? name : [...suspended.keys()].find((n) => nodes.get(n)?.displayName === name);
  };
  const result = started.then(async ({ prepared, engine, store }) => {
    const outcome = await engine.outcome;
    if (store !== undefined && options.keepStore !== true) await rm(store, { recursive: true, force: true });
    const status = statusOf(engine.state, outcome.root, outcome.phase);
    const raw = Object.fromEntries(Object.entries(rawOutputs(status)).filter((e): e is [string, string] => e[1] !== undefined));
    return localRun(engine.state, {
      phase: outcome.phase,
      message: outcome.message,
      root: outcome.root,
      outputs: decoded(status, prepared.codecs),
      rawOutputs: raw,
    });
  });
  return {
    result,
    resume: (name, parameters) => {
      const node = find(name);
      if (node === undefined) throw new Error(`no node named '${name}' is suspended (suspended: ${[...(state?.suspended.keys() ?? [])].join(', ') || 'none'})`);
      state?.suspended.get(node)?.(parameters);
    },
    suspended: () => [...(state?.suspended.keys() ?? [])],
    whenSuspended: (name) =>
      started.then(
        ({ engine }) =>
          new Promise((resolve) => {
            const now = find(name);
            if (now !== undefined) return resolve(now);
            const listener = (e: LocalEvent): void => {
              if (e.type !== 'Suspended' || (e.node !== name && e.displayName !== name)) return;
              engine.state.listeners.splice(engine.state.listeners.indexOf(listener), 1);
              resolve(e.node);
            };
            engine.state.listeners.push(listener);
          }),
      ),
    stop: (message) => void started.then(({ engine }) => engine.stop(message), () => undefined),
    terminate: () => void started.then(({ engine }) => engine.terminate(), () => undefined),
    onEvent: (listener) => {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
    nodes: () => (state === undefined ? {} : nodesOf(state)),
  };
};

/**
 * Runs a workflow locally with Argo's semantics and resolves with its result: phase, node tree, decoded
 * outputs, event log. Time is virtual by default. A suspend that nothing can resume (no duration, no mock)
 * ends in Error; use `startLocal` to resume it through the handle.
 * @category interpreters
 */
export function runLocal<I, O>(wf: Workflow<I, O>, options?: LocalOptions<I>): Promise<LocalRun<O>>;
export function runLocal(wf: ArgoWorkflow, options?: LocalOptions): Promise<LocalRun>;
export function runLocal(wf: Workflow<unknown, unknown> | ArgoWorkflow, options: LocalOptions<unknown> = {}): Promise<LocalRun<unknown>> {
  return start(wf, options, false).result;
}
