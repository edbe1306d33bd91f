import * as E from 'fp-ts/lib/Either.js';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TiphysError, type Problem } from '../core/problem.js';
import type { RootKind } from '../core/root-node.js';
import { compileDocument, isDocumentValue, renderDocument, type DocumentManifest, type DocumentValue } from '../interp/manifest/document-interpreter.js';
import { describeEscape, guardExit } from './exit-guard.js';

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

/** What a command takes from a module, and how its messages name it. */
export interface DocumentChoice {
  /** How messages name what is taken: `workflow`, `WorkflowTemplate`, `CronWorkflow`. */
  readonly what: string;
  /** The kinds taken when no export is named. */
  readonly kinds: ReadonlyArray<RootKind>;
  /** The kinds an export named by `--export` may have (`kinds` when not given). */
  readonly named?: ReadonlyArray<RootKind>;
  /** What to write when the module exports none, e.g. `export default workflow({ ... })`. */
  readonly example: string;
}

/** Every kind: what `tiphys build` takes. */
export const ANY_DOCUMENT: DocumentChoice = {
  what: 'workflow',
  kinds: ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'],
  example: 'export default workflow({ ... })',
};

/**
 * The documents a command takes: the export named `exportName` (of a kind `choice.named` allows), or
 * else each unique export of `choice.kinds`, in the module's order.
 */
export const pickDocuments = (
  file: string,
  all: ReadonlyArray<ExportedDocument>,
  choice: DocumentChoice,
  exportName?: string,
): E.Either<LoadProblem, ReadonlyArray<ExportedDocument>> => {
  const { what, kinds } = choice;
  if (exportName !== undefined) {
    const found = all.find((d) => d.exportName === exportName);
    const allowed = choice.named ?? kinds;
    if (found !== undefined && allowed.includes(found.value.kind)) return E.right([found]);
    const message =
      found === undefined
        ? `no exported ${what} named '${exportName}'; exported ${what}s: ${all.filter((d) => allowed.includes(d.value.kind)).map((d) => d.exportName).join(', ') || 'none'}`
          : `export '${exportName}' is a ${found.value.kind}; this command takes ${allowed.join(', ')}`;
    return E.left({ document: file, message });
  }
  // The value's own `kind`, not its node's: reading the node runs the module's code, which rendering guards.
  const picked = uniqueDocuments(all.filter((d) => kinds.includes(d.value.kind)));
  if (picked.length > 0) return E.right(picked);
  // Exports the command takes only by name (submit of a CronWorkflow): say which, rather than to add a workflow.
  const byName = uniqueDocuments(all.filter((d) => choice.named?.includes(d.value.kind) === true));
  const fix = byName.length > 0 ? `name one with --export: ${byName.map((d) => `${d.exportName} (${d.value.kind})`).join(', ')}` : `add \`${choice.example}\``;
  return E.left({ document: file, message: `exports no ${what}; ${fix}` });
};

/** A document a module exports, rendered, under `file#export`. */
export interface CompiledDocument {
  readonly source: string;
  readonly manifest: DocumentManifest;
}

/**
 * Renders every exported document (checked with Argo's rules unless `validate` is false). Every problem
 * of every export comes back, each with `file#export` as its document.
 */
export const compileDocuments = async (
  file: string,
  exported: ReadonlyArray<ExportedDocument>,
  validate = true,
): Promise<E.Either<ReadonlyArray<Problem>, ReadonlyArray<CompiledDocument>>> => {
  const problems: Problem[] = [];
  const compiled: CompiledDocument[] = [];
  for (const x of exported) {
    const source = `${file}#${x.exportName}`;
    const r = await rendering(() => (validate ? compileDocument : renderDocument)(x.value));
    if (E.isLeft(r)) problems.push(...r.left.map((p) => ({ ...p, document: source })));
    else compiled.push({ source, manifest: r.right });
  }
  return problems.length > 0 ? E.left(problems) : E.right(compiled);
};

/** Rendering runs the module's own functions (commands, callbacks): a throw or an exit is its problem. */
const rendering = async <A>(f: () => E.Either<ReadonlyArray<Problem>, A>): Promise<E.Either<ReadonlyArray<Problem>, A>> => {
  const guarded = await guardExit(f);
  return E.isLeft(guarded) ? E.left([{ message: describeEscape(guarded.left, 'rendering') }]) : guarded.right;
};

/** Loads a module and picks its document values: every one, or those `choice` takes. */
export const loadDocumentModule = async (
  file: string,
  choice?: DocumentChoice,
  exportName?: string,
): Promise<E.Either<LoadProblem, ReadonlyArray<ExportedDocument>>> => {
  const mod = await loadModule(file);
  const all = E.isLeft(mod) ? mod : documentsOf(file, mod.right);
  return choice === undefined || E.isLeft(all) ? all : pickDocuments(file, all.right, choice, exportName);
};
