/**
 * `tiphys run <file.ts|file.yaml>`: runs the workflows of a module or an Argo YAML file on this machine
 * with Argo's semantics (the local interpreter), printing the node tree like `argo get`: redrawn as it
 * changes on a terminal, one line per change under CI or into a pipe. Exits 1 when a run does not succeed.
 */
import * as E from 'fp-ts/lib/Either.js';
import { readFile } from 'node:fs/promises';
import type { Workflow as ArgoWorkflow, WorkflowTemplate as ArgoWorkflowTemplate } from '../argo-model/generated/index.js';
import { isRecord } from '../argo-model/json-value.js';
import type { Problem } from '../core/problem.js';
import { TiphysError } from '../core/problem.js';
import { isWorkflowTemplate } from '../core/workflow-template.js';
import { isWorkflow } from '../core/workflow.js';
import { parseMocks, type LocalMocks } from '../interp/local/leaf-mock.js';
import type { LocalLibrary } from '../interp/local/local-options.js';
import { startLocal, type LocalRunHandle } from '../interp/local/run-local.js';
import { formatTypedIoError } from '../interp/typed-io/typed-io-error.js';
import { decodeParamStrings } from '../interp/typed-io/typed-params.js';
import { inputCodecsOf } from '../interp/typed-io/workflow-submittable.js';
import type { CliIo } from './cli-io.js';
import { reportProblems } from './client-flags.js';
import { describeEscape, guardExit } from './exit-guard.js';
import { ANY_DOCUMENT, loadDocumentModule, pickDocuments, type DocumentChoice } from './load-module.js';
import { readManifests } from './load-submittables.js';
import { eventLine, latestTime, localWorkflow, runName } from './local-run-view.js';
import { parseFlags } from './parse-flags.js';
import { renderRunSummary } from './run-summary.js';
import { CLEAR_SCREEN } from './terminal-safe.js';

export const usage =
  'tiphys run <file.ts|file.yaml> [--export name] [-p name=value ...] [--host] [--mock file.json]\n' +
  '  runs the workflow on this machine with Argo\'s semantics, on a virtual clock. Each leaf runs by its mock\n' +
  '  (--mock: { "template": { "result": "...", "parameters": {...} } }), or with --host its command here.';

/** One workflow to run, with what it needs. */
interface Runnable {
  readonly label: string;
  readonly start: (params: ReadonlyArray<string>, host: boolean, mocks: LocalMocks | undefined) => E.Either<string, LocalRunHandle>;
}

const isManifestFile = (file: string): boolean => /\.(ya?ml|json)$/i.test(file);

const problemText = (e: unknown): string =>
  e instanceof TiphysError ? e.message : e instanceof Error ? e.message : String(e);

/** Starts a run; what stops it before it starts (a bad `-p`, a workflow with problems) is a sentence. */
const starting = (label: string, f: () => LocalRunHandle): E.Either<string, LocalRunHandle> => {
  try {
    return E.right(f());
  } catch (e) {
    return E.left(`${label}: ${problemText(e)}`);
  }
};

/** What `run` takes from a module: its Workflows. */
const RUN: DocumentChoice = { ...ANY_DOCUMENT, kinds: ['Workflow'] };

const fromModule = async (file: string, exportName: string | undefined): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<Runnable>>> => {
  const all = await loadDocumentModule(file);
  if (E.isLeft(all)) return E.left([all.left]);
  const picked = pickDocuments(file, all.right, RUN, exportName);
  if (E.isLeft(picked)) return E.left([picked.left]);
  const templates: ReadonlyArray<LocalLibrary> = [...new Set(all.right.map((d) => d.value).filter(isWorkflowTemplate))];
  return E.right(
    picked.right.flatMap(({ exportName: name, value: workflow }): ReadonlyArray<Runnable> => {
      if (!isWorkflow(workflow)) return [];
      const label = `${file}#${name}`;
      return [
        {
          label,
          start: (raw, host, mocks) => {
            const params = decodeParamStrings(raw, inputCodecsOf(workflow));
            if (E.isLeft(params)) return E.left(`${label}: ${formatTypedIoError(params.left)}`);
            return starting(label, () => startLocal(workflow, { params: params.right, host, templates, ...(mocks !== undefined && { mocks }) }));
          },
        },
      ];
    }),
  );
};

