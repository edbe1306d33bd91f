import * as E from 'fp-ts/lib/Either.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { clip } from '../core/clip-text.js';
import { formatProblem, TiphysError, WHERE_SHOWN } from '../core/problem.js';
import type { CliIo, Command } from './cli-io.js';
import { lintDocuments, readYamlForLint } from './lint-documents.js';
import type { LintInput, LintProblem, SkippedDocument } from './lint-documents.js';
import { readYamlFile } from './read-yaml-file.js';

const USAGE = `usage: tiphys lint <file.yaml|file.ts|directory>... [--no-typecheck] [--server]

Validates Argo Workflows, WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows offline,
like \`argo lint --offline\`: every field is checked against Argo's model (unknown fields, wrong
types), then against Argo's validation rules. A .ts module is rendered first: each workflow it
exports is checked, after the modules are type-checked with the project's TypeScript (when it has
one; --no-typecheck skips this). Directories are searched recursively for *.yaml / *.yml files and .ts modules
(a module that exports no workflow is skipped with a note); files may hold several documents. Other
kinds (ConfigMap, ...) are skipped with a note. With --server, the Argo Server checks instead.
Exit status: 0 when clean, 1 when any problem is found, 2 on usage errors.
`;

/** Loads documents from a file this command does not read itself (e.g. a TypeScript module). */
export type ModuleLoader = (path: string) => Promise<ReadonlyArray<LintInput>>;

export interface LintOptions {
  /** Extensions handled by `loadModule` instead of the YAML reader, e.g. ['.ts']. */
  readonly moduleExtensions?: ReadonlyArray<string>;
  /** The module extensions also picked up inside directories (sources, not build output), e.g. ['.ts']. */
  readonly directoryModuleExtensions?: ReadonlyArray<string>;
  readonly loadModule?: ModuleLoader;
  /** Type-checks the modules about to be loaded; one printed line per error (off with --no-typecheck). */
  readonly typecheck?: (paths: ReadonlyArray<string>) => Promise<ReadonlyArray<string>>;
}

const YAML_FILE = /\.ya?ml$/i;

/** A file to lint, and whether it was named on the command line or found in a directory. */
interface LintPath {
  readonly path: string;
  readonly named: boolean;
}

interface Expanded {
  readonly paths: ReadonlyArray<LintPath>;
  /** Entries passed over (symlink loops, FIFOs, unreadable entries), each a line for stderr. */
  readonly notes: ReadonlyArray<string>;
}

/**
 * The files to lint under `arg`: YAML files and the `modules` extensions, skipping node_modules and
 * dot entries. Symlinks are followed, but a directory already visited (a symlink loop) is not entered
 * again, and only regular files are taken (a FIFO named *.yaml would block forever).
 */
const expand = async (arg: string, modules: ReadonlyArray<string>, visited = new Set<string>(), named = true): Promise<Expanded> => {
  const s = await stat(arg);
  if (!s.isDirectory()) return { paths: [{ path: arg, named }], notes: [] };
  const id = `${s.dev}:${s.ino}`;
  if (visited.has(id)) return { paths: [], notes: [`${arg}: note: a directory already searched (symlink loop); skipped`] };
  visited.add(id);
  const entries = (await readdir(arg)).filter((e) => e !== 'node_modules' && !e.startsWith('.')).sort();
  const wanted = (e: string): boolean => YAML_FILE.test(e) || (!e.endsWith('.d.ts') && modules.some((x) => e.endsWith(x)));
  const nested = await Promise.all(
    entries.map(async (e): Promise<Expanded> => {
      const p = join(arg, e);
      try {
        const st = await stat(p);
        if (st.isDirectory()) return await expand(p, modules, visited, false);
        if (!wanted(e)) return { paths: [], notes: [] };
        return st.isFile() ? { paths: [{ path: p, named: false }], notes: [] } : { paths: [], notes: [`${p}: note: not a regular file; skipped`] };
      } catch (err) {
        return { paths: [], notes: wanted(e) ? [`${p}: note: cannot read (${err instanceof Error ? err.message : String(err)}); skipped`] : [] };
      }
    }),
  );
  return { paths: nested.flatMap((n) => n.paths), notes: nested.flatMap((n) => n.notes) };
};

/** `file:line:col` (or less when the position is unknown). */
const position = (source: string | undefined, line?: number, col?: number): string =>
  `${source ?? '-'}${line === undefined ? '' : `:${line}`}${line === undefined || col === undefined ? '' : `:${col}`}`;

