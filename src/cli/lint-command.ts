import * as E from 'fp-ts/lib/Either.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { clip } from '../core/clip-text.js';
import { WHERE_SHOWN } from '../core/problem.js';
import type { CliIo, Command } from './cli-io.js';
import { lintDocuments, readYamlForLint } from './lint-documents.js';
import type { LintInput, LintProblem, SkippedDocument } from './lint-documents.js';
import { readYamlFile } from './read-yaml-file.js';

const USAGE = `usage: tiphys lint <file.yaml|directory>...

Validates Argo Workflows, WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows offline,
like \`argo lint --offline\`: every field is checked against Argo's model (unknown fields, wrong
types), then against Argo's validation rules. Directories are searched recursively for *.yaml /
*.yml files; files may hold several documents. Other kinds (ConfigMap, ...) are skipped with a note.
Exit status: 0 when clean, 1 when any problem is found, 2 on usage errors.
`;

/** Loads documents from a file this command does not read itself (e.g. a TypeScript module). */
export type ModuleLoader = (path: string) => Promise<ReadonlyArray<LintInput>>;

export interface LintOptions {
  /** Extensions handled by `loadModule` instead of the YAML reader, e.g. ['.ts']. */
  readonly moduleExtensions?: ReadonlyArray<string>;
  readonly loadModule?: ModuleLoader;
}

const YAML_FILE = /\.ya?ml$/i;

interface Expanded {
  readonly paths: ReadonlyArray<string>;
  /** Entries passed over (symlink loops, FIFOs, unreadable entries), each a line for stderr. */
  readonly notes: ReadonlyArray<string>;
}

/**
 * The YAML files under `arg`: symlinks are followed, but a directory already visited (a symlink loop)
 * is not entered again, and only regular files are read (a FIFO named *.yaml would block forever).
 */
const expand = async (arg: string, visited = new Set<string>()): Promise<Expanded> => {
  const s = await stat(arg);
  if (!s.isDirectory()) return { paths: [arg], notes: [] };
  const id = `${s.dev}:${s.ino}`;
  if (visited.has(id)) return { paths: [], notes: [`${arg}: note: a directory already searched (symlink loop); skipped`] };
  visited.add(id);
  const paths: Array<string> = [];
  const notes: Array<string> = [];
  for (const e of (await readdir(arg)).sort()) {
    const p = join(arg, e);
    try {
      const st = await stat(p);
      if (st.isDirectory()) {
        const nested = await expand(p, visited);
        for (const n of nested.paths) paths.push(n);
        for (const n of nested.notes) notes.push(n);
      } else if (YAML_FILE.test(e)) {
        if (st.isFile()) paths.push(p);
        else notes.push(`${p}: note: not a regular file; skipped`);
      }
    } catch (err) {
      if (YAML_FILE.test(e)) notes.push(`${p}: note: cannot read (${err instanceof Error ? err.message : String(err)}); skipped`);
    }
  }
  return { paths, notes };
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
  const unknownFlag = argv.find((a) => a.startsWith('-'));
  if (argv.length === 0 || unknownFlag !== undefined) {
    io.stderr(unknownFlag === undefined ? USAGE : `tiphys lint: unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  let failed = false;
  const docs: Array<LintInput> = [];
  let files = 0;
  for (const arg of argv) {
    let paths: ReadonlyArray<string>;
    try {
      const expanded = await expand(arg);
      for (const n of expanded.notes) io.stderr(`${n}\n`);
      paths = expanded.paths;
    } catch (e) {
      io.stderr(`${arg}: error: cannot read (${e instanceof Error ? e.message : String(e)})\n`);
      failed = true;
      continue;
    }
    for (const path of paths) {
      files++;
      const ext = options.moduleExtensions?.find((x) => path.endsWith(x));
      try {
        if (ext !== undefined && options.loadModule !== undefined) {
          for (const d of await options.loadModule(path)) docs.push(d);
          continue;
        }
        const text = await readYamlFile(path);
        if (E.isLeft(text)) {
          io.stdout(`${position(path, text.left.line, text.left.col)}: error: ${text.left.message}\n`);
          failed = true;
          continue;
        }
        const read = readYamlForLint(text.right, path);
        for (const w of read.warnings) io.stderr(`${position(w.source, w.line, w.col)}: warning: ${w.message}\n`);
        for (const e of read.errors) io.stdout(`${position(e.source, e.line, e.col)}: error: invalid YAML: ${e.message}\n`);
        failed ||= read.errors.length > 0;
        for (const d of read.inputs) docs.push(d);
      } catch (e) {
        io.stdout(`${path}: error: cannot load (${e instanceof Error ? e.message : String(e)})\n`);
        failed = true;
      }
    }
  }
  const { results, skipped } = lintDocuments(docs);
  for (const s of skipped) io.stderr(`${formatSkipped(s)}\n`);
  let problems = 0;
  for (const r of results) {
    for (const p of r.problems) io.stdout(`${formatLintProblem(p)}\n`);
    if (r.omitted > 0) io.stdout(`${position(r.input.source)} ... and ${r.omitted} more problem(s) in this document, not listed\n`);
    problems += r.problems.length + r.omitted;
  }
  const bad = results.filter((r) => r.problems.length > 0).length;
  io.stdout(
    problems === 0 && !failed
      ? `no problems found in ${results.length} document(s) of ${files} file(s)${skipped.length > 0 ? ` (${skipped.length} skipped)` : ''}\n`
      : `${problems} problem(s) in ${bad} of ${results.length} document(s) of ${files} file(s)\n`,
  );
  return problems > 0 || failed ? 1 : 0;
};

/** `tiphys lint <file.yaml|dir>...` (CLI contract: exit code). */
export const run: Command = (argv, io) => runLint(argv, io);
