/**
 * `npm start`: builds every example workflow (no cluster needed), reports each, prints the diamond's
 * YAML, then runs the diamond on this machine (`tiphys run examples/dag-diamond.ts --host`). Exits
 * non-zero if any example has a problem or the run does not succeed.
 */
import * as E from 'fp-ts/lib/Either.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/core/problem.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../src/cli/load-module.js';
import { emitYaml } from '../src/argo-docs/yaml/emit-yaml.js';
import { run } from '../src/cli/run-command.js';

const dir = join(import.meta.dirname, '..', 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = 0;
let diamond = '';
for (const f of files) {
  const loaded = await loadDocumentModule(join(dir, f));
  if (E.isLeft(loaded)) {
    failed++;
    console.error(`✗ ${f}: ${formatProblem(loaded.left)}`);
    continue;
  }
  const compiled = await compileDocuments(f, uniqueDocuments(loaded.right));
  if (E.isLeft(compiled)) {
    failed++;
    console.error(`✗ ${f}:\n${compiled.left.map((p) => `    ${formatProblem(p)}`).join('\n')}`);
    continue;
  }
  for (const { manifest } of compiled.right) {
    const yaml = emitYaml(manifest);
    if (f === 'dag-diamond.ts') diamond = yaml;
    const spec: unknown = manifest.spec;
    const templates = typeof spec === 'object' && spec !== null && 'templates' in spec && Array.isArray(spec.templates) ? spec.templates.length : 0;
    console.log(`✓ ${f.padEnd(28)} ${manifest.kind.padEnd(16)} ${String(templates).padStart(2)} templates, ${yaml.length} bytes of YAML`);
  }
}
console.log(`\n# examples/dag-diamond.ts\n${diamond}`);
console.log('# tiphys run examples/dag-diamond.ts --host');
// Plain lines, not a redrawn screen: the examples' report above stays in view.
const ran = await run([join(dir, 'dag-diamond.ts'), '--host'], {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  isTTY: false,
});
process.exitCode = failed > 0 || ran !== 0 ? 1 : 0;
