import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const FIVE = 'test/fixtures/ill-typed/five-for-number.ts';
const MISSPELLED = 'test/fixtures/ill-typed/misspelled-output.ts';
// Type-checking is slow on a loaded 2-core machine: each case builds a TypeScript program.
const SLOW = 120_000;

/** A project outside the repository: a module importing tiphys by path, and typescript only if asked. */
const project = (source: string, withTypescript: boolean): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tiphys-tc-'));
  if (withTypescript) symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'wf.ts'), source.replaceAll('TIPHYS', resolve('src/index.js')));
  return join(dir, 'wf.ts');
};

const IMPLICIT_ANY = `import { container, workflow } from 'TIPHYS';
const id = (x) => x;
export default workflow({ generateName: 'x-', entrypoint: container({ name: 'c', image: id('busybox') }) });
`;

describe('tiphys build type-checks the module with the project TypeScript', () => {
  it("reports 'five' for a number input like tsc, exit 1, nothing built", async () => {
    const r = await runCli(['build', FIVE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${FIVE}:5:25 - error TS2769: No overload matches this call\\.\\n`));
    expect(r.stderr).toContain(`${FIVE}: 1 type error; nothing was built (--no-typecheck skips this check)\n`);
  }, SLOW);

  it('reports a misspelled output ref by its name', async () => {
    const r = await runCli(['build', MISSPELLED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^${MISSPELLED}:6:38 - error TS2551: Property 'dubled' does not exist on type .*Did you mean 'doubled'\\?\\n`),
    );
  }, SLOW);

  it('uses the nearest tsconfig.json', async () => {
    const r = await runCli(['build', 'test/fixtures/ill-typed/own-tsconfig/unused-local.ts']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unused-local.ts:4:7 - error TS6133: 'unused' is declared but its value is never read.");
  }, SLOW);

  it('without a tsconfig.json, checks strictly', async () => {
    const r = await runCli(['build', project(IMPLICIT_ANY, true)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("wf.ts:2:13 - error TS7006: Parameter 'x' implicitly has an 'any' type.");
  }, SLOW);

  it('without typescript in the project, builds unchecked (and says so under --verbose)', async () => {
    const r = await runCli(['build', project(IMPLICIT_ANY, false), '--verbose']);
    expect(r.stderr).toMatch(/^not type-checked: typescript is not installed where .*wf\.ts can import it\n$/);
    expect(r.code).toBe(0);
  }, SLOW);
});

describe('tiphys build --no-typecheck still checks what it can at build time', () => {
  it("'five' for a number input is a problem naming template, task, input and value", async () => {
    const r = await runCli(['build', FIVE, '--no-typecheck']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(
      `${FIVE}#default › template 'main' › task 'x' › arguments.parameters.n: input 'n' of template 'double' expects a number, got "five"`,
    );
  });

  it('a misspelled output ref is an undefined value, not a missing input', async () => {
    const r = await runCli(['build', MISSPELLED, '--no-typecheck']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("task 'y' › arguments.parameters.message: input 'message' of template 'echo' was given undefined");
    expect(r.stderr).not.toContain('missing required input');
  });
});
