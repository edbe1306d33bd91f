// A templateRef to a WorkflowTemplate outside the converted files: `convert` declares a workflowTemplateStub
// typed by how the document calls it; the module type-checks and builds the same templateRefs.
import * as E from 'fp-ts/lib/Either.js';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emitYamlDocuments } from '../src/index.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../src/cli/load-module.js';
import { convert } from '../src/import.js';
import { normalizeArgo } from './support/argo-compare.js';
import { readArgoYaml } from './support/example-ports.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const USES_LIB = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: uses-lib-
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - name: build
        templateRef: {name: ci-lib, template: build}
        arguments: {parameters: [{name: rev, value: main}]}
      - name: report
        depends: build
        templateRef: {name: ci-lib, template: print-message}
        arguments: {parameters: [{name: message, value: "{{tasks.build.outputs.parameters.image}} {{tasks.build.outputs.result}}"}]}
`;

describe('convert, a library outside the converted files', () => {
  it('declares a stub typed by the calls, which type-checks and builds the same templateRefs', async () => {
    const { code, documents } = await convert(USES_LIB, { source: 'uses-lib.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("// WorkflowTemplate 'ci-lib' is not among the files converted: a stub of it as Workflow/uses-lib- calls it");
    expect(code).toContain("build: templateStub({\n      name: 'build',\n      inputs: { rev: param.string() },\n      outputs: { image: param.string() },\n      result: param.string(),\n    }),");
    const dir = join(ROOT, 'test', '.convert-stubs');
    const module = join(dir, 'uses-lib.ts');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(module, code);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'], exclude: [] }));
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const out = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', join(dir, 'tsconfig.json')], { cwd: ROOT }).then(
        (r) => r.stdout,
        (e: { readonly stdout?: string }) => e.stdout ?? String(e),
      );
      expect(out).toBe('');
      const loaded = await loadDocumentModule(module);
      if (E.isLeft(loaded)) throw loaded.left;
      const compiled = await compileDocuments(module, uniqueDocuments(loaded.right), true);
      if (E.isLeft(compiled)) throw new Error(compiled.left.map((p) => p.message).join('; '));
      const built = readArgoYaml(emitYamlDocuments(compiled.right.map((c) => c.manifest)), 'built');
      expect(built.map(normalizeArgo)).toEqual(readArgoYaml(USES_LIB, 'uses-lib.yaml').map(normalizeArgo));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('says why when the calls pass an input in some calls only', async () => {
    const { documents } = await convert(USES_LIB.replace('arguments: {parameters: [{name: rev, value: main}]}', '') + `      - name: again
        templateRef: {name: ci-lib, template: build}
        arguments: {parameters: [{name: rev, value: main}]}
`);
    expect(documents[0]?.error).toContain(
      "the calls of template 'build' pass input 'rev' in some calls only, so its stub cannot say whether it is required; convert the library with the workflow, or write its stub with `tiphys stub`",
    );
  });
});
