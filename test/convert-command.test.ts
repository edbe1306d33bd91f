// Bad input to `convert` and `tiphys convert`: each document gets its own clear error and the others of the
// file still convert; a document with lint problems converts, with the problems as comments and exit 1.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as convertCommand } from '../src/cli/convert-command.js';
import { convert } from '../src/import.js';
import { runCli } from './support/run-cli.js';

const HELLO = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: hello-
spec:
  entrypoint: main
  templates:
  - name: main
    container:
      image: busybox
      args: [hello]
`;

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
`;

const MISSPELLED = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: typo-
spec:
  entrypoint: main
  templates:
  - name: main
    contaner:
      image: busybox
`;

const LINT = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: lint-
spec:
  entrypoint: main
  templates:
  - name: main
    container:
      image: busybox
      args: ["{{inputs.parameters.missing}}"]
`;

const UNNAMED = HELLO.replace('  generateName: hello-\n', '  labels: {team: a}\n');

const stream = (...docs: string[]): string => docs.join('---\n');

describe('convert, on bad input', () => {
  it('reports text that is not YAML, converting nothing', async () => {
    const r = await convert('spec: [unclosed\n', { source: 'bad.yaml' });
    expect(r.code).toBe('');
    expect(r.errors.join('\n')).toMatch(/^bad\.yaml:\d+:\d+: /);
  });

  it('reports a document of another kind and still converts the workflow beside it', async () => {
    const r = await convert(stream(CONFIG_MAP, HELLO), { source: 'two.yaml' });
    expect(r.documents.map((d) => d.error)).toEqual(['two.yaml:1: ConfigMap (v1) is not an Argo workflow kind; skipped', undefined]);
    expect(r.code).toContain("const hello = workflow({ generateName: 'hello-', entrypoint: main });");
    expect(r.code).toContain('export { hello };');
    expect(r.code).toContain('// not converted: two.yaml:1: ConfigMap (v1) is not an Argo workflow kind; skipped');
  });

  it('reports an invalid document at its line and field, and still converts the others', async () => {
    const r = await convert(stream(MISSPELLED, HELLO), { source: 'typo.yaml' });
    const [typo, hello] = r.documents;
    expect(typo?.error).toMatch(/^typo\.yaml:9:5: Workflow\/typo- › template 'main' › spec\.templates\[0\]\.contaner: unknown field/);
    expect(hello).toMatchObject({ exportName: 'hello', problems: [] });
  });

  it('converts a document with lint problems, writing them above it as comments', async () => {
    const r = await convert(LINT, { source: 'lint.yaml' });
    const [doc] = r.documents;
    expect(doc?.error).toBeUndefined();
    expect(doc?.problems.length).toBeGreaterThan(0);
    expect(r.code).toContain(`// lint: ${doc?.problems[0] ?? ''}`);
  });
});

describe('tiphys convert', () => {
  const dir = (): string => mkdtempSync(join(tmpdir(), 'tiphys-convert-'));
  const run = (...argv: string[]) => runCli(argv, {}, convertCommand);

  it('writes one module per file under -o and exits 0 when every document converts cleanly', async () => {
    const d = dir();
    writeFileSync(join(d, 'hello.yaml'), HELLO);
    const r = await run(join(d, 'hello.yaml'), '-o', join(d, 'out'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(d, 'out', 'hello.ts'), 'utf8')).toContain('export default workflow(');
  });

  it('exits 1 naming each document that did not convert or has lint problems, and still writes the module', async () => {
    const d = dir();
    writeFileSync(join(d, 'mixed.yaml'), stream(MISSPELLED, HELLO, LINT));
    const r = await run(d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Workflow/typo- › template 'main' › spec.templates[0].contaner: unknown field");
    expect(r.stderr).toMatch(/mixed\.yaml:\d+: Workflow\/lint-: lint: /);
    expect(existsSync(join(d, 'mixed.ts'))).toBe(true);
    expect(r.stdout).toContain('mixed.ts: 2/3 documents');
  });

  it('names a workflow with neither name nor generateName after its file, said as a lint problem, and exits 1', async () => {
    const d = dir();
    writeFileSync(join(d, 'Nightly Jobs.yaml'), UNNAMED);
    const r = await run(join(d, 'Nightly Jobs.yaml'), '-o', join(d, 'out'));
    const why = "metadata: neither name nor generateName is set, which Argo refuses; the module sets generateName 'nightly-jobs-' (from the file's name)";
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Nightly Jobs.yaml:1: Workflow: lint: ${why}`);
    const module = readFileSync(join(d, 'out', 'Nightly Jobs.ts'), 'utf8');
    expect(module).toContain(`// lint: ${why}\nexport default workflow({ generateName: 'nightly-jobs-', labels: { team: 'a' }, entrypoint: main });`);
  });

  it('takes a file that is not YAML as a problem of that file', async () => {
    const d = dir();
    writeFileSync(join(d, 'bad.yaml'), 'spec: [unclosed\n');
    writeFileSync(join(d, 'hello.yaml'), HELLO);
    const r = await run(d, '-o', join(d, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.yaml:');
    expect(existsSync(join(d, 'out', 'hello.ts'))).toBe(true);
  });
});
