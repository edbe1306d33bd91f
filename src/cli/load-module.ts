import * as E from 'fp-ts/lib/Either.js';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TiphysError, type Problem } from '../core/problem.js';
import { renderWorkflow } from '../interp/manifest/manifest-interpreter.js';
import type { WorkflowManifest } from '../interp/manifest/workflow-manifest.js';
import { isWorkflow, type Workflow } from '../core/workflow.js';

/** A workflow exported by a module, under its export name. */
export interface ExportedWorkflow {
  readonly exportName: string;
  readonly workflow: Workflow<unknown, unknown>;
}

/** Why a module did not load; `stack` is the thrown error's, for `--verbose`. */
export interface LoadProblem extends Problem {
  readonly stack?: string;
}

const FRAME = /^\s*at (?:.*?\()?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/;

/**
 * `file:line:col` of the frame to show for an error thrown while `path` loaded: the first in that
 * file, else the first in the user's code (not Node's internals, not a dependency's).
 */
export const userFrame = (stack: string, path: string, shownAs: string): string | undefined => {
  const frames = stack.split('\n').flatMap((line) => {
    const m = FRAME.exec(line);
    if (m === null) return [];
    const where = m[1] ?? '';
    const file = where.startsWith('file://') ? fileURLToPath(where) : where;
    return [{ file, at: `${m[2] ?? ''}:${m[3] ?? ''}` }];
  });
  const own = frames.find((f) => f.file === path);
  if (own !== undefined) return `${shownAs}:${own.at}`;
  const user = frames.find((f) => isAbsolute(f.file) && !f.file.includes('/node_modules/'));
  return user === undefined ? undefined : `${relative(process.cwd(), user.file)}:${user.at}`;
};

/**
 * Imports a TypeScript or JavaScript module (TypeScript is compiled on the fly by tsx, which the CLI
 * registers) and returns the whole module namespace, or a problem saying why it could not load: what
 * the module threw is shown at the user's own line.
 */
export const loadModule = async (file: string): Promise<E.Either<LoadProblem, Readonly<Record<string, unknown>>>> => {
  const path = resolve(file);
  if (!existsSync(path)) return E.left({ document: file, message: 'no such file' });
  try {
    return E.right((await import(pathToFileURL(path).href)) as Readonly<Record<string, unknown>>);
  } catch (e) {
    if (!(e instanceof Error)) return E.left({ document: file, message: `threw while loading: ${String(e)}` });
    const stack = e.stack ?? '';
    return E.left({ document: userFrame(stack, path, file) ?? file, message: `threw while loading: ${e.name}: ${e.message}`, stack });
  }
};

/**
 * The workflows a module exports: the named one with `exportName`, otherwise every exported workflow
 * (the default export first; one object exported under two names counts once).
 */
export const workflowsOf = (
  file: string,
  mod: Readonly<Record<string, unknown>>,
  exportName?: string,
): E.Either<Problem, ReadonlyArray<ExportedWorkflow>> => {
  const all = Object.entries(mod)
    .filter((e): e is [string, Workflow<unknown, unknown>] => isWorkflow(e[1]))
    .sort(([a], [b]) => (a === 'default' ? -1 : b === 'default' ? 1 : 0));
  if (exportName !== undefined) {
    const found = all.find(([n]) => n === exportName);
    if (found !== undefined) return E.right([{ exportName, workflow: found[1] }]);
    const names = all.map(([n]) => n).join(', ') || 'none';
    return E.left({ document: file, message: `no exported workflow named '${exportName}'; exported workflows: ${names}` });
  }
  const seen = new Set<unknown>();
  const unique: Array<[string, Workflow<unknown, unknown>]> = [];
  for (const [n, w] of all) {
    if (!seen.has(w)) unique.push([n, w]);
    seen.add(w);
  }
  if (unique.length === 0) {
    return E.left({ document: file, message: 'exports no workflow; add `export default workflow({ ... })`' });
  }
  return E.right(unique.map(([n, w]) => ({ exportName: n, workflow: w })));
};

/** Loads a module and picks its workflows. */
export const loadWorkflowModule = async (
  file: string,
  exportName?: string,
): Promise<E.Either<LoadProblem, ReadonlyArray<ExportedWorkflow>>> => {
  const mod = await loadModule(file);
  return E.isLeft(mod) ? mod : workflowsOf(file, mod.right, exportName);
};

/** A workflow a module exports, rendered, under `file#export`. */
export interface CompiledExport {
  readonly source: string;
  readonly manifest: WorkflowManifest;
}

/**
 * Turns each exported workflow into its manifest with `compile` (`compileWorkflow`, or `renderWorkflow`
 * to leave Argo's rules to the caller). Every problem of every export comes back, each with
 * `file#export` as its document.
 */
export const compileExports = (
  file: string,
  exported: ReadonlyArray<ExportedWorkflow>,
  compile: (wf: Workflow<unknown, unknown>) => E.Either<ReadonlyArray<Problem>, WorkflowManifest>,
): E.Either<ReadonlyArray<Problem>, ReadonlyArray<CompiledExport>> => {
  const problems: Problem[] = [];
  const compiled: CompiledExport[] = [];
  for (const { exportName, workflow } of exported) {
    const source = `${file}#${exportName}`;
    const r = compile(workflow);
    if (E.isLeft(r)) problems.push(...r.left.map((p) => ({ ...p, document: source })));
    else compiled.push({ source, manifest: r.right });
  }
  return problems.length > 0 ? E.left(problems) : E.right(compiled);
};

/**
 * For `tiphys lint`: the rendered manifests of the workflows a module exports, as documents to validate
 * (none for a module that exports no workflow). A module that fails to load or render throws one error
 * listing every problem.
 */
export const renderModuleDocuments = async (
  file: string,
): Promise<ReadonlyArray<{ readonly source: string; readonly doc: unknown }>> => {
  const mod = await loadModule(file);
  if (E.isLeft(mod)) throw new TiphysError([mod.left], file);
  if (!Object.values(mod.right).some(isWorkflow)) return [];
  const loaded = workflowsOf(file, mod.right);
  if (E.isLeft(loaded)) throw new TiphysError([loaded.left], file);
  const r = compileExports(file, loaded.right, renderWorkflow);
  if (E.isLeft(r)) throw new TiphysError(r.left, file);
  return r.right.map(({ source, manifest }) => ({ source, doc: manifest }));
};
