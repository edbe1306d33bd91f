// What `import` reads it writes back exactly, or refuses with a position; `lint` reads the same way.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { emitYaml } from '../../src/argo-docs/yaml/emit-yaml.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';

const { dir, file } = tempFiles('tiphys-roundtrip-');

const WORKFLOW = (labels: string): string =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: w-\n  labels: ${labels}\nspec:\n  entrypoint: main\n  templates:\n    - name: main\n      container: {image: alpine}\n`;

const pythonYaml = ((): boolean => {
  try {
    execFileSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The document as PyYAML (`safe_load`) reads it, through JSON. */
const readByPyYaml = (path: string): unknown =>
  JSON.parse(execFileSync('python3', ['-c', 'import sys,yaml,json; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path], { encoding: 'utf8' }));

describe('import and lint on values YAML has but JSON lacks', () => {
  it('!!omap and !!set are refused with their position, not emptied', async () => {
    // The column is the collection's, right after the tag.
    for (const [name, labels, col] of [['omap.yaml', '!!omap [{a: x}, {b: y}]', 18], ['set.yaml', '!!set {a, b}', 17]] as const) {
      const path = file(name, WORKFLOW(labels));
      const imported = await runCli(['import', path]);
      expect(imported.code).toBe(1);
      expect(imported.stdout).toBe('');
      expect(imported.stderr).toContain(`${path}:5:${col}: ${labels.split(" ")[0]} has no JSON form`);
      const linted = await runCli(['lint', path]);
      expect(linted.code).toBe(1);
      expect(linted.stdout).toContain(`${path}:5:${col}: error: invalid YAML: ${labels.split(" ")[0]} has no JSON form`);
    }
  }, 60_000);

  it('invalid UTF-8 and a NUL byte are errors naming file:line:col, never U+FFFD', async () => {
    const text = WORKFLOW('{a: b}');
    const at = text.indexOf('alpine');
    const bad = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(at))]);
    const utf8 = file('latin.yaml', bad);
    const nul = file('nul.yaml', text.replace('alpine', 'alp\u0000ine'));
    for (const [path, message] of [[utf8, 'is not valid UTF-8'], [nul, 'control character U+0000']] as const) {
      for (const command of ['import', 'lint']) {
        const r = await runCli([command, path]);
        expect(r.code, `${command} ${path}`).toBe(1);
        expect(r.stdout + r.stderr).toContain(`${path}:10:`);
        expect(r.stdout + r.stderr).toContain(message);
        expect(r.stdout).not.toContain('\ufffd');
      }
    }
  }, 60_000);

  it('a key over 1024 characters is written as an explicit key every reader takes', () => {
    const long = 'k'.repeat(1500);
    const doc = { metadata: { annotations: { [long]: 'v', short: 'w' } }, list: [{ [long]: { x: 'a\nb' } }] };
    const text = emitYaml(doc);
    const parsed = parseYaml(text);
    expect(E.isRight(parsed) && parsed.right.documents[0]?.data).toEqual(doc);
    if (pythonYaml) expect(readByPyYaml(file('long-key.yaml', text))).toEqual(doc);
  }, 60_000);

  it.skipIf(!pythonYaml)('large and tiny floats are written so PyYAML reads numbers, not strings', () => {
    const doc = { a: 1e21, b: -1e300, c: 5e-324, d: 1.5e-7, e: 123 };
    expect(readByPyYaml(file('floats.yaml', emitYaml(doc)))).toEqual(doc);
  }, 60_000);

  it('import writes nesting that lint reads back, up to the deepest nesting lint accepts', async () => {
    let depth = 1;
    while (E.isRight(parseYaml(`x: ${'['.repeat(depth + 1)}1${']'.repeat(depth + 1)}\n`))) depth++;
    // A kind import does not know is written back as data: here the deepest nesting the reader takes.
    const path = file('deep.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\nx: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`);
    const out = join(dir, 'deep-out.yaml');
    expect((await runCli(['import', path, '-o', out])).code).toBe(0);
    const linted = await runCli(['lint', out]);
    expect(linted.stdout).not.toContain('nesting');
    expect(linted.code).toBe(0);
    const again = parseYaml(readFileSync(out, 'utf8'));
    expect(E.isRight(again) && again.right.documents[0]?.data).toMatchObject({ kind: 'ConfigMap' });
  }, 60_000);
});
