import * as E from 'fp-ts/lib/Either.js';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { convertFiles, type ConvertInput } from '../argo-docs/convert/convert-files.js';
import type { Command } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readYamlFile } from './read-yaml-file.js';

export const usage = 'tiphys convert <file.yaml | dir>... [-o dir]';

const isYaml = (f: string): boolean => /\.ya?ml$/.test(f);

/** The YAML files named, a folder standing for every .yaml/.yml under it; each with the root it was found under. */
const yamlFiles = async (paths: ReadonlyArray<string>): Promise<ReadonlyArray<{ readonly file: string; readonly root: string }>> => {
  const out: Array<{ file: string; root: string }> = [];
  const walk = async (dir: string, root: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, root);
      else if (isYaml(e.name)) out.push({ file: p, root });
    }
  };
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (st?.isDirectory() === true) await walk(p, p);
    else out.push({ file: p, root: dirname(p) });
  }
  return out;
};

/**
 * Converts Argo YAML into TypeScript modules, one per input file, written beside it or under `-o dir`
 * (keeping the folders below a named folder). Files are converted together, so a `templateRef` to a
 * WorkflowTemplate of another input becomes an import. Only Argo's workflow kinds convert: a plain
 * Kubernetes object (write it with `kubernetesObject()`) or a WorkflowEventBinding (`workflowEventBinding()`)
 * is reported as not converted. A document that does not convert is reported and
 * the rest of its file still is; Argo's lint problems are written into the module as comments. Exits 1
 * when any document did not convert or has lint problems.
 */
export const run: Command = async (argv, io) => {
  const parsed = parseFlags({ args: [...argv], allowPositionals: true, options: { output: { type: 'string', short: 'o' } } }, usage, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) {
    io.stderr(`usage: ${usage}\n`);
    return 2;
  }
  const outDir = parsed.values.output;
  const inputs: ConvertInput[] = [];
  let failed = false;
  for (const { file, root } of await yamlFiles(parsed.positionals)) {
    const text = await readYamlFile(file);
    if (E.isLeft(text)) {
      io.stderr(`${file}: ${text.left.message}\n`);
      failed = true;
      continue;
    }
    const name = basename(file).replace(/\.ya?ml$/, '.ts');
    const output = outDir === undefined ? join(dirname(file), name) : join(outDir, relative(root, dirname(file)), name);
    inputs.push({ source: file, text: text.right, output: resolve(output) });
  }
  const results = await convertFiles(inputs);
  for (const [i, r] of results.entries()) {
    const input = inputs[i]!;
    for (const e of r.errors) io.stderr(`${e}\n`);
    for (const d of r.documents) {
      if (d.error !== undefined) io.stderr(`${d.error}\n`);
      for (const p of d.problems) io.stderr(`${input.source}:${d.line}: ${d.label}: lint: ${p}\n`);
      for (const x of d.escapes) io.stderr(`${input.source}:${d.line}: ${d.label}: escape hatch: ${x}\n`);
    }
    failed ||= r.errors.length > 0 || r.documents.some((d) => d.error !== undefined || d.problems.length > 0);
    if (r.code === '') continue;
    await mkdir(dirname(input.output), { recursive: true });
    await writeFile(input.output, r.code);
    const converted = r.documents.filter((d) => d.exportName !== undefined).length;
    io.stdout(`${relative(process.cwd(), input.output)}: ${converted}/${r.documents.length} documents\n`);
  }
  return failed ? 1 : 0;
};
