import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMermaid, toYaml } from '../src/index.js';
import diamond from '../examples/dag-diamond.js';
import { README as readme, readmeDiamondMermaid, readmeDiamondRun, readmeDiamondYaml } from './support/readme.js';
import { PROCESS_TEST_MS } from './support/process-timeouts.js';
import { runCli } from './support/run-cli.js';

describe('README', () => {
  it('shows the YAML the diamond example really builds', () => {
    expect(readmeDiamondYaml()).toBe(toYaml(diamond));
  });

  it('shows the Mermaid graph the diamond example really draws', () => {
    expect(readmeDiamondMermaid()).toBe(toMermaid(diamond));
  });

  it(
    'shows the tree `tiphys run examples/dag-diamond.ts --host` really ends with',
    async () => {
      const r = await runCli(['run', 'examples/dag-diamond.ts', '--host']);
      expect(r.code).toBe(0);
      expect(readmeDiamondRun()).toBe(r.stdout.slice(r.stdout.indexOf('Name:')));
    },
    PROCESS_TEST_MS,
  );

  it('gives set-up as the two commands CI and users run', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toContain('npm ci && npm test');
  });
});
