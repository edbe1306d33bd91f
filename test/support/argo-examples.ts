// Every upstream example YAML file of vendor/argo/examples, for tests.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ARGO_EXAMPLES } from './vendored-argo.js';
import { filesUnder } from './files-under.js';

export interface ExampleFile {
  /** Path relative to the examples folder, e.g. `workflow-template/templates.yaml`. */
  readonly name: string;
  readonly text: string;
}

/** Every upstream example YAML file, recursively, in a stable order. */
export const exampleFiles = (): ReadonlyArray<ExampleFile> =>
  filesUnder(ARGO_EXAMPLES, '.yaml').map((f) => ({ name: relative(ARGO_EXAMPLES, f), text: readFileSync(f, 'utf8') }));
