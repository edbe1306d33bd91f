/**
 * `tiphys lint <stubs.ts>... --against <lib.yaml>`: offline, reports each stub that no longer matches
 * the WorkflowTemplate of the same kind and name in the YAML file (see stale-stubs.ts).
 */
import * as E from 'fp-ts/lib/Either.js';
import { documentSignature, type LibrarySignature } from '../argo-docs/stub/template-signature.js';
import { formatProblem } from '../core/problem.js';
import type { Command } from './cli-io.js';
import { readManifests } from './load-submittables.js';
import { parseFlags } from './parse-flags.js';
import { reportStaleStubs, stubsOf } from './stale-stubs.js';

const usage = 'tiphys lint <stubs.ts>... --against <lib.yaml>';

export const run: Command = async (argv, io) => {
  const parsed = parseFlags({ args: [...argv], allowPositionals: true, options: { against: { type: 'string' } } }, usage, io);
  if (typeof parsed === 'number') return parsed;
  const against = parsed.values.against;
  if (against === undefined || parsed.positionals.length === 0) {
    io.stderr(`usage: ${usage}\n`);
    return 2;
  }
  const docs = await readManifests(against);
  if (E.isLeft(docs)) {
    for (const p of docs.left) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
  const libraries = docs.right.flatMap((d) => documentSignature(d) ?? []);
  const find = async (s: LibrarySignature): Promise<LibrarySignature | undefined> => libraries.find((l) => l.kind === s.kind && l.name === s.name);
  let problems = 0;
  let stubs = 0;
  for (const file of parsed.positionals) {
    const found = await stubsOf(file);
    if (E.isLeft(found)) {
      io.stderr(`${formatProblem(found.left)}\n`);
      problems++;
      continue;
    }
    if (found.right.length === 0) {
      io.stderr(`${file}: exports no workflowTemplateStub to compare with ${against}\n`);
      problems++;
    }
    stubs += found.right.length;
    problems += await reportStaleStubs(io, file, found.right, find, against);
  }
  io.stdout(problems === 0 ? `${stubs} stub(s) match ${against}\n` : `${problems} problem(s) in the stubs compared with ${against}\n`);
  return problems === 0 ? 0 : 1;
};
