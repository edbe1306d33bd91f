import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const SRC = resolve('src/index.js');
const BROKEN = `import { container, dag, param, workflow } from '${SRC}';
const echo = container({ name: 'echo', image: 'busybox', inputs: { message: param.string() }, command: ['echo'] });
const broken = dag('broken', (d) => { d.task('a', echo, { message: '{{tasks.ghost.outputs.result}}' }); });
export default workflow({ generateName: 'broken-', entrypoint: broken });
`;

const tempDir = (files: Readonly<Record<string, string>>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tiphys-lint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('tiphys lint <dir>', () => {
  it('lints the .ts workflow modules of a directory, noting modules that export no workflow', async () => {
    // Every module under examples/ (ports keep landing there), counted independently of the CLI.
    const modules = readdirSync('examples', { recursive: true }).filter((f) => String(f).endsWith('.ts')).length;
    const r = await runCli(['lint', 'examples']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    // Helper modules (examples/lib, and a library upstream ports share) are noted and skipped.
    const skipped = r.stderr.split('\n').filter((l) => l.endsWith('note: exports no workflow; skipped'));
    expect(r.stdout).toMatch(new RegExp(`^no problems found in \\d+ document\\(s\\) of ${modules} file\\(s\\) \\(${skipped.length} skipped\\)\n$`));
    for (const helper of readdirSync('examples/lib')) expect(skipped).toContain(`examples/lib/${helper}: note: exports no workflow; skipped`);
    expect(skipped).toContain('examples/upstream/lib/nginx-daemon.ts: note: exports no workflow; skipped');
  }, 120_000);

  it('type-checks the modules first, and still reports what the build-time checks find', async () => {
    const five = 'test/fixtures/ill-typed/five-for-number.ts';
    const r = await runCli(['lint', five]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${five}:5:25 - error TS2769: No overload matches this call\\.`)),
      expect.stringContaining('Overload 1 of 3'),
      expect.anything(),
      expect.stringContaining('Overload 2 of 3'),
      expect.anything(),
      `${five}#default › template 'main' › task 'x' › arguments.parameters.n: input 'n' of template 'double' expects a number, got "five"`,
      '2 problem(s) in 0 of 0 document(s) of 1 file(s)',
    ]);
  }, 120_000);

  it('finds the problems of a .ts module inside a directory', async () => {
    const dir = tempDir({ 'broken.ts': BROKEN, 'types.d.ts': 'export type X = 1;\n' });
    const r = await runCli(['lint', dir, '--no-typecheck']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("dangling reference");
    expect(r.stdout).toMatch(/1 problem\(s\) in .* of 1 file\(s\)\n$/);
  });
});

describe('tiphys lint summary', () => {
  it('counts the errors it printed: unreadable YAML and modules that do not load', async () => {
    const dir = tempDir({ 'bad.yaml': 'a: [1, 2\n', 'throws.ts': "throw new Error('boom');\n" });
    const r = await runCli(['lint', join(dir, 'bad.yaml'), join(dir, 'throws.ts'), '--no-typecheck']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/bad\.yaml:2:1: error: invalid YAML: /),
      expect.stringMatching(/throws\.ts:1:7: threw while loading: Error: boom$/),
      '2 problem(s) in 0 of 0 document(s) of 2 file(s)',
    ]);
  });
});
