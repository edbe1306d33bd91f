import * as E from 'fp-ts/lib/Either.js';
import { formatProblem } from '../core/problem.js';
import { emitYamlDocuments } from '../argo-docs/yaml/emit-yaml.js';
import type { Command } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { ANY_DOCUMENT, compileDocuments, loadDocumentModule } from './load-module.js';
import { writeOutput } from './write-output.js';
import { formatTypeError, typecheckModules } from './typecheck-modules.js';

export const usage = 'tiphys build <file.ts> [--export name] [-o out.yaml] [--no-typecheck] [-v|--verbose]';

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
  const loaded = await loadDocumentModule(file, ANY_DOCUMENT, parsed.values.export);
  if (E.isLeft(loaded)) {
    const { stack } = loaded.left;
    io.stderr(`${formatProblem(loaded.left)}\n${parsed.values.verbose === true && stack !== undefined ? `${stack}\n` : ''}`);
    return 1;
  }
  const compiled = await compileDocuments(file, loaded.right);
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
