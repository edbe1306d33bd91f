// `tiphys graph`: Mermaid by default, DOT and SVG on request, to a file with -o, one export with --export;
// and neither `tiphys build` nor `import 'tiphys'` loads the graph layout library.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toDot, toMermaid } from '../../src/index.js';
import diamond from '../../examples/dag-diamond.js';
import { first, second } from '../fixtures/two-workflows.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { runCli } from '../support/run-cli.js';

const graph = (...argv: string[]) => runCli(['graph', ...argv]);

/** The URL of every module a node process loads running `args` (test/fixtures/trace-imports.mjs). */
const loadedBy = async (args: ReadonlyArray<string>): Promise<ReadonlyArray<string>> => {
  const trace = join(mkdtempSync(join(tmpdir(), 'tiphys-trace-')), 'imports.txt');
  await promisify(execFile)(process.execPath, ['--import', './test/fixtures/trace-imports.mjs', ...args], {
    env: { ...process.env, TIPHYS_IMPORT_TRACE: trace },
  });
  return readFileSync(trace, 'utf8').split('\n');
};

const GRAPHVIZ = /\/node_modules\/@hpcc-js\//;

describe('tiphys graph', () => {
  it('prints the Mermaid of the default export', async () => {
    expect(await graph('examples/dag-diamond.ts')).toEqual({ code: 0, stdout: toMermaid(diamond), stderr: '' });
  });

  it('prints DOT or SVG with --format, and refuses another format', async () => {
    expect((await graph('examples/dag-diamond.ts', '--format', 'dot')).stdout).toBe(toDot(diamond));
    const svg = await graph('examples/dag-diamond.ts', '--format', 'svg');
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('<svg');
    expect(svg.stdout.match(/<g id="node\d+" class="node">/g)).toHaveLength(4);
    expect(await graph('examples/dag-diamond.ts', '--format', 'png')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown format 'png'; use mermaid, dot or svg"),
    });
  });

  it('draws the export --export names, and says which there are when it names none', async () => {
    expect((await graph('test/fixtures/two-workflows.ts', '--export', 'second')).stdout).toBe(toMermaid(second));
    expect((await graph('test/fixtures/two-workflows.ts')).stdout).toBe(toMermaid(first));
    expect(await graph('test/fixtures/two-workflows.ts', '--export', 'third')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("no exported workflow named 'third'; exported workflows: default, first, second"),
    });
  });

  it('writes to a file with -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tiphys-graph-')), 'diamond.dot');
    expect(await graph('examples/dag-diamond.ts', '--format', 'dot', '-o', out)).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(toDot(diamond));
  });

  it('is listed in the help', async () => {
    expect((await runCli(['--help'])).stdout).toContain('graph      draw a workflow module');
  });
});

describe('the graph layout library', () => {
  it('is loaded by `tiphys graph --format svg`, and by neither `tiphys build` nor `import "tiphys"`', { timeout: PROCESS_TEST_MS }, async () => {
    const svg = await loadedBy(['bin/tiphys.js', 'graph', 'examples/dag-diamond.ts', '--format', 'svg']);
    expect(svg.filter((u) => GRAPHVIZ.test(u)).length).toBeGreaterThan(0);
    const build = await loadedBy(['bin/tiphys.js', 'build', 'examples/dag-diamond.ts', '--no-typecheck']);
    expect(build.filter((u) => GRAPHVIZ.test(u) || u.includes('/dist/cli/graph-command'))).toEqual([]);
    const lib = await loadedBy(['--input-type=module', '-e', "import('./dist/index.js')"]);
    expect(lib.some((u) => u.endsWith('/dist/index.js'))).toBe(true);
    expect(lib.filter((u) => GRAPHVIZ.test(u))).toEqual([]);
  });
});
