import * as E from 'fp-ts/lib/Either.js';
import { formatProblem } from '../core/problem.js';
import { toDot, toMermaid, toSvg } from '../interp/graph/graph-interpreter.js';
import type { DocumentValue } from '../interp/manifest/document-interpreter.js';
import type { Command } from './cli-io.js';
import { describeEscape, guardExit } from './exit-guard.js';
import { loadDocumentModule, type ExportedDocument } from './load-module.js';
import { parseFlags } from './parse-flags.js';
import { writeOutput } from './write-output.js';

export const usage = 'tiphys graph <file.ts> [--format mermaid|dot|svg] [-o file] [--export name]';

const FORMATS = {
  mermaid: async (v: DocumentValue) => toMermaid(v),
  dot: async (v: DocumentValue) => toDot(v),
  svg: async (v: DocumentValue) => toSvg(v),
} as const;

type Format = keyof typeof FORMATS;

const isFormat = (f: string): f is Format => Object.hasOwn(FORMATS, f);

/** The document to draw: the one `--export` names, else the default export, else the only one. */
const pick = (file: string, all: ReadonlyArray<ExportedDocument>, name: string | undefined): E.Either<string, ExportedDocument> => {
  const names = all.map((d) => d.exportName).join(', ');
  const found = name === undefined ? (all.length === 1 ? all[0] : all.find((d) => d.exportName === 'default')) : all.find((d) => d.exportName === name);
  if (found !== undefined) return E.right(found);
  return E.left(
    name === undefined
      ? `${file}: exports several workflows and no default one; pick one with --export (exported: ${names})`
      : `${file}: no exported workflow named '${name}'; exported workflows: ${names}`,
  );
};

/**
 * Draws a workflow a module exports (or a workflow template, or a cron workflow): the entrypoint with its
 * nested dag and steps templates as frames, edges labelled with what flows along them. Mermaid by default.
 */
export const run: Command = async (argv, io) => {
  const parsed = parseFlags(
    {
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string' }, output: { type: 'string', short: 'o' }, export: { type: 'string' } },
    },
    usage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  const format = parsed.values.format ?? 'mermaid';
  if (file === undefined || extra.length > 0 || !isFormat(format)) {
    io.stderr(`${isFormat(format) ? '' : `unknown format '${format}'; use mermaid, dot or svg\n`}usage: ${usage}\n`);
    return 2;
  }
  const loaded = await loadDocumentModule(file);
  if (E.isLeft(loaded)) {
    io.stderr(`${formatProblem(loaded.left)}\n`);
    return 1;
  }
  const picked = pick(file, loaded.right, parsed.values.export);
  if (E.isLeft(picked)) {
    io.stderr(`${picked.left}\n`);
    return 1;
  }
  // The module's values are read while drawing (a getter could throw), and Graphviz may fail to load.
  const drawn = await guardExit(() => FORMATS[format](picked.right.value));
  if (E.isLeft(drawn)) {
    io.stderr(`${file}#${picked.right.exportName}: ${describeEscape(drawn.left, 'drawing')}\n`);
    return 1;
  }
  if (parsed.values.output !== undefined) return writeOutput(io, parsed.values.output, drawn.right);
  io.stdout(drawn.right);
  return 0;
};