/** `file:line:col document template task field: message (rule)` */
export const formatLintProblem = (p: LintProblem): string => {
  const what = [p.document, p.template, p.task, p.path].filter((s): s is string => s !== undefined && s !== '').map((s) => clip(s, WHERE_SHOWN));
  return `${position(p.source, p.line, p.col)} ${what.join(' ')}: ${clip(p.message)}${p.rule === undefined ? '' : ` (${p.rule})`}`;
};

const formatSkipped = (s: SkippedDocument): string => `${position(s.source, s.line)}: note: ${s.document}: ${s.reason}`;

/** `tiphys lint` with hooks for more file kinds; `run` is this without them. */
export const runLint = async (argv: ReadonlyArray<string>, io: CliIo, options: LintOptions = {}): Promise<number> => {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const typecheck = !argv.includes('--no-typecheck');
  const args = argv.filter((a) => a !== '--no-typecheck');
  const unknownFlag = args.find((a) => a.startsWith('-'));
  if (args.length === 0 || unknownFlag !== undefined) {
    io.stderr(unknownFlag === undefined ? USAGE : `tiphys lint: unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  // Every error line printed counts in the summary, whether it is a document's problem or a file's.
  let errors = 0;
  const error = (line: string): void => {
    io.stdout(`${line}\n`);
    errors++;
  };
  const paths: Array<LintPath> = [];
  for (const arg of args) {
    try {
      const expanded = await expand(arg, options.loadModule === undefined ? [] : (options.directoryModuleExtensions ?? []));
      for (const n of expanded.notes) io.stderr(`${n}\n`);
      paths.push(...expanded.paths);
    } catch (e) {
      io.stderr(`${arg}: error: cannot read (${e instanceof Error ? e.message : String(e)})\n`);
      errors++;
    }
  }
  const isModule = (path: string): boolean =>
    options.loadModule !== undefined && options.moduleExtensions?.some((x) => path.endsWith(x)) === true;
  const modules = paths.filter((p) => isModule(p.path)).map((p) => p.path);
  // All modules in one program: one check for the whole run, before any of them runs.
  if (typecheck && options.typecheck !== undefined && modules.length > 0) for (const line of await options.typecheck(modules)) error(line);
  let skippedModules = 0;
  const docs: Array<LintInput> = [];
  for (const { path, named } of paths) {
    try {
      if (isModule(path) && options.loadModule !== undefined) {
        const inputs = await options.loadModule(path);
        if (inputs.length === 0 && named) error(`${path}: error: exports no workflow; add \`export default workflow({ ... })\``);
        else if (inputs.length === 0) {
          io.stderr(`${path}: note: exports no workflow; skipped\n`);
          skippedModules++;
        }
        docs.push(...inputs);
        continue;
      }
      const text = await readYamlFile(path);
      if (E.isLeft(text)) {
        error(`${position(path, text.left.line, text.left.col)}: error: ${text.left.message}`);
        continue;
      }
      const read = readYamlForLint(text.right, path);
      for (const w of read.warnings) io.stderr(`${position(w.source, w.line, w.col)}: warning: ${w.message}\n`);
      for (const e of read.errors) error(`${position(e.source, e.line, e.col)}: error: invalid YAML: ${e.message}`);
      docs.push(...read.inputs);
    } catch (e) {
      if (e instanceof TiphysError) for (const p of e.problems) error(formatProblem(p));
      else error(`${path}: error: cannot load (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const files = paths.length;
  const { results, skipped } = lintDocuments(docs);
  for (const s of skipped) io.stderr(`${formatSkipped(s)}\n`);
  for (const r of results) {
    for (const p of r.problems) error(formatLintProblem(p));
    if (r.omitted > 0) io.stdout(`${position(r.input.source)} ... and ${r.omitted} more problem(s) in this document, not listed\n`);
    errors += r.omitted;
  }
  const bad = results.filter((r) => r.problems.length > 0).length;
  const skips = skipped.length + skippedModules;
  io.stdout(
    errors === 0
      ? `no problems found in ${results.length} document(s) of ${files} file(s)${skips > 0 ? ` (${skips} skipped)` : ''}\n`
      : `${errors} problem(s) in ${bad} of ${results.length} document(s) of ${files} file(s)\n`,
  );
  return errors > 0 ? 1 : 0;
};

/** `tiphys lint <file.yaml|dir>...` (CLI contract: exit code). */
export const run: Command = (argv, io) => runLint(argv, io);
