import { readFileSync } from 'node:fs';

export const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The YAML the README says `npx tiphys build examples/dag-diamond.ts` prints. */
export const readmeDiamondYaml = (): string | undefined =>
  /`npx tiphys build examples\/dag-diamond.ts` prints:\n\n```yaml\n([\s\S]*?)```/.exec(README)?.[1];

/** The Mermaid the README says `npx tiphys graph examples/dag-diamond.ts` prints. */
export const readmeDiamondMermaid = (): string | undefined =>
  /`npx tiphys graph examples\/dag-diamond.ts` prints[^\n]*\n\n```mermaid\n([\s\S]*?)```/.exec(README)?.[1];

/** The tree the README says `npx tiphys run examples/dag-diamond.ts --host` ends with. */
export const readmeDiamondRun = (): string | undefined =>
  /`npx tiphys run examples\/dag-diamond.ts --host` runs[\s\S]*?```text\n([\s\S]*?)```/.exec(README)?.[1];
