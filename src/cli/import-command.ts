import * as E from 'fp-ts/lib/Either.js';
import type { ImportedDocument, ImportProblem } from '../argo-docs/import/from-yaml.js';
import { formatImportProblem, importYaml } from '../argo-docs/import/from-yaml.js';
import { emitYamlDocuments } from '../argo-docs/yaml/emit-yaml.js';
import type { Command } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readYamlFile } from './read-yaml-file.js';
import { writeOutput } from './write-output.js';

export const usage = 'tiphys import <file.yaml>... [--strict] [-o out.yaml]';

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Reads Argo YAML into the typed model and prints it back as tiphys emits it (quoting YAML 1.1
 * look-alikes, one canonical layout). Every problem in every file is listed before exiting with 1;
 * accepted quirks and skipped kinds are noted on stderr.
 */
export const run: Command = async (argv, io) => {
  const parsed = parseFlags(
    {
      args: [...argv],
      allowPositionals: true,
      options: { strict: { type: 'boolean' }, output: { type: 'string', short: 'o' } },
    },
    usage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) {
    io.stderr(`usage: ${usage}\n`);
    return 2;
  }
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const documents: ImportedDocument[] = [];
  for (const file of parsed.positionals) {
    const text = await readYamlFile(file);
    if (E.isLeft(text)) {
      problems.push(text.left);
      continue;
    }
    const stream = importYaml(text.right, file, { strict: parsed.values.strict === true });
    if (E.isLeft(stream)) {
      problems.push(...stream.left);
      continue;
    }
    notes.push(...stream.right.warnings.map((w) => `warning: ${formatImportProblem(w)}`));
    for (const d of stream.right.documents) {
      if (E.isLeft(d.result)) problems.push(...d.result.left);
      else {
        documents.push(d.result.right);
        if (d.result.right._tag === 'Skipped') notes.push(`note: ${file}:${d.line}: ${d.result.right.note}`);
      }
    }
  }
  if (notes.length > 0) io.stderr(notes.map((n) => `${n}\n`).join(''));
  if (problems.length > 0) {
    io.stderr(`${plural(problems.length, 'problem')}:\n${problems.map((p) => `  - ${formatImportProblem(p)}\n`).join('')}`);
    return 1;
  }
  const yaml = emitYamlDocuments(documents.map((d) => (d._tag === 'Argo' ? d.document : d.data)));
  if (parsed.values.output !== undefined) return writeOutput(io, parsed.values.output, yaml);
  io.stdout(yaml);
  return 0;
};