const fromManifests = async (file: string): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<Runnable>>> => {
  const read = await readManifests(file);
  if (E.isLeft(read)) return read;
  const kindOf = (d: unknown): unknown => (isRecord(d) ? d['kind'] : undefined);
  const templates = read.right.filter((d) => kindOf(d) === 'WorkflowTemplate' || kindOf(d) === 'ClusterWorkflowTemplate') as ReadonlyArray<ArgoWorkflowTemplate>;
  const runnables = read.right.flatMap((doc, i): ReadonlyArray<Runnable> => {
    if (kindOf(doc) !== 'Workflow') return [];
    const label = `${file}[${i}]`;
    return [
      {
        label,
        start: (raw, host, mocks) => {
          const params = decodeParamStrings(raw, undefined);
          if (E.isLeft(params)) return E.left(`${label}: ${formatTypedIoError(params.left)}`);
          return starting(label, () => startLocal(doc as ArgoWorkflow, { params: params.right, host, templates, ...(mocks !== undefined && { mocks }) }));
        },
      },
    ];
  });
  return runnables.length === 0 ? E.left([{ document: file, message: 'holds no Workflow to run' }]) : E.right(runnables);
};

const readMocks = async (file: string): Promise<E.Either<string, LocalMocks>> => {
  try {
    return parseMocks(await readFile(file, 'utf8'), file);
  } catch (e) {
    return E.left(`${file}: cannot read the file: ${(e as Error).message}`);
  }
};

/** Follows one run to its end on `io`; true when it succeeded. */
const follow = async (label: string, handle: LocalRunHandle, io: CliIo): Promise<boolean> => {
  const live = io.isTTY && (io.env['CI'] === undefined || io.env['CI'] === '' || io.env['CI'] === 'false');
  const view = (name: string, outcome?: { readonly phase: string; readonly message?: string }): string => {
    const nodes = handle.nodes();
    return renderRunSummary(localWorkflow(name, nodes, outcome), latestTime(nodes));
  };
  let pending: NodeJS.Timeout | undefined;
  const stopListening = handle.onEvent((e) => {
    const name = runName(handle.nodes()) ?? e.node;
    if (!live) {
      const line = eventLine(name, e);
      if (line !== undefined) io.stdout(`${line}\n`);
    } else if (pending === undefined)
      // Redraws at most every 100 ms: a fan-out of hundreds of nodes is one frame, not hundreds.
      pending = setTimeout(() => {
        pending = undefined;
        io.stdout(`${CLEAR_SCREEN}${view(name)}`);
      }, 100);
  });
  try {
    const run = await handle.result;
    const outcome = { phase: run.phase, ...(run.message !== undefined && { message: run.message }) };
    io.stdout(`${live ? CLEAR_SCREEN : '\n'}${view(run.name, outcome)}`);
    for (const [k, v] of Object.entries(run.outputs as Record<string, unknown>)) io.stdout(`output ${k} = ${JSON.stringify(v)}\n`);
    return run.phase === 'Succeeded';
  } catch (e) {
    // What stops a run before it starts (a workflow with problems, a bad parameter) rejects its result.
    io.stderr(`${label}: ${problemText(e)}\n`);
    return false;
  } finally {
    stopListening();
    clearTimeout(pending);
  }
};

export const run = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const p = parseFlags(
    {
      args: [...argv],
      allowPositionals: true,
      options: {
        export: { type: 'string' },
        parameter: { type: 'string', short: 'p', multiple: true },
        host: { type: 'boolean' },
        mock: { type: 'string' },
      },
    },
    usage,
    io,
  );
  if (typeof p === 'number') return p;
  const [file, ...extra] = p.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`run takes one file\nusage: ${usage}\n`);
    return 2;
  }
  if (isManifestFile(file) && p.values.export !== undefined) {
    io.stderr(`--export picks an export of a .ts module; ${file} is a manifest file\nusage: ${usage}\n`);
    return 2;
  }
  const mocks = p.values.mock === undefined ? undefined : await readMocks(p.values.mock);
  if (mocks !== undefined && E.isLeft(mocks)) {
    io.stderr(`${mocks.left}\n`);
    return 1;
  }
  const guarded = await guardExit(() => (isManifestFile(file) ? fromManifests(file) : fromModule(file, p.values.export)));
  if (E.isLeft(guarded)) return reportProblems(io, file, [{ document: file, message: describeEscape(guarded.left, 'loading') }]);
  if (E.isLeft(guarded.right)) return reportProblems(io, file, guarded.right.left);
  let exit = 0;
  for (const runnable of guarded.right.right) {
    // The module's own functions run while it renders and while its implementations run: an exit there is its problem.
    const outcome = await guardExit(async () => {
      const handle = runnable.start(p.values.parameter ?? [], p.values.host === true, mocks?.right);
      if (E.isLeft(handle)) {
        io.stderr(`${handle.left}\n`);
        return false;
      }
      return follow(runnable.label, handle.right, io);
    });
    if (E.isLeft(outcome)) io.stderr(`${runnable.label}: ${describeEscape(outcome.left, 'running')}\n`);
    if (E.isLeft(outcome) || !outcome.right) exit = 1;
  }
  return exit;
};
