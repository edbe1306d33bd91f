import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

/** Not about type-checking (test/cli/cli-typecheck.test.ts is), which is slow on a loaded machine. */
const run = (...argv: string[]) => runCli([...argv, '--no-typecheck']);

describe('tiphys lint on .ts modules', () => {
  it('renders the exported workflows and validates them', async () => {
    const r = await run('lint', 'examples/dag-diamond.ts', 'test/fixtures/two-workflows.ts');
    expect(r).toMatchObject({ code: 0, stdout: 'no problems found in 3 document(s) of 2 file(s)\n' });
  });

  it('reports what the interpreter finds, with the module and export', async () => {
    const r = await run('lint', 'test/fixtures/broken-workflow.ts');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "test/fixtures/broken-workflow.ts#default › template 'broken' › task 'a' › arguments.parameters.message: refers to task 'ghost', which is not a task of 'broken' (dangling reference)",
    );
  });

  it("reports Argo's rules on a rendered workflow", async () => {
    const r = await run('lint', 'test/fixtures/unsupplied-input.ts');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('inputs.parameters.message was not supplied');
  });
});
