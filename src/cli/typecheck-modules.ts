/**
 * `tiphys build` type-checks what it is about to run, with the TypeScript the user's project has
 * (resolved from the module's own directory; none there, no check) and the nearest tsconfig.json.
 * One program per project, rooted at the modules given: only what they import is checked.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ts from 'typescript';

// model

/** One error, located like `tsc` prints it. */
export interface TypeCheckError {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** `TS2322` */
  readonly code: string;
  readonly message: string;
}

export type TypecheckResult =
  | { readonly checked: true; readonly errors: ReadonlyArray<TypeCheckError> }
  | { readonly checked: false; readonly why: string };

// utils

/** Without a tsconfig.json: strict, and module resolution as loose as tsx's, which runs the module. */
const DEFAULTS: ts.CompilerOptions = {
  strict: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
};

/** `file:line:col - error TS2322: message`, the way `tsc` prints it. */
export const formatTypeError = (e: TypeCheckError): string => `${e.file}:${e.line}:${e.col} - error ${e.code}: ${e.message}`;

const loadTypescript = async (from: string): Promise<typeof ts | undefined> => {
  let path: string;
  try {
    path = createRequire(from).resolve('typescript');
  } catch {
    return undefined;
  }
  const mod = (await import(pathToFileURL(path).href)) as { default: typeof ts };
  return mod.default;
};

const optionsFor = (tsc: typeof ts, dir: string): ts.CompilerOptions => {
  const configPath = tsc.findConfigFile(dir, tsc.sys.fileExists);
  const fixed: ts.CompilerOptions = { noEmit: true, skipLibCheck: true, incremental: false, composite: false, declaration: false };
  if (configPath === undefined) {
    return { ...DEFAULTS, target: tsc.ScriptTarget.ES2022, module: tsc.ModuleKind.ESNext, moduleResolution: tsc.ModuleResolutionKind.Bundler, ...fixed };
  }
  // The config's own file list is not needed (the roots are the modules given): skip globbing the project.
  const host: ts.ParseConfigFileHost = { ...tsc.sys, readDirectory: () => [], onUnRecoverableConfigFileDiagnostic: () => undefined };
  const parsed = tsc.getParsedCommandLineOfConfigFile(configPath, fixed, host);
  return { ...(parsed?.options ?? DEFAULTS), ...fixed };
};

const toError = (tsc: typeof ts, d: ts.Diagnostic): TypeCheckError => {
  const message = tsc.flattenDiagnosticMessageText(d.messageText, '\n');
  const code = `TS${d.code}`;
  if (d.file === undefined || d.start === undefined) return { file: '-', line: 0, col: 0, code, message };
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const rel = relative(process.cwd(), d.file.fileName);
  return { file: isAbsolute(rel) || rel.startsWith('..') ? d.file.fileName : rel, line: line + 1, col: character + 1, code, message };
};

// operations

/**
 * Type-checks `files` (of one project: TypeScript and tsconfig.json are looked up from the first)
 * and returns every error in them, or why no check ran.
 */
export const typecheckModules = async (files: ReadonlyArray<string>): Promise<TypecheckResult> => {
  // A missing file is for the loader to report, once.
  const paths = files.map((f) => resolve(f)).filter((p) => existsSync(p));
  const [first] = paths;
  if (first === undefined) return { checked: true, errors: [] };
  const tsc = await loadTypescript(first);
  if (tsc === undefined) return { checked: false, why: `typescript is not installed where ${relative(process.cwd(), first)} can import it` };
  const program = tsc.createProgram({ rootNames: paths, options: optionsFor(tsc, dirname(first)) });
  // The modules to run, and the option errors that would make their check meaningless.
  const roots = paths.flatMap((p) => program.getSourceFile(p) ?? []);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...roots.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]),
  ].filter((d) => d.category === tsc.DiagnosticCategory.Error);
  return { checked: true, errors: diagnostics.map((d) => toError(tsc, d)) };
};

/** The errors of `typecheckModules` as `tsc` prints them (none when no check could run). */
export const typecheckLines = async (files: ReadonlyArray<string>): Promise<ReadonlyArray<string>> => {
  const r = await typecheckModules(files);
  return r.checked ? r.errors.map(formatTypeError) : [];
};
