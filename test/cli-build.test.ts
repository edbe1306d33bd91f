import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toManifest } from '../src/index.js';
import diamond from '../examples/dag-diamond.js';
import { PROCESS_TEST_MS } from './support/process-timeouts.js';
import { runCli } from './support/run-cli.js';

const run = (...argv: string[]) => runCli(argv);
/** These cases are not about type-checking (test/cli/cli-typecheck.test.ts is), which is slow on a loaded machine. */
const unchecked = (...argv: string[]) => runCli([...argv, '--no-typecheck']);

describe('tiphys build', () => {
  it('prints the YAML of the default export, once it type-checks', async () => {
    const r = await run('build', 'examples/dag-diamond.ts');
    expect(r.code).toBe(0);
    expect(parseAllDocuments(r.stdout).map((d) => d.toJS())).toEqual([toManifest(diamond)]);
  }, 120_000);

  it('emits every exported workflow as a multi-document YAML, or the one named by --export', async () => {
    const all = await unchecked('build', 'test/fixtures/two-workflows.ts');
    expect(parseAllDocuments(all.stdout).map((d) => d.toJS().metadata.name)).toEqual(['first', 'second']);
    const one = await unchecked('build', 'test/fixtures/two-workflows.ts', '--export', 'second');
    expect(parseAllDocuments(one.stdout).map((d) => d.toJS().metadata.name)).toEqual(['second']);
    const none = await unchecked('build', 'test/fixtures/two-workflows.ts', '--export', 'third');
    expect(none).toMatchObject({ code: 1, stderr: expect.stringContaining("no exported workflow named 'third'; exported workflows: default, first, second") });
  });

  it('writes to a file with -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tiphys-')), 'wf.yaml');
    const r = await unchecked('build', 'examples/dag-diamond.ts', '-o', out);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toContain('generateName: dag-diamond-');
  });

  it('exits 1 listing every problem', async () => {
    const r = await unchecked('build', 'test/fixtures/broken-workflow.ts');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "test/fixtures/broken-workflow.ts: 1 problem:\n  - test/fixtures/broken-workflow.ts#default › template 'broken' › task 'a' › arguments.parameters.message: refers to task 'ghost', which is not a task of 'broken' (dangling reference)\n",
    );
  });

  it('explains a missing file, a module without workflows, and bad usage', async () => {
    expect(await unchecked('build', 'nope.ts')).toMatchObject({ code: 1, stderr: 'nope.ts: no such file\n' });
    expect(await unchecked('build', 'examples/lib/print-message.ts')).toMatchObject({
      code: 1,
      stderr: 'examples/lib/print-message.ts: exports no workflow; add `export default workflow({ ... })`\n',
    });
    expect((await run('build')).code).toBe(2);
    expect((await run('frobnicate')).stderr).toContain("unknown command 'frobnicate'");
  });

  it('runs as a process through the bin script (no build step)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/tiphys.js', 'build', 'examples/dag-diamond.ts']);
    expect(parseAllDocuments(stdout).map((d) => d.toJS())).toEqual([toManifest(diamond)]);
  }, PROCESS_TEST_MS);
});
