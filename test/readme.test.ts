import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMermaid, toYaml } from '../src/index.js';
import diamond from '../examples/dag-diamond.js';
import { README as readme, readmeDiamondMermaid, readmeDiamondYaml } from './support/readme.js';

describe('README', () => {
  it('shows the YAML the diamond example really builds', () => {
    expect(readmeDiamondYaml()).toBe(toYaml(diamond));
  });

  it('shows the Mermaid graph the diamond example really draws', () => {
    expect(readmeDiamondMermaid()).toBe(toMermaid(diamond));
  });

  it('gives set-up as the two commands CI and users run', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toContain('npm ci && npm test');
  });
});
