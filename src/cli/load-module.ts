import * as E from 'fp-ts/lib/Either.js';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TiphysError, type Problem } from '../core/problem.js';
import type { WorkflowManifest } from '../interp/manifest/workflow-manifest.js';
import { isWorkflow, type Workflow } from '../core/workflow.js';
import { compileDocument, isDocumentValue, renderDocument, type DocumentManifest, type DocumentValue } from '../interp/manifest/document-interpreter.js';
import { describeEscape, guardExit } from './exit-guard.js';

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
  const guarded = await guardExit(() => import(pathToFileURL(path).href));
  if (E.isRight(guarded)) return E.right(guarded.right as Readonly<Record<string, unknown>>);
  const { stack } = guarded.left;
  const message = describeEscape(guarded.left, 'loading');
  if (stack === undefined) return E.left({ document: file, message });
  return E.left({ document: userFrame(stack, path, file) ?? file, message, stack });
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

/**
 * For `tiphys lint`: the rendered manifests of the documents a module exports (workflows, workflow
 * templates, cron workflows), as documents to validate (none for a module that exports none). A module
 * that fails to load or render throws one error listing every problem.
 */
export const renderModuleDocuments = async (
  file: string,
): Promise<ReadonlyArray<{ readonly source: string; readonly doc: unknown }>> => {
  const mod = await loadModule(file);
  if (E.isLeft(mod)) throw new TiphysError([mod.left], file);
  if (!Object.values(mod.right).some(isDocumentValue)) return [];
  const loaded = documentsOf(file, mod.right);
  if (E.isLeft(loaded)) throw new TiphysError([loaded.left], file);
  const r = await compileDocuments(file, uniqueDocuments(loaded.right), false);
  if (E.isLeft(r)) throw new TiphysError(r.left, file);
  return r.right.map(({ source, manifest }) => ({ source, doc: manifest }));
};

/** A document value (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow) a module exports. */
export interface ExportedDocument {
  readonly exportName: string;
  readonly value: DocumentValue;
}

/**
 * Where each name is first exported in the module's source (`export const a`, `export { a, b }`,
 * `export const { a, b } = ...`), so documents come out in the order the file declares them; a module
 * namespace lists its names alphabetically. Names not found keep that order, after the others.
 */
const sourceOrder = (path: string, names: ReadonlyArray<string>): ReadonlyArray<string> => {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return names;
  }
  const exportsAt = [...text.matchAll(/\bexport\b/g)].map((m) => m.index);
  const at = (name: string): number => {
    if (name === 'default') return text.search(/\bexport\s+default\b/);
    for (const i of exportsAt) {
      const rest = text.slice(i, text.indexOf(';', i) === -1 ? undefined : text.indexOf(';', i) + 1);
      const pos = rest.search(new RegExp(`\\b${name.replace(/[$]/g, '\\$')}\\b`));
      if (pos > 0) return i + pos;
    }
    return -1;
  };
  const found = names.map((n) => ({ n, i: at(n) }));
  return [...found.filter((f) => f.i >= 0).sort((a, b) => a.i - b.i), ...found.filter((f) => f.i < 0)].map((f) => f.n);
};

/** Every document value a module exports under each of its names: the default export first, then in source order. */
export const documentsOf = (file: string, mod: Readonly<Record<string, unknown>>): E.Either<Problem, ReadonlyArray<ExportedDocument>> => {
  const values = new Map(Object.entries(mod).filter((e): e is [string, DocumentValue] => isDocumentValue(e[1])));
  const names = sourceOrder(resolve(file), [...values.keys()]);
  const ordered = [...names.filter((n) => n === 'default'), ...names.filter((n) => n !== 'default')];
  return ordered.length === 0
    ? E.left({ document: file, message: 'exports no workflow; add `export default workflow({ ... })`' })
    : E.right(ordered.map((exportName) => ({ exportName, value: values.get(exportName)! })));
};

/** Each value once (one value exported under two names counts once, under its first name). */
export const uniqueDocuments = (all: ReadonlyArray<ExportedDocument>): ReadonlyArray<ExportedDocument> => {
  const seen = new Set<unknown>();
  return all.filter((d) => !seen.has(d.value) && seen.add(d.value) !== undefined);
};

/** A document a module exports, rendered, under `file#export`. */
export interface CompiledDocument {
  readonly source: string;
  readonly manifest: DocumentManifest;
}

/**
 * Renders every exported document (checked with Argo's rules unless `validate` is false); the module's
 * own WorkflowTemplates resolve its workflows' `workflowTemplateRef`s. Every problem of every export
 * comes back, each with `file#export` as its document.
 */
export const compileDocuments = async (
  file: string,
  exported: ReadonlyArray<ExportedDocument>,
  validate = true,
): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<CompiledDocument>>> => {
  const rendered: Array<{ readonly x: ExportedDocument; readonly r: E.Either<ReadonlyArray<Problem>, DocumentManifest> }> = [];
  for (const x of exported) rendered.push({ x, r: await rendering(() => renderDocument(x.value)) });
  const libraries = rendered.flatMap(({ r }) => (E.isRight(r) && r.right.kind !== 'Workflow' && r.right.kind !== 'CronWorkflow' ? [r.right] : []));
  const problems: Problem[] = [];
  const compiled: CompiledDocument[] = [];
  for (const { x, r } of rendered) {
    const source = `${file}#${x.exportName}`;
    const checked = validate && E.isRight(r) ? await rendering(() => compileDocument(x.value, libraries)) : r;
    if (E.isLeft(checked)) problems.push(...checked.left.map((p) => ({ ...p, document: source })));
    else compiled.push({ source, manifest: checked.right });
  }
  return problems.length > 0 ? E.left(problems) : E.right(compiled);
};

/** Rendering runs the module's own functions (commands, callbacks): a throw or an exit is its problem. */
const rendering = async <A>(f: () => E.Either<ReadonlyArray<Problem>, A>): Promise<E.Either<ReadonlyArray<Problem>, A>> => {
  const guarded = await guardExit(f);
  return E.isLeft(guarded) ? E.left([{ message: describeEscape(guarded.left, 'rendering') }]) : guarded.right;
};

/** Loads a module and picks its document values. */
export const loadDocumentModule = async (file: string): Promise<E.Either<LoadProblem, ReadonlyArray<ExportedDocument>>> => {
  const mod = await loadModule(file);
  return E.isLeft(mod) ? mod : documentsOf(file, mod.right);
};
