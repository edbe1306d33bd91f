import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo, Command } from './cli-io.js';
import { lintDocuments, readYamlForLint } from './lint-documents.js';
import type { LintInput, LintProblem, SkippedDocument } from './lint-documents.js';

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

const expand = async (arg: string): Promise<ReadonlyArray<string>> => {
  const s = await stat(arg);
  if (!s.isDirectory()) return [arg];
  const entries = (await readdir(arg)).sort();
  const nested = await Promise.all(
    entries.map(async (e) => {
      const p = join(arg, e);
      const st = await stat(p);
      return st.isDirectory() ? expand(p) : YAML_FILE.test(e) ? [p] : [];
    }),
  );
  return nested.flat();
};

/** `file:line:col` (or less when the position is unknown). */
const position = (source: string | undefined, line?: number, col?: number): string =>
  `${source ?? '-'}${line === undefined ? '' : `:${line}`}${line === undefined || col === undefined ? '' : `:${col}`}`;

/** `file:line:col document template task field: message (rule)` */
export const formatLintProblem = (p: LintProblem): string => {
  const what = [p.document, p.template, p.task, p.path].filter((s) => s !== undefined && s !== '').join(' ');
  return `${position(p.source, p.line, p.col)} ${what}: ${p.message}${p.rule === undefined ? '' : ` (${p.rule})`}`;
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
      paths = await expand(arg);
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
          docs.push(...(await options.loadModule(path)));
          continue;
        }
        const read = readYamlForLint(await readFile(path, 'utf8'), path);
        for (const w of read.warnings) io.stderr(`${position(w.source, w.line, w.col)}: warning: ${w.message}\n`);
        for (const e of read.errors) io.stdout(`${position(e.source, e.line, e.col)}: error: invalid YAML: ${e.message}\n`);
        failed ||= read.errors.length > 0;
        docs.push(...read.inputs);
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
    problems += r.problems.length;
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
