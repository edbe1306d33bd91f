import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toYaml } from '../src/index.js';
import diamond from '../examples/dag-diamond.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the YAML the diamond example really builds', () => {
    const block = /`npx tiphys build examples\/dag-diamond.ts` prints:\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(toYaml(diamond));
  });

  it('gives set-up as the two commands CI and users run', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toContain('npm ci && npm test');
  });
});
