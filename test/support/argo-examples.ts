// Upstream Argo data in ../shared/argo for tests: the schema path and every example YAML file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SHARED_ARGO, hasShared } from './shared.js';

export const SHARED_SCHEMA = join(SHARED_ARGO, 'schema.json');
export const SHARED_EXAMPLES = join(SHARED_ARGO, 'examples');

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []))
    .sort();

export interface ExampleFile {
  /** Path relative to the examples folder, e.g. `workflow-template/templates.yaml`. */
  readonly name: string;
  readonly text: string;
}

/** Every upstream example YAML file, recursively, in a stable order (none when ../shared is absent). */
export const exampleFiles = (): ReadonlyArray<ExampleFile> =>
  hasShared ? walk(SHARED_EXAMPLES).map((f) => ({ name: relative(SHARED_EXAMPLES, f), text: readFileSync(f, 'utf8') })) : [];
