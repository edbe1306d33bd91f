import * as E from 'fp-ts/lib/Either.js';
import { formatProblem } from '../core/problem.js';
import { emitYamlDocuments } from '../argo-docs/yaml/emit-yaml.js';
import type { Command } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { compileDocuments, loadDocumentModule, type ExportedDocument, type LoadProblem, uniqueDocuments } from './load-module.js';
import { writeOutput } from './write-output.js';
import { formatTypeError, typecheckModules } from './typecheck-modules.js';

export const usage = 'tiphys build <file.ts> [--export name] [-o out.yaml] [--no-typecheck] [-v|--verbose]';

/** The export named by `--export`, or all of them. */
const pickExport = (
  file: string,
  all: ReadonlyArray<ExportedDocument>,
  name: string | undefined,
): E.Either<LoadProblem, ReadonlyArray<ExportedDocument>> => {
  if (name === undefined) return E.right(all);
  const found = all.filter((d) => d.exportName === name);
  return found.length > 0
    ? E.right(found)
    : E.left({ document: file, message: `no exported workflow named '${name}'; exported workflows: ${all.map((d) => d.exportName).join(', ')}` });
};

/**
 * Builds the YAML of the documents a module exports (Workflows, WorkflowTemplates,
 * ClusterWorkflowTemplates, CronWorkflows), one YAML document each, in the order the module declares them. The module is type-checked first when the user's
 * project has TypeScript (`--no-typecheck` skips it). Every problem of every workflow is printed
 * before exiting with 1, so one run shows all there is to fix.
 */
export const run: Command = async (argv, io) => {
  const parsed = parseFlags(
    {
      args: [...argv],
      allowPositionals: true,
      options: {
        export: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'no-typecheck': { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
      },
    },
    usage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`usage: ${usage}\n`);
    return 2;
  }
  if (parsed.values['no-typecheck'] !== true) {
    const checked = await typecheckModules([file]);
    if (!checked.checked && parsed.values.verbose === true) io.stderr(`not type-checked: ${checked.why}\n`);
    if (checked.checked && checked.errors.length > 0) {
      const n = checked.errors.length;
      io.stderr(
        `${checked.errors.map((e) => `${formatTypeError(e)}\n`).join('')}\n${file}: ${n} type error${n === 1 ? '' : 's'}; nothing was built (--no-typecheck skips this check)\n`,
      );
      return 1;
    }
  }
  const loaded = E.flatMap((all: ReadonlyArray<ExportedDocument>) => pickExport(file, all, parsed.values.export))(await loadDocumentModule(file));
  if (E.isLeft(loaded)) {
    const { stack } = loaded.left;
    io.stderr(`${formatProblem(loaded.left)}\n${parsed.values.verbose === true && stack !== undefined ? `${stack}\n` : ''}`);
    return 1;
  }
  const compiled = await compileDocuments(file, uniqueDocuments(loaded.right));
  if (E.isLeft(compiled)) {
    const problems = compiled.left;
    io.stderr(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}\n`).join('')}`,
    );
    return 1;
  }
  const manifests = compiled.right.map((c) => c.manifest);
  const yaml = emitYamlDocuments(manifests);
  if (parsed.values.output !== undefined) return writeOutput(io, parsed.values.output, yaml);
  io.stdout(yaml);
  return 0;
};
