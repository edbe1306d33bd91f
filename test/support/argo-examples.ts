// Every upstream example YAML file of vendor/argo/examples, for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARGO_EXAMPLES } from './vendored-argo.js';

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []))
    .sort();

export interface ExampleFile {
  /** Path relative to the examples folder, e.g. `workflow-template/templates.yaml`. */
  readonly name: string;
  readonly text: string;
}

/** Every upstream example YAML file, recursively, in a stable order. */
export const exampleFiles = (): ReadonlyArray<ExampleFile> =>
  walk(ARGO_EXAMPLES).map((f) => ({ name: relative(ARGO_EXAMPLES, f), text: readFileSync(f, 'utf8') }));
