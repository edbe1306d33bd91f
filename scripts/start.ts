/**
 * `npm start`: builds every example workflow (no cluster needed), reports each, then prints the
 * diamond's YAML. Exits non-zero if any example has a problem.
 */
import * as E from 'fp-ts/lib/Either.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/core/problem.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../src/cli/load-module.js';
import { emitYaml } from '../src/argo-docs/yaml/emit-yaml.js';

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
    const templates = 'templates' in manifest.spec ? (manifest.spec.templates?.length ?? 0) : 0;
    console.log(`✓ ${f.padEnd(28)} ${manifest.kind.padEnd(16)} ${String(templates).padStart(2)} templates, ${yaml.length} bytes of YAML`);
  }
}
console.log(`\n# examples/dag-diamond.ts\n${diamond}`);
process.exitCode = failed > 0 ? 1 : 0;
